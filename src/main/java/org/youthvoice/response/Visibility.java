package org.youthvoice.response;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;

/** Which questions a respondent is shown, given the answers so far: show_if applied in file order. */
public final class Visibility {

    private Visibility() {
    }

    /** Ids of the visible questions; a question whose controlling question is hidden is hidden too. */
    public static Set<String> visible(Consultation consultation, Map<String, Answer> answers) {
        Set<String> visible = new HashSet<>();
        for (Question q : consultation.questions()) {
            if (q.showIf() == null) {
                visible.add(q.id());
                continue;
            }
            String controller = q.showIf().question();
            Answer given = answers.get(controller);
            if (visible.contains(controller) && given != null
                    && given.codes().stream().anyMatch(q.showIf().anyOf()::contains)) {
                visible.add(q.id());
            }
        }
        return visible;
    }
}
