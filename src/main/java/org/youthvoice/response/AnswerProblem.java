package org.youthvoice.response;

import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Reason;

/** Why a submission or one of its answers is refused; each has a message in every language (key error_<name>). */
public enum AnswerProblem implements Reason {
    UNKNOWN_QUESTION,
    UNKNOWN_OPTION,
    UNKNOWN_COUNTRY,
    WRONG_TYPE,
    TOO_MANY_CHOICES,
    REQUIRED,
    HIDDEN_QUESTION,
    TEXT_TOO_LONG,
    OUTSIDE_AUDIENCE,
    NOT_OPEN_YET,
    CLOSED,
    BAD_CAMPAIGN;

    /** The respondent's-language sentence; TOO_MANY_CHOICES and TEXT_TOO_LONG take their limit as the first argument. */
    @Override
    public String message(Messages m, Object... args) {
        int limit = args.length > 0 && args[0] instanceof Integer n ? n : 0;
        return switch (this) {
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
            case BAD_CAMPAIGN -> m.error_bad_campaign();
        };
    }
}
