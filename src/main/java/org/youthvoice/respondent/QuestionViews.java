package org.youthvoice.respondent;

import java.util.List;
import java.util.Map;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.i18n.Countries;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.response.Answer;

/** Builds the view of each question of a page in the respondent's language. */
final class QuestionViews {

    private QuestionViews() {
    }

    static List<Views.QuestionView> of(List<Question> questions, Map<String, Answer> answers, Map<String, String> errors,
                                       Lang lang) {
        return questions.stream().map(q -> of(q, answers.get(q.id()), errors.get(q.id()), lang)).toList();
    }

    private static Views.QuestionView of(Question q, Answer answer, String error, Lang lang) {
        List<String> chosen = answer == null ? List.of() : answer.codes();
        List<Views.Choice> choices = q.type() == QuestionType.COUNTRY
                ? Countries.all(lang).stream().map(c -> new Views.Choice(c.code(), c.name(), chosen.contains(c.code()))).toList()
                : q.options() == null ? List.of()
                : q.options().stream().map(o -> new Views.Choice(o.code(), o.label().get(lang), chosen.contains(o.code()))).toList();
        String value = answer instanceof Answer.Text text ? text.value() : "";
        return new Views.QuestionView(q.id(), q.type().code(), q.text().get(lang), q.help() == null ? null : q.help().get(lang),
                q.required(), hint(q, lang), error, choices, value, q.textLimit());
    }

    private static String hint(Question q, Lang lang) {
        Messages m = Localizer.messages(lang);
        return switch (q.type()) {
            case MULTIPLE -> q.max() == null ? m.choose_many() : m.choose_up_to(q.max());
            case TEXT -> m.text_limit(q.textLimit());
            default -> null;
        };
    }
}
