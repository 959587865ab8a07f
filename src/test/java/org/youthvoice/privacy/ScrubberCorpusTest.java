package org.youthvoice.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures {@link TextScrubber} against the labelled corpus in {@code privacy/scrubber-corpus.tsv}.
 *
 * <p>Each line is {@code lang<TAB>country-or-dash<TAB>input<TAB>expected}; expected is the input with exactly
 * the personal details replaced by placeholders. An example whose expected text has no placeholder is a
 * negative: it must come out unchanged.
 *
 * <p>How the figures are counted:
 * <ul>
 * <li><b>details</b>: every placeholder occurrence in an expected text is one personal detail.</li>
 * <li><b>recall</b>: the expected text is cut at its placeholders into fixed pieces; the scrubbed output must
 * consist of the same fixed pieces in the same order, and a detail counts as removed when the stretch of
 * output standing between its pieces is exactly the expected placeholder. Replacing a detail with another
 * placeholder kind, leaving any of it, or changing the text around it (which breaks the pieces, and then
 * counts every detail of that example as missed) is a miss.</li>
 * <li><b>false positives</b>: negative examples whose output differs from the input in any way, divided by
 * the number of negative examples.</li>
 * </ul>
 * The test fails below {@value #MIN_RECALL}% recall or above {@value #MAX_FALSE_POSITIVES}% false positives,
 * and prints every miss so a failing run says which lines to look at.
 */
class ScrubberCorpusTest {

    static final double MIN_RECALL = 98.0;
    static final double MAX_FALSE_POSITIVES = 2.0;
    private static final String CORPUS = "/privacy/scrubber-corpus.tsv";
    private static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:email|phone|link|handle|number)]");
    private static final Pattern COUNTRY = Pattern.compile("-|[A-Z]{2}");

    record Example(int line, String lang, String country, String input, String expected) {
        boolean negative() {
            return input.equals(expected);
        }

        String countryOrNull() {
            return "-".equals(country) ? null : country;
        }
    }

    private static List<Example> corpus;
    private final TextScrubber scrubber = new TextScrubber();

    @BeforeAll
    static void load() throws IOException {
        corpus = new ArrayList<>();
        try (InputStream in = ScrubberCorpusTest.class.getResourceAsStream(CORPUS)) {
            assertThat(in).as("corpus resource %s", CORPUS).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cols = text.split("\t", -1);
                assertThat(cols).as("line %d: lang, country, input, expected", line).hasSize(4);
                corpus.add(new Example(line, cols[0], cols[1], cols[2], cols[3]));
            }
        }
    }

    @Test
    void corpusIsLargeEnoughAndCoversEveryLanguage() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        Map<String, Integer> perLanguage = new TreeMap<>();
        corpus.forEach(e -> perLanguage.merge(e.lang(), 1, Integer::sum));
        assertThat(perLanguage.keySet()).containsExactlyInAnyOrderElementsOf(LANGUAGES);
        perLanguage.forEach((lang, n) -> assertThat(n).as("examples in %s", lang).isGreaterThanOrEqualTo(40));
        long negatives = corpus.stream().filter(Example::negative).count();
        assertThat(negatives * 100.0 / corpus.size()).as("share of negatives, percent").isGreaterThanOrEqualTo(40.0);
    }

    @Test
    void everyExampleIsWellFormed() {
        for (Example e : corpus) {
            assertThat(e.lang()).as("line %d lang", e.line()).isIn(LANGUAGES);
            assertThat(COUNTRY.matcher(e.country()).matches()).as("line %d country", e.line()).isTrue();
            assertThat(e.input()).as("line %d input", e.line()).isNotBlank();
            assertThat(PLACEHOLDER.matcher(e.input()).find()).as("line %d input has a placeholder", e.line()).isFalse();
            // expected must be the input with some stretches replaced by placeholders, and nothing else changed
            Matcher m = skeleton(e.expected()).matcher(e.input());
            assertThat(m.matches()).as("line %d: expected is not the input with placeholders", e.line()).isTrue();
        }
    }

    @Test
    void scrubberMeetsRecallAndFalsePositiveTargets() {
        int details = 0;
        int removed = 0;
        int negatives = 0;
        int changed = 0;
        List<String> misses = new ArrayList<>();
        for (Example e : corpus) {
            String out = scrubber.scrub(e.input(), e.countryOrNull(), e.lang());
            if (e.negative()) {
                negatives++;
                if (!out.equals(e.input())) {
                    changed++;
                    misses.add("false positive, line " + e.line() + " [" + e.lang() + "]: " + out);
                }
                continue;
            }
            List<String> expectedPlaceholders = PLACEHOLDER.matcher(e.expected()).results().map(r -> r.group()).toList();
            details += expectedPlaceholders.size();
            int found = recalled(e.expected(), expectedPlaceholders, out);
            removed += found;
            if (found < expectedPlaceholders.size()) {
                misses.add("missed " + (expectedPlaceholders.size() - found) + ", line " + e.line()
                        + " [" + e.lang() + "]: " + out);
            }
        }
        double recall = details == 0 ? 100.0 : removed * 100.0 / details;
        double falsePositives = negatives == 0 ? 0.0 : changed * 100.0 / negatives;
        misses.forEach(m -> System.out.println("scrubber corpus " + m));
        System.out.println(String.format(Locale.ROOT,
                "scrubber corpus: %d details, recall %.1f%%; %d clean texts, false positives %.1f%%",
                details, recall, negatives, falsePositives));
        assertThat(recall).as("recall in %%, misses: %s", misses).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(falsePositives).as("false positives in %%, misses: %s", misses).isLessThanOrEqualTo(MAX_FALSE_POSITIVES);
    }

    /** How many placeholder positions of {@code expected} the output got exactly right. */
    private static int recalled(String expected, List<String> placeholders, String out) {
        Matcher m = skeleton(expected).matcher(out);
        if (!m.matches()) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i < placeholders.size(); i++) {
            if (placeholders.get(i).equals(m.group(i + 1))) {
                found++;
            }
        }
        return found;
    }

    /** The fixed pieces of {@code expected} quoted, with one capturing group where each placeholder stands. */
    private static Pattern skeleton(String expected) {
        StringBuilder regex = new StringBuilder("^");
        Matcher m = PLACEHOLDER.matcher(expected);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(expected.substring(last, m.start()))).append("(.+?)");
            last = m.end();
        }
        regex.append(Pattern.quote(expected.substring(last))).append('$');
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
