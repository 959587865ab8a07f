package org.youthvoice.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A loaded, validated consultation file: its texts, audience, dates, rules and questions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Consultation(String id, Texts title, Texts intro, int minutes, Audience audience,
                           LocalDate opens, LocalDate closes, ResultsRule results, int retentionDays,
                           List<Question> questions, Texts summary) {

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Question> withRole(Role role) {
        return questions.stream().filter(q -> q.role() == role).findFirst();
    }
}
