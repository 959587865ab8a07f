package org.youthvoice.respondent;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.response.Answer;
import org.youthvoice.response.ResponseService;

/** Reads answers from the fields of a posted form ("q.{id}") and writes them back as hidden fields. */
final class FormAnswers {

    static final String PREFIX = "q.";

    private FormAnswers() {
    }

    /** The answers in the form to the consultation's questions; fields of unknown questions are ignored. */
    static Map<String, Answer> read(Consultation consultation, MultivaluedMap<String, String> form) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question q : consultation.questions()) {
            List<String> values = form.get(PREFIX + q.id());
            if (values == null || values.isEmpty()) {
                continue;
            }
            answers.put(q.id(), q.type() == QuestionType.MULTIPLE ? new Answer.Choices(values.stream().distinct().toList())
                    : q.type() == QuestionType.TEXT ? new Answer.Text(values.get(0).strip())
                    : new Answer.Choice(values.get(0)));
        }
        return ResponseService.withoutEmpty(answers);
    }

    /** Hidden fields for every answer except those to the questions shown on the page. */
    static List<Views.Hidden> carried(Map<String, Answer> answers, List<Question> shown) {
        Set<String> onPage = shown.stream().map(Question::id).collect(Collectors.toSet());
        List<Views.Hidden> hidden = new ArrayList<>();
        answers.entrySet().stream().filter(e -> !onPage.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    if (e.getValue() instanceof Answer.Text text) {
                        hidden.add(new Views.Hidden(PREFIX + e.getKey(), text.value()));
                    } else {
                        e.getValue().codes().forEach(c -> hidden.add(new Views.Hidden(PREFIX + e.getKey(), c)));
                    }
                });
        return hidden;
    }
}
