package org.youthvoice.system;

import org.youthvoice.i18n.Messages;

/** Refusals that concern any request, whatever the feature: unreadable, not found, too many, try again later. */
public enum Problem implements Reason {
    /** The body, the form or a parameter could not be read. */
    MALFORMED,
    /** No such page or item. */
    NOT_FOUND,
    /** Something failed on our side; nothing was stored. */
    TRY_AGAIN,
    /** Too many requests from one network in a short time. */
    TOO_MANY,
    /** A language code that is not one of the six. */
    UNKNOWN_LANGUAGE,
    /** A staff request that needs a JSON body sent none. */
    BODY_NEEDED,
    /** A date not written as 2026-12-31. */
    BAD_DATE;

    @Override
    public String message(Messages m, Object... args) {
        return switch (this) {
            case MALFORMED -> m.error_malformed();
            case NOT_FOUND -> m.not_found_text();
            case TRY_AGAIN -> m.try_again_text();
            case TOO_MANY -> m.error_too_many();
            case UNKNOWN_LANGUAGE -> m.error_unknown_language();
            case BODY_NEEDED -> m.error_body_needed();
            case BAD_DATE -> m.error_bad_date();
        };
    }
}
