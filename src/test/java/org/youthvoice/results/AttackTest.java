package org.youthvoice.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.results.Rollups.Cell;
import org.youthvoice.support.Gen;
import org.youthvoice.support.LpAttack.Finding;
import org.youthvoice.support.LpAttack.Kind;
import org.youthvoice.support.LpAttack;
import org.youthvoice.support.Respondents;
import org.youthvoice.support.Surveys.Survey;
import org.youthvoice.support.Surveys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks what the service publishes, as an intruder would: {@link LpAttack}, written apart from the service's own
 * audit, reads every published view as JSON and bounds every hidden number by linear programming; each finding is
 * judged against the true counts. A generated consultation or a seed consultation that gives anything away fails the
 * test, with the finding. The attacker itself is checked on hand-made tables below.
 */
class AttackTest {

    /** Generated consultations and skewed response sets, twelve-response and exactly-min_cell groups among them. */
    static final int CASES = 48;

    @Test
    void shouldGiveNothingAwayInGeneratedConsultations() {
        List<Survey> surveys = Surveys.surveys().sample(CASES, Gen.SEED);
        List<String> failures = new ArrayList<>();
        int hidden = 0;
        int lps = 0;
        for (int i = 0; i < surveys.size(); i++) {
            Survey s = surveys.get(i);
            Outcome o = check(s.consultation(), s.counts(), Surveys.REGION);
            hidden += o.hidden() + o.remainders();
            lps += o.lps();
            if (!o.problems().isEmpty()) {
                failures.add("case " + (i + 1) + ", " + s + ":\n" + String.join("\n", o.problems()));
            }
        }
        System.out.printf(Locale.ROOT, "LP attack on %d generated consultations (seed %d): %,d hidden numbers and unlisted sums bounded by %,d LPs,"
                + " %d cases giving something away%n", surveys.size(), Gen.SEED, hidden, lps, failures.size());
        assertThat(failures).as("what the attack learnt (rerun with -Drobustness.seed=%d)", Gen.SEED).isEmpty();
    }

    @Test
    void shouldGiveNothingAwayInTheSeedConsultationsAt860Responses() throws Exception {
        ItuRegions regions = ItuRegions.load();
        Function<String, String> regionOf = country -> regions.regionOf(country).orElse(ItuRegions.UNKNOWN);
        for (String seed : List.of("cyberbullying", "digital-skills")) {
            Consultation c = DefinitionLoader.parse(seed + ".yaml", Files.readString(Path.of("surveys", seed + ".yaml"))).consultation();
            Outcome o = check(c, Respondents.counts(c, 860, 860, regionOf), regionOf);
            System.out.printf(Locale.ROOT, "LP attack on %s at 860 responses: %,d hidden numbers and %,d unlisted sums bounded by %,d LPs,"
                    + " %d disclosures%n", seed, o.hidden(), o.remainders(), o.lps(), o.problems().size());
            assertThat(o.problems()).as(seed).isEmpty();
            assertThat(o.publishedCells()).as("%s is published, not withheld", seed).isGreaterThan(100);
        }
    }

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

    /**
     * Why a finding discloses something, or null when it does not. {@code notShown}: the number is in no table of any
     * view (the age, gender and country questions inside other breakdowns); {@code groupSize}: the true size of its group.
     */
    static String disclosure(Finding f, long truth, int m, Set<String> unlisted, boolean notShown, long groupSize, boolean askedOfAll) {
        if (f.knownZero() && truth == 0) {
            return null;
        }
        if (f.publishedAs() != null) {
            return null; // equal by definition to a number published anyway
        }
        if (f.kind() == Kind.REMAINDER && unlisted.isEmpty()) {
            return null; // a sum over groups nobody is in
        }
        if (askedOfAll && f.code().isEmpty() && !f.question().isEmpty()) {
            // how many answered a question everyone is asked says nothing about any answer (how many skipped it is not a
            // cell of any table): only a small number of them must stay uncertain
            return truth < m && !(f.holds(0) && f.holds(m - 1)) ? "below min_cell and the interval does not hold 0 and " + (m - 1) : null;
        }
        if (notShown) {
            // worked out from what is published, like any sum of published numbers; it still must not give a small count
            // away, nor that everyone in the group gave that answer
            if (truth < m && !(f.holds(0) && f.holds(m - 1))) {
                return "below min_cell and the interval does not hold 0 and " + (m - 1);
            }
            return truth > 0 && f.min() >= groupSize - 1e-6 ? "everyone in the group, proved" : null;
        }
        // a sum over several unlisted groups is a pool: the intruder cannot tell which of its groups its respondents
        // are in (each nameable group is bounded as a cell of its own), so only a sum below min_cell gives a small group away
        boolean single = f.kind() == Kind.CELL;
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
                   double publishing, double attacking, double judging, int publishedCells, int exact, int narrow) {
    }

    /**
     * Published counts equal to their total: an option every respondent of a table chose ("10 of 10"), or a listed group
     * holding everyone, except where the definition makes it so (a group's own answer in its breakdown, the one age band
     * of the audience, a breakdown whose question the consultation does not ask).
     */
    static List<String> countsEqualToTheirTotal(Consultation c, Map<String, JsonNode> views, Set<String> oneBand) {
        List<String> problems = new ArrayList<>();
        JsonNode all = views.get(Rollups.ALL);
        long responses = all.path("responses").asLong(-1);
        for (JsonNode table : tables(views)) {
            String by = table.path("by").asText(Rollups.ALL);
            Optional<Role> role = Role.of(by);
            boolean asked = by.equals("region") ? c.withRole(Role.COUNTRY).isPresent()
                    : role.map(r -> c.withRole(r).filter(x -> !oneBand.contains(x.id())).isPresent()).orElse(true);
            if (!by.equals(Rollups.ALL) && asked && table.path("responses").asLong(-2) == responses && responses > 0) {
                problems.add("  a listed group holds everyone: " + by + "=" + table.path("key").asText() + ", " + responses);
            }
            for (JsonNode q : table.path("questions")) {
                String id = q.path("id").asText();
                boolean ownAnswer = c.question(id).map(x -> x.role() != null && (x.role().code().equals(by)
                        || x.role() == Role.COUNTRY && by.equals("region"))).orElse(false);
                long answered = q.path("answered").asLong(-1);
                if (answered <= 0 || ownAnswer || oneBand.contains(id)) {
                    continue;
                }
                for (JsonNode o : q.path("options")) {
                    if (o.path("count").isNumber() && o.path("count").asLong() == answered) {
                        problems.add("  published count equal to its total: " + id + "=" + o.path("code").asText() + " ["
                                + (by.equals(Rollups.ALL) ? "all" : by + "=" + table.path("key").asText()) + "] " + answered + " of " + answered);
                    }
                }
            }
        }
        return problems;
    }

    /** Whether every respondent is shown a question: no show_if, or one that every answer of a required question meets. */
    static boolean askedOfAll(Consultation c, Question q) {
        return q.showIf() == null || c.question(q.showIf().question()).filter(p -> p.required() && p.showIf() == null && p.options() != null
                && p.options().stream().allMatch(o -> q.showIf().anyOf().contains(o.code()))).isPresent();
    }

    /** How many option counts the views publish: the overall table once, and every listed group's. */
    static int publishedCells(Map<String, JsonNode> views) {
        int n = 0;
        for (JsonNode table : tables(views)) {
            for (JsonNode q : table.path("questions")) {
                for (JsonNode o : q.path("options")) {
                    n += o.path("count").isNumber() ? 1 : 0;
                }
            }
        }
        return n;
    }

    /** Every published table: the overall one once, and each listed group of every breakdown. */
    static List<JsonNode> tables(Map<String, JsonNode> views) {
        List<JsonNode> tables = new ArrayList<>(List.of(views.get(Rollups.ALL)));
        views.values().forEach(view -> view.path("groups").forEach(tables::add));
        return tables;
    }

    private static String dimQuestion(Consultation c, String dim) {
        return Role.of(dim).flatMap(c::withRole).map(Question::id).orElse("");
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
        c.withRole(Role.AGE_BAND).filter(q -> q.options().stream()
                .filter(o -> o.minAge() == null || o.within(c.audience())).count() == 1).ifPresent(q -> oneBand.add(q.id()));
        int hidden = 0;
        int remainders = 0;
        int twins = 0;
        int exact = 0;
        int narrow = 0;
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
            if (f.kind() == Kind.CELL && f.publishedAs() == null && !f.knownZero()) {
                exact += f.exact() ? 1 : 0;
                narrow += f.width() < m - 1e-6 ? 1 : 0;
            }
            if (f.kind() == Kind.CELL && !f.dim().equals(Rollups.ALL)
                    && trueCounts.getOrDefault(new Cell("", "", f.dim(), f.key()), 0L) == 0) {
                continue; // a group nobody is in: its zeros are about no child
            }
            if (f.kind() == Kind.CELL && f.dim().equals(Rollups.ALL) && truth == 0 && !f.code().isEmpty()
                    && c.question(f.question()).map(q -> q.role() == Role.AGE_BAND
                    || q.role() == Role.GENDER).orElse(false)) {
                continue; // nobody gave that age band or gender: the same empty group, counted overall
            }
            if (f.kind() == Kind.CELL && (oneBand.contains(f.question()) || oneBand.contains(dimQuestion(c, f.dim())))) {
                continue; // the audience allows one age band: everyone is in it, by definition
            }
            boolean notShown = f.kind() == Kind.CELL && !f.dim().equals(Rollups.ALL) && !f.question().isEmpty()
                    && c.question(f.question()).map(q -> q.role() != null && !q.role().code().equals(f.dim())).orElse(false);
            long groupSize = trueCounts.getOrDefault(new Cell("", "", f.dim(), f.key()), 0L);
            boolean askedOfAll = c.question(f.question()).map(q -> askedOfAll(c, q)).orElse(false);
            String why = disclosure(f, truth, m, unlisted, notShown, groupSize, askedOfAll);
            if (why != null) {
                problems.add("  " + why + ": " + f + (unlisted.isEmpty() ? "" : " (unlisted groups " + unlisted + ")"));
            }
            boolean judged = f.kind() == Kind.CELL || !unlisted.isEmpty();
            boolean single = f.kind() == Kind.CELL;
            if (f.publishedAs() == null && !(f.knownZero() && truth == 0) && judged && (single && !notShown || truth < m)) {
                // how far the finding is from failing: negative when it fails
                double margin = truth < m ? Math.min(m - 1 - f.min(), f.max() - (m - 1)) : f.width() - m;
                if (margin < worstMargin) {
                    worstMargin = margin;
                    worst = f.toString();
                }
            }
        }
        problems.addAll(countsEqualToTheirTotal(c, views, oneBand));
        if (!problems.isEmpty() && !zeros.isEmpty()) {
            problems.add(0, "  (published zeros the definition does not fix, which pin whatever they bound to 0: " + zeros + ")");
        }
        return new Outcome(problems, hidden, remainders, twins, attack.lps(), worstMargin, worst,
                (published - started) / 1e9, (attacked - published) / 1e9, (System.nanoTime() - attacked) / 1e9, publishedCells(views),
                exact, narrow);
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
