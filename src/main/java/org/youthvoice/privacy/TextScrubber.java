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
import java.util.regex.Matcher;
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
    // Spelled-out words stand between spaces; "arrobase" is a common misspelling of "arobase".
    private static final String AT_WORD = "(?:at|собака|собачка|arroba|arr?obase|آت)";
    private static final String DOT_WORD = "(?:dot|точка|punto|point|دوت)";
    // Chinese writes "艾特" (@) and "点" (dot) without spaces, and a Chinese keyboard types a full-width ＠ and ．.
    private static final String AT_SIGN = "[@\uFF20]";
    private static final String AT = "(?:\\s*" + OPEN + "(?:" + AT_WORD + "|艾特|" + AT_SIGN + ")" + CLOSE + "\\s*"
            + "|\\s+" + AT_WORD + "\\s+|\\s*艾特\\s*|\\s*" + AT_SIGN + "\\s*)";
    private static final String DOT = "(?:\\s*" + OPEN + "(?:" + DOT_WORD + "|点)" + CLOSE + "\\s*|\\s+" + DOT_WORD + "\\s+"
            + "|\\s*点\\s*|[.\uFF0E])";
    // A closed list of endings keeps "I was at home.Then" and similar sentences out; two-letter
    // codes that are also everyday words (in, it, me, to, no) are left out on purpose.
    private static final String TLD_NAMES = "com|net|org|edu|gov|info|biz|io|ru|su|рф|ру|ком|fr|es|mx|ar|cl|pe"
            + "|cn|tw|hk|sg|eg|sa|ma|dz|ae|jo|uk|us|ng|ke|au|ca|be|sn|ci|kz|by|ua|kg|de";
    private static final String TLD = "(?:" + TLD_NAMES + ")";
    // Single character classes and bounded or possessive loops keep the regex engine from
    // recursing per character, which overflows the stack on very long answers.
    private static final Pattern OBFUSCATED_EMAIL = Pattern.compile(
            "(?<!" + LOCAL_CHAR + ")" + WORD_CHAR + LOCAL_CHAR + "*" + AT
                    + LABEL + "(?:" + DOT + LABEL + "){0,8}" + DOT + "(?<tld>" + TLD + ")(?!" + WORD_CHAR + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "I was at home.By the time": a capitalised ending right after a full stop starts a sentence.
    private static final Pattern SENTENCE_START = Pattern.compile("\\p{Lu}\\p{Ll}+");
    // A link without scheme or "www." (which autolink needs) counts only with a path: "vk.com/id1",
    // "tiktok.com/@name" point at a person, a bare "roblox.com" names a service. With the path required,
    // short endings such as "me" (t.me/name) are safe to add here.
    private static final Pattern BARE_LINK = Pattern.compile(
            "(?<![A-Za-z0-9_.@/:-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}"
                    + "(?:" + TLD_NAMES + "|me|gg|tv|ly|co|app)"
                    + "/[A-Za-z0-9._~/?#@$&*+=%:-]*+",
            Pattern.CASE_INSENSITIVE);
    private static final String LINK_TRAILING_PUNCTUATION = ".,:;!?";
    // twitter-text stops a mention at a dot; Instagram, TikTok and Snapchat names go on after it.
    private static final Pattern HANDLE_CONTINUATION = Pattern.compile("(?:\\.[a-z0-9_][A-Za-z0-9_]*+)++");
    // "meet @5pm": a time, not a name.
    private static final Pattern TIME_MENTION = Pattern.compile("\\d{1,2}(?:[:h]\\d\\d)?(?:am|pm|h)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d)\\d(?:[ .-]?\\d){5,}+(?!\\d)");
    private static final Pattern YEARS_ONLY = Pattern.compile("(?:19|20)\\d\\d(?:[ .-](?:19|20)\\d\\d)*+");
    // 12.03.2024, 12-03-2024, 12.03.24, 2024.3.12, 2024-03-12: one separator used twice, plausible day and
    // month. A two-digit year only with dots, so that a local phone number like 11-22-33 is still caught.
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})([./-])(\\d{1,2})\\2(?:19|20)\\d\\d|(\\d{1,2})\\.(\\d{1,2})\\.\\d\\d");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?:19|20)\\d\\d([./-])(\\d{1,2})\\1(\\d{1,2})");
    // A round quantity: "1 000 000 views", "1.000.000 de seguidores", "150 000", "1000000 times".
    private static final Pattern ROUND_THOUSANDS = Pattern.compile(
            "\\d{1,3}([ .])(?:\\d{3}\\1)*+000|[1-9]\\d{0,2}000(?:000)*+");
    // An amount of money: a currency sign before the number, or a sign or currency word after it.
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?:[$€£¥\uFFE5₽₸₹₦]|\\b(?:rs|ksh|usd|eur|mxn)\\.?)\\s?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "^\\s?(?:[$€£¥\uFFE5₽₸₹₦元块]|(?:руб(?:лей|ля|ль)?|р\\.|тенге|сом(?:ов)?|грн|гривен|гривны|евро"
                    + "|доллар(?:ов|а)?|euros?|dollars?|pesos?|soles|francs?|f?cfa|dirhams?|dinars?|riyals?"
                    + "|rupees?|rs|naira|shillings?|ksh|usd|eur|mxn|cop|clp|ars|pen"
                    + "|جنيه(?:ا|ات)?|ريال(?:ا|ات)?|درهم|دينار|ليرة|يورو|دولار)(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
            // Autolink reads "tiktok.com/@name.x" as an e-mail with local part "tiktok.com/"; that is a link.
            accept(accepted, links.stream().filter(l -> l.getType() == LinkType.EMAIL)
                    .filter(l -> !localPartHasSlash(text, l))
                    .map(l -> trimCjk(text, l.getBeginIndex(), l.getEndIndex(), EMAIL)).toList());
            accept(accepted, obfuscatedEmails(text));
            accept(accepted, links.stream().filter(l -> l.getType() != LinkType.EMAIL)
                    .map(l -> trimCjk(text, l.getBeginIndex(), l.getEndIndex(), LINK)).toList());
            accept(accepted, bareLinks(text));
            accept(accepted, handles(text));
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

    private static boolean localPartHasSlash(String text, LinkSpan email) {
        int at = text.indexOf('@', email.getBeginIndex());
        return at >= 0 && text.substring(email.getBeginIndex(), at).indexOf('/') >= 0;
    }

    private static List<Span> obfuscatedEmails(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = OBFUSCATED_EMAIL.matcher(text);
        while (m.find()) {
            int tld = m.start("tld");
            char before = text.charAt(tld - 1);
            if ((before == '.' || before == '\uFF0E') && SENTENCE_START.matcher(m.group("tld")).matches()) {
                continue;
            }
            spans.add(new Span(m.start(), m.end(), EMAIL));
        }
        return spans;
    }

    private static List<Span> bareLinks(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = BARE_LINK.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (LINK_TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (text.charAt(end - 1) != '/') {
                spans.add(new Span(m.start(), end, LINK));
            }
        }
        return spans;
    }

    private List<Span> handles(String text) {
        List<Span> spans = new ArrayList<>();
        for (Extractor.Entity e : handleExtractor.extractMentionedScreennamesWithIndices(text)) {
            if (TIME_MENTION.matcher(e.getValue()).matches()) {
                continue;
            }
            int end = e.getEnd();
            Matcher more = HANDLE_CONTINUATION.matcher(text).region(end, text.length());
            if (more.lookingAt()) {
                end = more.end();
            }
            spans.add(new Span(e.getStart(), end, HANDLE));
        }
        return spans;
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
        String plain = new String(normalised);
        List<Span> spans = new ArrayList<>();
        Matcher m = DIGIT_RUN.matcher(plain);
        while (m.find()) {
            String run = m.group();
            if (YEARS_ONLY.matcher(run).matches() || isDate(run) || ROUND_THOUSANDS.matcher(run).matches()
                    || isAmount(plain, m.start(), m.end())) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            String placeholder = NUMBER;
            if (start > 0 && (plain.charAt(start - 1) == '+' || plain.charAt(start - 1) == '\uFF0B')) {
                // "+" and digits that no region validates (a typo, an old prefix) are still a phone number.
                start--;
                placeholder = PHONE;
            } else if (run.length() == 17 && endsWithCheckX(plain, end)) {
                // A Chinese resident ID: 17 digits and the check character X.
                end++;
            }
            spans.add(new Span(start, end, placeholder));
        }
        return spans;
    }

    private static boolean endsWithCheckX(String text, int end) {
        if (end >= text.length() || (text.charAt(end) != 'X' && text.charAt(end) != 'x')) {
            return false;
        }
        return end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)) || isCjk(text.charAt(end + 1));
    }

    private static boolean isDate(String run) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(run);
        if (dmy.matches()) {
            int a = Integer.parseInt(dmy.group(1) != null ? dmy.group(1) : dmy.group(4));
            int b = Integer.parseInt(dmy.group(1) != null ? dmy.group(3) : dmy.group(5));
            return a >= 1 && b >= 1 && (a <= 31 && b <= 12 || a <= 12 && b <= 31);
        }
        Matcher ymd = YEAR_MONTH_DAY.matcher(run);
        if (ymd.matches()) {
            int month = Integer.parseInt(ymd.group(2));
            int day = Integer.parseInt(ymd.group(3));
            return month >= 1 && month <= 12 && day >= 1 && day <= 31;
        }
        return false;
    }

    private static boolean isAmount(String text, int start, int end) {
        return CURRENCY_BEFORE.matcher(text.substring(Math.max(0, start - 5), start)).find()
                || CURRENCY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find();
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
