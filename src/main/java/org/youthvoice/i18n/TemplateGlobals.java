package org.youthvoice.i18n;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** Values every template can read. */
@TemplateGlobal
public class TemplateGlobals {

    /** The six languages, in the order of the language switcher. */
    static List<Lang> languages = List.of(Lang.values());
}
