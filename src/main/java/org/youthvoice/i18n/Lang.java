package org.youthvoice.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The six UN languages every respondent page and consultation text exists in. */
public enum Lang {
    AR("ar", "العربية", true),
    ZH("zh", "中文", false),
    EN("en", "English", false),
    FR("fr", "Français", false),
    RU("ru", "Русский", false),
    ES("es", "Español", false);

    public static final Lang DEFAULT = EN;

    private final String code;
    private final String nativeName;
    private final boolean rtl;
    private final Locale locale;

    Lang(String code, String nativeName, boolean rtl) {
        this.code = code;
        this.nativeName = nativeName;
        this.rtl = rtl;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rtl() {
        return rtl;
    }

    public String dir() {
        return rtl ? "rtl" : "ltr";
    }

    /** A day as this language writes it in a sentence, such as "31 December 2027". */
    public String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public Locale locale() {
        return locale;
    }

    /** What separates the items of a list in a sentence: an Arabic comma, a Chinese enumeration comma, else a comma. */
    public String listSeparator() {
        return switch (this) {
            case AR -> "، ";
            case ZH -> "、";
            default -> ", ";
        };
    }

    public static Optional<Lang> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The supported language the client prefers most, by the q-values of an Accept-Language header. */
    public static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .filter(r -> r.getWeight() > 0)
                    .map(r -> of(r.getRange().split("-")[0].toLowerCase(Locale.ROOT)))
                    .flatMap(Optional::stream)
                    .findFirst().orElse(DEFAULT);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
