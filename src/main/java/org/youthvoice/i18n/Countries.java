package org.youthvoice.i18n;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 3166 country codes with their names in each language, from the JDK's CLDR data. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<Lang, List<Country>> BY_LANG = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            Collator collator = Collator.getInstance(lang.locale());
            BY_LANG.put(lang, CODES.stream()
                    .map(code -> new Country(code, name(code, lang)))
                    .sorted(Comparator.comparing(Country::name, collator))
                    .collect(Collectors.toUnmodifiableList()));
        }
    }

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** Every country, sorted by its name in the given language. */
    public static List<Country> all(Lang lang) {
        return BY_LANG.get(lang);
    }

    public static String name(String code, Lang lang) {
        return new Locale("", code).getDisplayCountry(lang.locale());
    }

    /** A country code and its name in one language. */
    public record Country(String code, String name) {
    }

    static List<String> codes() {
        return Arrays.stream(Locale.getISOCountries()).toList();
    }
}
