package org.youthvoice.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.twitter.twittertext.Extractor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Replaces personal contact details in free-text answers with placeholders before storage.
 * Instances are immutable and safe to share between threads.
 */
@Singleton
public final class TextScrubber {

    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";
    public static final String LINK = "[link]";
    public static final String HANDLE = "[handle]";
    public static final String NUMBER = "[number]";

    private static final Map<String, List<String>> REGIONS_BY_LANGUAGE = Map.of(
            "ar", List.of("EG", "SA", "MA", "DZ", "AE", "JO"),
            "zh", List.of("CN", "TW", "HK", "SG"),
            "en", List.of("US", "GB", "IN", "NG", "KE", "AU"),
            "fr", List.of("FR", "CA", "BE", "SN", "CI", "MA"),
            "ru", List.of("RU", "KZ", "BY", "UA", "KG"),
            "es", List.of("ES", "MX", "AR", "CO", "PE", "CL"));

    // Han and kana are excluded so that an address written without spaces inside Chinese text
    // does not swallow the neighbouring words.
    private static final String NOT_CJK = "&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]";
    private static final String WORD_CHAR = "[\\p{L}\\p{N}" + NOT_CJK + "]";
    private static final String LOCAL_CHAR = "[[\\p{L}\\p{N}._%+-]" + NOT_CJK + "]";
    private static final String LABEL = WORD_CHAR + "[[\\p{L}\\p{N}-]" + NOT_CJK + "]*";
    private static final String OPEN = "[(\\[{<]\\s*";
    private static final String CLOSE = "\\s*[)\\]}>]";
    private static final String AT_WORD = "(?:at|собака|arroba|arobase)";
    private static final String DOT_WORD = "(?:dot|точка|punto|point)";
    private static final String AT = "(?:\\s*" + OPEN + "(?:" + AT_WORD + "|@)" + CLOSE + "\\s*"
            + "|\\s+" + AT_WORD + "\\s+|\\s*@\\s*)";
    private static final String DOT = "(?:\\s*" + OPEN + DOT_WORD + CLOSE + "\\s*|\\s+" + DOT_WORD + "\\s+|\\.)";
    // A closed list of endings keeps "I was at home.Then" and similar sentences out; two-letter
    // codes that are also everyday words (in, it, me, to, no) are left out on purpose.
    private static final String TLD = "(?:com|net|org|edu|gov|info|biz|io|ru|su|рф|ру|ком|fr|es|mx|ar|cl|pe"
            + "|cn|tw|hk|sg|eg|sa|ma|dz|ae|jo|uk|us|ng|ke|au|ca|be|sn|ci|kz|by|ua|kg|de)";
    // Single character classes and bounded or possessive loops keep the regex engine from
    // recursing per character, which overflows the stack on very long answers.
    private static final Pattern OBFUSCATED_EMAIL = Pattern.compile(
            "(?<!" + LOCAL_CHAR + ")" + WORD_CHAR + LOCAL_CHAR + "*" + AT
                    + LABEL + "(?:" + DOT + LABEL + "){0,8}" + DOT + TLD + "(?!" + WORD_CHAR + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d)\\d(?:[ .-]?\\d){5,}+(?!\\d)");
    private static final Pattern YEARS_ONLY = Pattern.compile("(?:19|20)\\d\\d(?:[ .-](?:19|20)\\d\\d)*+");

    private final PhoneNumberUtil phoneUtil = PhoneNumberUtil.getInstance();
    private final LinkExtractor linkExtractor = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
            .build();
    private final Extractor handleExtractor = new Extractor();
    private final Set<String> supportedRegions = phoneUtil.getSupportedRegions();

    private record Span(int start, int end, String placeholder) {
        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    public String scrub(String text, String countryCode, String lang) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        try {
            List<Span> accepted = new ArrayList<>();
            List<LinkSpan> links = new ArrayList<>();
            linkExtractor.extractLinks(text).forEach(links::add);
            accept(accepted, links.stream().filter(l -> l.getType() == LinkType.EMAIL)
                    .map(l -> trimCjk(text, l.getBeginIndex(), l.getEndIndex(), EMAIL)).toList());
            accept(accepted, OBFUSCATED_EMAIL.matcher(text).results().map(m -> new Span(m.start(), m.end(), EMAIL)).toList());
            accept(accepted, links.stream().filter(l -> l.getType() != LinkType.EMAIL)
                    .map(l -> trimCjk(text, l.getBeginIndex(), l.getEndIndex(), LINK)).toList());
            accept(accepted, handleExtractor.extractMentionedScreennamesWithIndices(text).stream()
                    .map(e -> new Span(e.getStart(), e.getEnd(), HANDLE)).toList());
            accept(accepted, phones(text, countryCode, lang));
            accept(accepted, digitRuns(text, accepted));
            return replace(text, accepted);
        } catch (RuntimeException e) {
            // The cause is dropped because library messages may quote the answer; the stack trace is kept.
            IllegalStateException safe = new IllegalStateException("Scrubbing failed: " + e.getClass().getName());
            safe.setStackTrace(e.getStackTrace());
            throw safe;
        }
    }

    private List<Span> phones(String text, String countryCode, String lang) {
        Set<String> regions = new LinkedHashSet<>();
        if (countryCode != null && supportedRegions.contains(countryCode.toUpperCase(Locale.ROOT))) {
            regions.add(countryCode.toUpperCase(Locale.ROOT));
        }
        List<String> byLanguage = lang == null ? null : REGIONS_BY_LANGUAGE.get(lang.toLowerCase(Locale.ROOT));
        if (byLanguage != null) {
            regions.addAll(byLanguage);
        } else {
            // Unknown language: casting the widest net is safer than missing a number.
            REGIONS_BY_LANGUAGE.values().forEach(regions::addAll);
        }
        regions.add("ZZ");
        List<Span> spans = new ArrayList<>();
        for (String region : regions) {
            // VALID rather than POSSIBLE: POSSIBLE reads years, dates, decimals and "20 000" as numbers
            // for some regions, and long unvalidated runs are caught by the digit-run rule anyway.
            for (PhoneNumberMatch m : phoneUtil.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                spans.add(new Span(m.start(), m.end(), PHONE));
            }
        }
        return spans;
    }

    private static List<Span> digitRuns(String text, List<Span> accepted) {
        char[] normalised = new char[text.length()];
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = normalise(text.charAt(i));
        }
        // Masking earlier findings stops a run from reaching into them and being rejected as a whole.
        for (Span s : accepted) {
            for (int i = s.start; i < s.end; i++) {
                normalised[i] = '_';
            }
        }
        return DIGIT_RUN.matcher(new String(normalised)).results()
                .filter(m -> !YEARS_ONLY.matcher(m.group()).matches())
                .map(m -> new Span(m.start(), m.end(), NUMBER)).toList();
    }

    private static char normalise(char c) {
        int digit = Character.digit(c, 10);
        if (digit >= 0) {
            return (char) ('0' + digit);
        }
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F', '\u3000' -> ' ';
            case '\uFF0E' -> '.';
            case '\uFF0D', '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }

    // Autolink accepts Unicode around an address, so in Chinese text without spaces it takes in the
    // surrounding words; Han next to Latin letters is cut off, an all-Han address is left whole.
    private static Span trimCjk(String text, int start, int end, String placeholder) {
        if (placeholder.equals(EMAIL)) {
            int at = text.indexOf('@', start);
            int s = start;
            while (s < at && isCjk(text.charAt(s))) {
                s++;
            }
            if (s < at) {
                start = s;
            }
        }
        int e = end;
        while (e > start && isCjk(text.charAt(e - 1))) {
            e--;
        }
        if (e < end && e > start && text.charAt(e - 1) < 128 && Character.isLetterOrDigit(text.charAt(e - 1))) {
            end = e;
        }
        return new Span(start, end, placeholder);
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    // Longest candidates first, so a full number wins over a fragment another region matched.
    private static void accept(List<Span> accepted, List<Span> candidates) {
        List<Span> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Span s) -> s.start - s.end).thenComparingInt(s -> s.start));
        for (Span candidate : sorted) {
            if (accepted.stream().noneMatch(candidate::overlaps)) {
                accepted.add(candidate);
            }
        }
    }

    private static String replace(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder(text);
        spans.stream().sorted(Comparator.comparingInt(Span::start).reversed())
                .forEach(s -> out.replace(s.start, s.end, s.placeholder));
        return out.toString();
    }
}
