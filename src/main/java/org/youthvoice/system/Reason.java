package org.youthvoice.system;

import java.util.Locale;
import org.youthvoice.i18n.Messages;

/**
 * Why a request is refused: a stable snake_case code that programs may rely on, and a sentence in the reader's
 * language. Each feature keeps its own reasons in an enum; nothing decides anything by reading the sentence.
 */
public interface Reason {

    /** The constant's name, as enums give it: UNKNOWN_OPTION. */
    String name();

    /** The code of API error bodies, such as {@code unknown_option}: the name in lower case. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sentence in the bundle's language; {@code args} fill its placeholders (a limit, a list of choices). */
    String message(Messages m, Object... args);
}
