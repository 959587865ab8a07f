package org.youthvoice.system;

import org.youthvoice.i18n.Lang;

/**
 * What every public page shares, for the base layout: its language, title and path after the language (for the
 * language switcher); inside the answering flow the switcher submits the form, so that no answer is lost.
 */
public record Page(Lang lang, String title, String path, boolean inForm) {

    public static Page of(Lang lang, String title, String path) {
        return new Page(lang, title, path, false);
    }
}
