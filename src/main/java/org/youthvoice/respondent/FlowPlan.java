package org.youthvoice.respondent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.Role;
import org.youthvoice.response.Answer;
import org.youthvoice.response.Visibility;

/**
 * How a consultation is split into pages: the age question alone first, then up to {@value #PER_PAGE} questions a
 * page, with a new page wherever a question depends on one of the same page (show_if is decided on the server).
 */
public final class FlowPlan {

    static final int PER_PAGE = 3;

    private final List<List<Question>> pages;

    public FlowPlan(Consultation consultation) {
        List<List<Question>> split = new ArrayList<>();
        List<Question> current = new ArrayList<>();
        for (Question q : consultation.questions()) {
            boolean dependsOnThisPage = q.showIf() != null
                    && current.stream().anyMatch(c -> c.id().equals(q.showIf().question()));
            boolean ageDone = !current.isEmpty() && current.get(0).role() == Role.AGE_BAND;
            if (!current.isEmpty() && (current.size() == PER_PAGE || dependsOnThisPage || ageDone)) {
                split.add(current);
                current = new ArrayList<>();
            }
            current.add(q);
        }
        if (!current.isEmpty()) {
            split.add(current);
        }
        this.pages = List.copyOf(split);
    }

    public List<Question> page(int index) {
        return pages.get(index);
    }

    public boolean exists(int index) {
        return index >= 0 && index < pages.size();
    }

    /** The visible questions of a page, given the answers so far. */
    public List<Question> visibleOn(int index, Consultation consultation, Map<String, Answer> answers) {
        Set<String> visible = Visibility.visible(consultation, answers);
        return pages.get(index).stream().filter(q -> visible.contains(q.id())).toList();
    }

    /** The next page after {@code index} with a visible question, if any. */
    public Optional<Integer> next(int index, Consultation consultation, Map<String, Answer> answers) {
        for (int i = index + 1; i < pages.size(); i++) {
            if (!visibleOn(i, consultation, answers).isEmpty()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The previous page before {@code index} with a visible question, or the first page. */
    public int previous(int index, Consultation consultation, Map<String, Answer> answers) {
        for (int i = Math.min(index, pages.size()) - 1; i > 0; i--) {
            if (!visibleOn(i, consultation, answers).isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    /** The position of a page among the pages currently shown, and how many are shown, both counted from 1. */
    public int[] progress(int index, Consultation consultation, Map<String, Answer> answers) {
        int position = 0;
        int total = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (!visibleOn(i, consultation, answers).isEmpty()) {
                total++;
                if (i <= index) {
                    position++;
                }
            }
        }
        return new int[] {Math.max(position, 1), Math.max(total, 1)};
    }

    /** The page holding a question. */
    public int pageOf(String questionId) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).stream().anyMatch(q -> q.id().equals(questionId))) {
                return i;
            }
        }
        return 0;
    }
}
