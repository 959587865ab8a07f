package org.youthvoice.definition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.youthvoice.i18n.Lang;

/** One text in each of the six languages, keyed by language code in the order ar zh en fr ru es. */
public record Texts(@JsonValue Map<String, String> byLang) {

    public Texts {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            if (byLang.containsKey(lang.code())) {
                ordered.put(lang.code(), byLang.get(lang.code()));
            }
        }
        byLang = Collections.unmodifiableMap(ordered);
    }

    public String get(Lang lang) {
        return byLang.getOrDefault(lang.code(), "");
    }
}
