package org.youthvoice.response;

import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;

/** The respondent's-language sentence for each refusal. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String of(AnswerError error, Lang lang) {
        Messages m = Localizer.messages(lang);
        int limit = error.args().length > 0 && error.args()[0] instanceof Integer n ? n : 0;
        return switch (error.problem()) {
            case UNKNOWN_QUESTION -> m.error_unknown_question();
            case UNKNOWN_OPTION -> m.error_unknown_option();
            case UNKNOWN_COUNTRY -> m.error_unknown_country();
            case WRONG_TYPE -> m.error_wrong_type();
            case TOO_MANY_CHOICES -> m.error_too_many_choices(limit);
            case REQUIRED -> m.error_required();
            case HIDDEN_QUESTION -> m.error_hidden_question();
            case TEXT_TOO_LONG -> m.error_text_too_long(limit);
            case OUTSIDE_AUDIENCE -> m.error_outside_audience();
            case NOT_OPEN_YET -> m.error_not_open_yet();
            case CLOSED -> m.error_closed();
            case UNKNOWN_LANGUAGE -> m.error_unknown_language();
            case UNKNOWN_CONSULTATION -> m.error_unknown_consultation();
            case BAD_CAMPAIGN -> m.error_bad_campaign();
            case MALFORMED -> m.error_malformed();
            case NOT_FOUND -> m.not_found_text();
            case TRY_AGAIN -> m.try_again_text();
            case TOO_MANY -> m.error_too_many();
        };
    }
}
