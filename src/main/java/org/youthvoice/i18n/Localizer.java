package org.youthvoice.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.EnumMap;
import java.util.Map;

/** The interface texts of one language, for Java code (templates use {msg:key}). */
public final class Localizer {

    private static final Map<Lang, Messages> BUNDLES = new EnumMap<>(Lang.class);

    private Localizer() {
    }

    public static synchronized Messages messages(Lang lang) {
        return BUNDLES.computeIfAbsent(lang, l -> MessageBundles.get(Messages.class, Localized.Literal.of(l.code())));
    }
}
