package org.youthvoice.privacy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Word-list heuristic that flags free-text answers which may disclose harm to a child, for a person to review; see {@code reference/harm-signals.yaml}. */
public final class HarmSignals {

    static final String RESOURCE = "/reference/harm-signals.yaml";
    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    // A letter, mark or digit of a spaced script: Han is left out so that "我想kill myself" still matches.
    private static final String WORD = "[\\p{L}\\p{M}\\p{N}&&[^\\p{IsHan}]]";
    // Attached Arabic prefixes: wa/fa ("and"), then bi/li, the future sa-, or Egyptian ha-.
    private static final String ARABIC_PREFIX = "[\u0648\u0641]?[\u0628\u0644\u0633\u0647]?";
    // Every combining mark except the breve, so that Russian й survives while ё, é and Arabic tashkeel go.
    private static final Pattern MARKS = Pattern.compile("[\\p{M}&&[^\u0306]]+");
    // Apostrophes, and invisible format characters such as the right-to-left mark, are dropped.
    private static final Pattern DROPPED = Pattern.compile("['\u2018\u2019\u02bc`\\p{Cf}&&[^\u200b]]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}_\\s\\p{Z}\u200b]+");
    private static final Pattern VALID_WORD = Pattern.compile("[^*]+|[^*]{3,}\\*");
    private static final Map<Character.UnicodeScript, List<String>> LISTS_BY_SCRIPT = Map.of(
            Character.UnicodeScript.LATIN, List.of("en", "fr", "es"),
            Character.UnicodeScript.ARABIC, List.of("ar"),
            Character.UnicodeScript.CYRILLIC, List.of("ru"),
            Character.UnicodeScript.HAN, List.of("zh"));

    private final Map<String, Pattern> patterns;

    private HarmSignals(Map<String, Pattern> patterns) {
        this.patterns = patterns;
    }

    /** Reads the classpath file; throws IllegalStateException naming the problem if it is missing or invalid. */
    public static HarmSignals load() {
        try (InputStream in = HarmSignals.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static HarmSignals parse(InputStream in, String source) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode signals = yaml.readTree(in).path("signals");
        if (!signals.isObject() || signals.size() != LANGUAGES.size() || !LANGUAGES.stream().allMatch(signals::has)) {
            throw new IllegalStateException("Invalid " + source + ": 'signals' must map exactly the keys " + LANGUAGES);
        }
        Map<String, Pattern> patterns = new HashMap<>();
        for (String lang : LANGUAGES) {
            JsonNode list = signals.get(lang);
            if (!list.isArray() || list.isEmpty()) {
                throw new IllegalStateException("Invalid " + source + ": '" + lang + "' must be a non-empty list");
            }
            Set<String> entries = new LinkedHashSet<>();
            for (JsonNode node : list) {
                String entry = node.isTextual() ? normalise(node.textValue()) : "";
                boolean valid = !entry.isEmpty() && (lang.equals("zh") ? !entry.contains("*")
                        : Arrays.stream(entry.split(" ")).allMatch(w -> VALID_WORD.matcher(w).matches()));
                if (!valid || !entries.add(entry)) {
                    throw new IllegalStateException("Invalid " + source + ": entry " + node + " in '" + lang
                            + "' is empty, has a misplaced '*' or duplicates another once normalised");
                }
            }
            patterns.put(lang, compile(lang, entries));
        }
        return new HarmSignals(Map.copyOf(patterns));
    }

    private static Pattern compile(String lang, Set<String> entries) {
        String alternatives = entries.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(e -> Arrays.stream(e.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(WORD + "*+")))
                .collect(Collectors.joining("|"));
        if (lang.equals("zh")) {
            return Pattern.compile(alternatives);
        }
        String prefix = lang.equals("ar") ? ARABIC_PREFIX : "";
        return Pattern.compile("(?<!" + WORD + ")" + prefix + "(?:" + alternatives + ")(?!" + WORD + ")");
    }

    /** Folds case, compatibility forms, accents and diacritics (ё to е, Arabic tashkeel), apostrophes and spacing. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace("\u0640", "")                                   // tatweel
                .replace('\u0649', '\u064a').replace('\u06cc', '\u064a') // alef maksura, Persian yeh -> yeh
                .replace('\u0629', '\u0647').replace('\u06a9', '\u0643'); // teh marbuta -> heh, keheh -> kaf
        s = DROPPED.matcher(s).replaceAll("");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }

    /**
     * True when the text contains an entry of the declared language's list, of the English list, or of the list of
     * any script present in the text. A null or blank text is never flagged; an unknown language checks the others.
     */
    public boolean flags(String text, String lang) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String normalised = normalise(text);
        Set<String> langs = new LinkedHashSet<>();
        langs.add(lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0]);
        langs.add("en");
        normalised.codePoints().mapToObj(Character.UnicodeScript::of).distinct()
                .forEach(script -> langs.addAll(LISTS_BY_SCRIPT.getOrDefault(script, List.of())));
        return langs.stream().map(patterns::get).anyMatch(p -> p != null && p.matcher(normalised).find());
    }
}
