package org.youthvoice.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.results.Rollups.Cell;
import org.youthvoice.support.LpAttack;
import org.youthvoice.support.LpAttack.Finding;
import org.youthvoice.support.LpAttack.Kind;
import org.youthvoice.support.Surveys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intruder's linear-programming attack ({@link LpAttack}) checked on hand-made tables, and the judging of its
 * findings against true counts that {@link AttackBenchmark} uses on generated and seed consultations.
 */
class AttackTest {

    /** Serialises views as the API does: snake_case, nulls left out except where ResultsView keeps them. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    static Map<String, JsonNode> views(Publication publication) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        views.put(Rollups.ALL, JSON.valueToTree(publication.view(null)));
        for (String by : Rollups.DIMENSIONS) {
            views.put(by, JSON.valueToTree(publication.view(by)));
        }
        return views;
    }

    /** Why a finding discloses something, or null when it does not. */
    static String disclosure(Finding f, long truth, int m, Set<String> unlisted) {
        if (f.knownZero() && truth == 0) {
            return null;
        }
        if (f.publishedAs() != null) {
            return null; // equal by definition to a number published anyway
        }
        boolean single = f.kind() == Kind.CELL || unlisted.size() == 1;
        if (f.kind() == Kind.REMAINDER && unlisted.isEmpty()) {
            return null;
        }
        if (truth < m && !(f.holds(0) && f.holds(m - 1))) {
            return "below min_cell and the interval does not hold 0 and " + (m - 1);
        }
        if (single && truth >= m && f.width() < m - 1e-6) {
            return "interval narrower than min_cell";
        }
        if (single && f.exact()) {
            return "recovered exactly";
        }
        return null;
    }

    /** What the attack of one case found: its problems (empty when nothing is disclosed) and its tallies. */
    record Outcome(List<String> problems, int hidden, int remainders, int twins, int lps, double worstMargin, String worst,
                   double publishing, double attacking, double judging) {
    }

    private static String dimQuestion(Consultation c, String dim) {
        return org.youthvoice.definition.Role.of(dim).flatMap(c::withRole).map(org.youthvoice.definition.Question::id).orElse("");
    }

    /** Publishes one generated case, attacks it and judges every finding against the true counts. */
    static Outcome check(Consultation c, Map<Cell, Long> trueCounts, Function<String, String> regionOf) {
        int m = c.results().minCell();
        long started = System.nanoTime();
        Publication publication = Publication.of(c, trueCounts, null, regionOf);
        Map<String, JsonNode> views = views(publication);
        long published = System.nanoTime();
        LpAttack.Attack attack = LpAttack.run(c, views, regionOf);
        long attacked = System.nanoTime();
        LpAttack.Truth counts = new LpAttack.Truth(trueCounts);
        List<String> problems = new ArrayList<>();
        attack.unsound(trueCounts).forEach(u -> problems.add("  attacker model broken by the true counts: " + u));
        attack.inconsistencies().forEach(u -> problems.add("  published views inconsistent: " + u));
        List<String> zeros = attack.publishedZeros();
        Set<String> oneBand = new java.util.HashSet<>();
        c.withRole(org.youthvoice.definition.Role.AGE_BAND).filter(q -> q.options().stream()
                .filter(o -> o.minAge() == null || o.within(c.audience())).count() == 1).ifPresent(q -> oneBand.add(q.id()));
        int hidden = 0;
        int remainders = 0;
        int twins = 0;
        double worstMargin = Double.POSITIVE_INFINITY;
        String worst = "none";
        for (Finding raw : attack.findings()) {
            Finding f = raw.withTruth(counts);
            long truth = f.truth();
            Set<String> unlisted = f.kind() == Kind.REMAINDER ? f.groupsIn(counts) : Set.of();
            if (f.publishedAs() != null) {
                twins++;
            } else if (f.kind() == Kind.CELL) {
                hidden++;
            } else {
                remainders++;
            }
            if (!f.holds(truth)) {
                problems.add("  attacker unsound, true value outside its interval: " + f);
                continue;
            }
            if (f.kind() == Kind.CELL && !f.dim().equals(Rollups.ALL)
                    && trueCounts.getOrDefault(new Cell("", "", f.dim(), f.key()), 0L) == 0) {
                continue; // a group nobody is in: its zeros are about no child
            }
            if (f.kind() == Kind.CELL && (oneBand.contains(f.question()) || oneBand.contains(dimQuestion(c, f.dim())))) {
                continue; // the audience allows one age band: everyone is in it, by definition
            }
            String why = disclosure(f, truth, m, unlisted);
            if (why != null) {
                problems.add("  " + why + ": " + f + (unlisted.isEmpty() ? "" : " (unlisted groups " + unlisted + ")"));
            }
            boolean judged = f.kind() == Kind.CELL || !unlisted.isEmpty();
            boolean single = f.kind() == Kind.CELL || unlisted.size() == 1;
            if (f.publishedAs() == null && !(f.knownZero() && truth == 0) && judged && (single || truth < m)) {
                // how far the finding is from failing: negative when it fails
                double margin = truth < m ? Math.min(m - 1 - f.min(), f.max() - (m - 1)) : f.width() - m;
                if (margin < worstMargin) {
                    worstMargin = margin;
                    worst = f.toString();
                }
            }
        }
        if (!problems.isEmpty() && !zeros.isEmpty()) {
            problems.add(0, "  (published zeros the definition does not fix, which pin whatever they bound to 0: " + zeros + ")");
        }
        return new Outcome(problems, hidden, remainders, twins, attack.lps(), worstMargin, worst,
                (published - started) / 1e9, (attacked - published) / 1e9, (System.nanoTime() - attacked) / 1e9);
    }

    // ---------------------------------------------------------------- the attacker itself

    static Consultation handMade() throws Exception {
        return DefinitionLoader.parse("hand.yaml", """
                id: hand
                title: {ar: Hand, zh: Hand, en: Hand, fr: Hand, ru: Hand, es: Hand}
                intro: {ar: Hand, zh: Hand, en: Hand, fr: Hand, ru: Hand, es: Hand}
                minutes: 2
                audience: {min_age: 9, max_age: 18}
                opens: 2026-01-01
                closes: 2099-12-31
                results: {publish: live, min_cell: 5}
                retention_days: 30
                questions:
                  - id: age
                    type: single
                    role: age_band
                    required: true
                    text: {ar: Age, zh: Age, en: Age, fr: Age, ru: Age, es: Age}
                    options:
                      - {code: "9-18", min_age: 9, max_age: 18, label: {ar: x, zh: x, en: x, fr: x, ru: x, es: x}}
                      - {code: "19-plus", min_age: 19, max_age: 120, label: {ar: x, zh: x, en: x, fr: x, ru: x, es: x}}
                  - id: pets
                    type: single
                    text: {ar: Pets, zh: Pets, en: Pets, fr: Pets, ru: Pets, es: Pets}
                    options:
                      - {code: cat, label: {ar: x, zh: x, en: x, fr: x, ru: x, es: x}}
                      - {code: dog, label: {ar: x, zh: x, en: x, fr: x, ru: x, es: x}}
                      - {code: fish, label: {ar: x, zh: x, en: x, fr: x, ru: x, es: x}}
                """).consultation();
    }

    @Test
    void shouldRecoverAHiddenOptionFromTheOthersAndTheAnsweredTotal() throws Exception {
        JsonNode all = JSON.readTree("""
                {"id": "hand", "responses": 20, "min_cell": 5, "questions": [
                  {"id": "age", "answered": 20, "options": [
                    {"code": "9-18", "count": 20, "share": 1.0}, {"code": "19-plus", "count": null, "suppressed": true}]},
                  {"id": "pets", "answered": 20, "options": [
                    {"code": "cat", "count": 7, "share": 0.35},
                    {"code": "dog", "count": null, "suppressed": true},
                    {"code": "fish", "count": 5, "share": 0.25}]}]}
                """);
        LpAttack.Attack attack = LpAttack.run(handMade(), Map.of("all", all), Surveys.REGION);

        assertThat(attack.inconsistencies()).isEmpty();
        Finding dog = attack.findings().stream()
                .filter(f -> f.kind() == Kind.CELL && f.dim().equals("all") && f.question().equals("pets") && f.code().equals("dog"))
                .findFirst().orElseThrow();
        assertThat(dog.min()).isEqualTo(8.0);
        assertThat(dog.max()).isEqualTo(8.0);
        assertThat(dog.exact()).isTrue();
        // and nothing learnt where nothing was published: one child of the 20 in any language might be anything
        Finding fr = attack.findings().stream()
                .filter(f -> f.dim().equals("lang") && f.key().equals("fr") && f.question().isEmpty())
                .findFirst().orElseThrow();
        assertThat(fr.min()).isEqualTo(0.0);
        assertThat(fr.max()).isEqualTo(20.0);
    }

    @Test
    void shouldAttachTheTrueValueOfAFinding() throws Exception {
        Consultation c = handMade();
        Map<Cell, Long> counts = Map.of(new Cell("pets", "dog", "all", ""), 8L, new Cell("pets", "dog", "lang", "fr"), 3L);
        JsonNode all = JSON.valueToTree(Map.of("id", "hand", "min_cell", 5, "questions", List.of()));
        Finding dog = LpAttack.run(c, Map.of("all", all), Surveys.REGION).findings().stream()
                .filter(f -> f.dim().equals("all") && f.question().equals("pets") && f.code().equals("dog"))
                .findFirst().orElseThrow().withTruth(counts);
        assertThat(dog.truth()).isEqualTo(8L);
        assertThat(dog.holds(8)).isTrue();
    }
}
