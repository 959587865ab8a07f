package org.youthvoice.system;

import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;

/** One refused field (a question id, a form field) or, with a null field, the request as a whole, and why. */
public record Fault(String question, Reason reason, Object... args) {

    public static Fault general(Reason reason, Object... args) {
        return new Fault(null, reason, args);
    }

    /** The reason's code, as API error bodies write it. */
    public String code() {
        return reason.code();
    }

    /** The sentence for this fault in the reader's language. */
    public String message(Lang lang) {
        return reason.message(Localizer.messages(lang), args);
    }
}
