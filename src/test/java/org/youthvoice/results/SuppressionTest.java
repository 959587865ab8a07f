package org.youthvoice.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.results.Rollups.Cell;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppression: small cells hidden, and no hidden cell recoverable from a total by subtraction. */
class SuppressionTest {

    static final Function<String, String> REGION = country -> switch (country) {
        case "SN", "NG", "KE" -> "africa";
        case "FR", "DE" -> "europe";
        default -> "unknown";
    };

    static Consultation poll() throws Exception {
        return DefinitionLoader.parse("t", Files.readString(Path.of("src/test/resources/test-surveys/test-poll.yaml"))).consultation();
    }

    /** Counts of a set of simulated responses, built exactly as the running counts are. */
    static Map<Cell, Long> counts(Consultation c, List<String[]> responses) {
        Map<Cell, Long> counts = new HashMap<>();
        for (String[] r : responses) {
            var stored = new org.youthvoice.response.StoredResponse();
            stored.lang = r[0];
            stored.answers.add(org.youthvoice.response.StoredAnswer.code("age", "9-18"));
            stored.answers.add(org.youthvoice.response.StoredAnswer.code("pets", r[1]));
            stored.answers.add(org.youthvoice.response.StoredAnswer.code("country", r[2]));
            for (Cell cell : Rollups.cells(c, stored, REGION.apply(r[2]))) {
                counts.merge(cell, 1L, Long::sum);
            }
        }
        return counts;
    }

    static List<String[]> repeat(int n, String lang, String pets, String country) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new String[] {lang, pets, country});
        }
        return out;
    }

    /** Every total whose other parts are all published, with exactly one hidden part: a recovery. */
    static List<String> recoveries(Consultation c, Map<Cell, Long> universe, Set<Cell> hidden) {
        List<String> found = new ArrayList<>();
        for (Suppression.Constraint k : Suppression.constraints(c, universe, REGION)) {
            long unknown = k.parts().stream().filter(hidden::contains).count() + (hidden.contains(k.total()) ? 1 : 0);
            if (unknown == 1) {
                found.add(k.total() + " = " + k.parts());
            }
        }
        return found;
    }

    @Test
    void shouldHideEveryCountBelowTheMinimumIncludingZero() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(repeat(12, "fr", "yes", "SN"));
        responses.addAll(repeat(3, "fr", "no", "SN"));
        Map<Cell, Long> universe = Suppression.universe(c, counts(c, responses));
        Set<Cell> hidden = Suppression.suppressed(c, universe, 10, REGION);
        assertThat(hidden).contains(new Cell("pets", "no", "all", ""), new Cell("which_pets", "cat", "all", ""));
        assertThat(universe).containsEntry(new Cell("which_pets", "cat", "all", ""), 0L);
        assertThat(recoveries(c, universe, hidden)).isEmpty();
    }

    @Test
    void shouldNotLetASmallOptionBeRecoveredFromTheAnsweredTotal() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(repeat(40, "en", "yes", "FR"));
        responses.addAll(repeat(2, "en", "no", "FR"));
        Map<Cell, Long> universe = Suppression.universe(c, counts(c, responses));
        Set<Cell> hidden = Suppression.suppressed(c, universe, 10, REGION);
        // answered(pets) = 42 is public, "no" = 2 is hidden: "yes" must be hidden too, or 42 - 40 gives it away
        assertThat(hidden).contains(new Cell("pets", "no", "all", ""));
        assertThat(hidden.contains(new Cell("pets", "yes", "all", "")) || hidden.contains(new Cell("pets", "", "all", ""))).isTrue();
        assertThat(recoveries(c, universe, hidden)).isEmpty();
    }

    @Test
    void shouldNotLetASmallGroupBeRecoveredFromTheOverallCountOrItsRegion() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(repeat(30, "fr", "yes", "SN"));
        responses.addAll(repeat(25, "en", "yes", "NG"));
        responses.addAll(repeat(2, "ar", "yes", "KE"));
        responses.addAll(repeat(20, "fr", "yes", "FR"));
        Map<Cell, Long> universe = Suppression.universe(c, counts(c, responses));
        Set<Cell> hidden = Suppression.suppressed(c, universe, 10, REGION);
        assertThat(hidden).contains(new Cell("", "", "country", "KE"), new Cell("", "", "lang", "ar"));
        // africa = SN + NG + KE: with KE hidden, one of SN, NG (or the region) must be hidden as well
        assertThat(hidden.contains(new Cell("", "", "country", "SN")) || hidden.contains(new Cell("", "", "country", "NG"))
                || hidden.contains(new Cell("", "", "region", "africa"))).isTrue();
        assertThat(recoveries(c, universe, hidden)).isEmpty();
    }

    @Test
    void shouldLeaveNoSingleRecoveryInRandomConsultations() throws Exception {
        Consultation c = poll();
        Random random = new Random(20261123);
        String[] langs = {"ar", "zh", "en", "fr", "ru", "es"};
        String[] countries = {"SN", "NG", "KE", "FR", "DE", "BR"};
        for (int round = 0; round < 200; round++) {
            List<String[]> responses = new ArrayList<>();
            int n = random.nextInt(120);
            for (int i = 0; i < n; i++) {
                responses.add(new String[] {langs[random.nextInt(random.nextInt(6) + 1)], random.nextInt(4) == 0 ? "no" : "yes",
                        countries[random.nextInt(random.nextInt(6) + 1)]});
            }
            Map<Cell, Long> universe = Suppression.universe(c, counts(c, responses));
            Set<Cell> hidden = Suppression.suppressed(c, universe, 10, REGION);
            universe.forEach((cell, count) -> {
                if (count < 10) {
                    assertThat(hidden).contains(cell);
                }
            });
            assertThat(recoveries(c, universe, hidden)).as("round %d with %d responses", round, n).isEmpty();
        }
    }
}
