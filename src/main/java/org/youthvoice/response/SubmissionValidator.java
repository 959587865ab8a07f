package org.youthvoice.response;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Option;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.Countries;
import org.youthvoice.system.Fault;

import static org.youthvoice.response.AnswerProblem.*;

/** Checks answers against a consultation's questions; the same rules serve the API and the web form. */
public final class SubmissionValidator {

    private SubmissionValidator() {
    }

    /** Every problem of a whole submission: unknown or hidden questions, bad answers, missing required ones. */
    public static List<Fault> validate(Consultation consultation, Map<String, Answer> answers) {
        List<Fault> errors = new ArrayList<>();
        answers.keySet().stream().sorted()
                .filter(id -> consultation.question(id).isEmpty())
                .forEach(id -> errors.add(new Fault(id, UNKNOWN_QUESTION)));
        errors.addAll(validate(consultation, answers, consultation.questions()));
        return errors;
    }

    /** The problems of the answers to the given questions only (one page of the web form). */
    public static List<Fault> validate(Consultation consultation, Map<String, Answer> answers,
                                             Collection<Question> questions) {
        Set<String> visible = Visibility.visible(consultation, answers);
        List<Fault> errors = new ArrayList<>();
        for (Question q : questions) {
            Answer answer = answers.get(q.id());
            if (!visible.contains(q.id())) {
                if (answer != null) {
                    errors.add(new Fault(q.id(), HIDDEN_QUESTION));
                }
            } else if (answer == null) {
                if (q.required()) {
                    errors.add(new Fault(q.id(), REQUIRED));
                }
            } else {
                Fault error = check(consultation, q, answer);
                if (error != null) {
                    errors.add(error);
                }
            }
        }
        return errors;
    }

    private static Fault check(Consultation consultation, Question q, Answer answer) {
        return switch (q.type()) {
            case SINGLE, SCALE -> answer instanceof Answer.Choice choice ? choice(consultation, q, choice.code()) : wrongType(q);
            case MULTIPLE -> answer instanceof Answer.Choices choices ? choices(q, choices.chosen()) : wrongType(q);
            case COUNTRY -> !(answer instanceof Answer.Choice choice) ? wrongType(q)
                    : Countries.isKnown(choice.code()) ? null : new Fault(q.id(), UNKNOWN_COUNTRY);
            case TEXT -> !(answer instanceof Answer.Text text) ? wrongType(q)
                    : text.value().codePointCount(0, text.value().length()) > q.textLimit()
                    ? new Fault(q.id(), TEXT_TOO_LONG, q.textLimit()) : null;
        };
    }

    private static Fault choice(Consultation consultation, Question q, String code) {
        Option option = q.option(code).orElse(null);
        if (option == null) {
            return new Fault(q.id(), UNKNOWN_OPTION);
        }
        if (q.role() == Role.AGE_BAND && !option.within(consultation.audience())) {
            return new Fault(q.id(), OUTSIDE_AUDIENCE);
        }
        return null;
    }

    private static Fault choices(Question q, List<String> codes) {
        if (codes.stream().anyMatch(c -> q.option(c).isEmpty()) || codes.stream().distinct().count() != codes.size()) {
            return new Fault(q.id(), UNKNOWN_OPTION);
        }
        if (q.max() != null && codes.size() > q.max()) {
            return new Fault(q.id(), TOO_MANY_CHOICES, q.max());
        }
        return null;
    }

    private static Fault wrongType(Question q) {
        return new Fault(q.id(), WRONG_TYPE);
    }
}
