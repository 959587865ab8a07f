package org.youthvoice.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.results.Rollups.Cell;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppression over the whole publish set: small cells, known zeros, counts equal to their total, the floor. */
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
            if (r[2] != null) {
                stored.answers.add(org.youthvoice.response.StoredAnswer.code("country", r[2]));
            }
            for (Cell cell : Rollups.cells(c, stored, r[2] == null ? "unknown" : REGION.apply(r[2]))) {
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

    private static final String[] LANGS = {"fr", "en", "es"};
    private static final String[] COUNTRIES = {"SN", "FR", "NG", null, "DE"};

    /**
     * {@code n} responses with the same answer to pets, spread over three languages, four countries in two regions and
     * no country at all, as real responses are: no breakdown group then holds everyone by accident.
     */
    static List<String[]> mixed(int n, String pets) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new String[] {LANGS[i % LANGS.length], pets, COUNTRIES[i % COUNTRIES.length]});
        }
        return out;
    }

    static Publication publish(Consultation c, List<String[]> responses) {
        return Publication.of(c, counts(c, responses), null, REGION);
    }

    static ResultsView.OptionResult option(ResultsView view, String question, String code) {
        return view.questions().stream().filter(q -> q.id().equals(question)).findFirst().orElseThrow()
                .options().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void shouldHideEveryCountBelowTheMinimumIncludingZero() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(repeat(12, "fr", "yes", "SN"));
        responses.addAll(repeat(3, "fr", "no", "SN"));
        ResultsView view = publish(c, responses).view(null);
        assertThat(option(view, "pets", "no").suppressed()).isTrue();
        assertThat(option(view, "which_pets", "cat").suppressed()).isTrue();
        assertThat(option(view, "pets", "yes").count()).as("12 of 15: 15 - 3 would give the 3 away").isNull();
    }

    @Test
    void shouldPublishOptionsOutsideTheAudienceAsTheZerosEveryoneKnows() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(mixed(45, "yes"));
        responses.addAll(mixed(45, "no"));
        ResultsView view = publish(c, responses).view("lang");
        assertThat(option(view, "age", "under-9").count()).isZero();
        assertThat(option(view, "age", "19-plus").count()).isZero();
        assertThat(view.groups()).extracting(ResultsView.Group::key).containsExactly("en", "es", "fr");
        assertThat(view.groups()).allSatisfy(g -> assertThat(g.responses()).isEqualTo(30L));
    }

    @Test
    void shouldHideACountEqualToItsGroupsTotal() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(repeat(20, "en", "yes", "FR"));
        responses.addAll(repeat(20, "en", "yes", "SN"));
        responses.addAll(mixed(30, "no").stream().map(r -> new String[] {r[0].equals("en") ? "es" : r[0], r[1], r[2]}).toList());
        responses.addAll(mixed(30, "yes").stream().map(r -> new String[] {r[0].equals("en") ? "fr" : r[0], r[1], r[2]}).toList());
        ResultsView view = publish(c, responses).view("lang");
        ResultsView.Group en = view.groups().stream().filter(g -> g.key().equals("en")).findFirst().orElseThrow();
        ResultsView.OptionResult yes = en.questions().stream().filter(q -> q.id().equals("pets")).findFirst().orElseThrow()
                .options().stream().filter(o -> o.code().equals("yes")).findFirst().orElseThrow();
        assertThat(yes.count()).as("all 40 English answers are yes: publishing 40 of 40 tells what each of them said").isNull();
    }

    @Test
    void shouldNotPublishAHiddenGroupsSizeAnywhereElse() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(repeat(30, "fr", "yes", "SN"));
        responses.addAll(repeat(25, "en", "yes", "NG"));
        responses.addAll(repeat(2, "ar", "yes", "KE"));
        responses.addAll(repeat(20, "fr", "yes", "FR"));
        Publication p = publish(c, responses);
        assertThat(p.view("country").groups()).extracting(ResultsView.Group::key).doesNotContain("KE");
        assertThat(p.view(null).questions().stream().filter(q -> q.id().equals("country")).findFirst().orElseThrow().options())
                .extracting(ResultsView.OptionResult::code).doesNotContain("KE");
        // africa = SN + NG + KE: with KE hidden, the region or a second country is not published either
        boolean africaListed = p.view("region").groups().stream().anyMatch(g -> g.key().equals("africa"));
        long africanCountries = p.view("country").groups().stream().filter(g -> List.of("SN", "NG").contains(g.key())).count();
        assertThat(africaListed && africanCountries == 2).isFalse();
    }

    @Test
    void shouldGiveTheSamePatternWhateverOrderTheCountsComeIn() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(repeat(30, "fr", "yes", "SN"));
        responses.addAll(repeat(14, "en", "no", "NG"));
        responses.addAll(repeat(4, "ar", "yes", "KE"));
        Map<Cell, Long> forward = counts(c, responses);
        Map<Cell, Long> backward = new java.util.LinkedHashMap<>();
        new java.util.ArrayDeque<>(forward.keySet()).descendingIterator().forEachRemaining(cell -> backward.put(cell, forward.get(cell)));
        for (String by : Rollups.DIMENSIONS) {
            assertThat(Publication.of(c, backward, null, REGION).view(by)).isEqualTo(Publication.of(c, forward, null, REGION).view(by));
        }
    }

    @Test
    void shouldKeepThePreviousPatternUntilACellHasGrownByTheMinimum() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(mixed(60, "yes"));
        responses.addAll(mixed(4, "no"));
        Publication first = publish(c, responses);
        assertThat(first.audit().withheld()).isFalse();
        assertThat(option(first.view(null), "pets", "no").suppressed()).isTrue();
        List<String[]> more = new ArrayList<>(responses);
        more.addAll(mixed(8, "no"));
        Publication second = Publication.of(c, counts(c, more), first, REGION);
        assertThat(option(second.view(null), "pets", "no").suppressed()).as("12 now, but only 8 more than when it was hidden").isTrue();
        more.addAll(mixed(2, "no"));
        more.addAll(mixed(10, "yes"));
        Publication third = Publication.of(c, counts(c, more), first, REGION);
        assertThat(option(third.view(null), "pets", "no").count()).isEqualTo(14L);
        assertThat(option(third.view(null), "pets", "yes").count()).isEqualTo(70L);
        assertThat(option(Publication.of(c, counts(c, more), null, REGION).view(null), "pets", "no").count()).isEqualTo(14L);
    }

    @Test
    void shouldLeaveNoFloorBehindAWithheldSnapshot() throws Exception {
        Consultation c = poll();
        Publication withheld = publish(c, mixed(12, "yes"));
        assertThat(withheld.audit().withheld()).as("twelve responses: the count only").isTrue();
        List<String[]> later = new ArrayList<>(mixed(60, "yes"));
        later.addAll(mixed(30, "no"));
        assertThat(Publication.of(c, counts(c, later), withheld, REGION).view(null))
                .as("a set that told nothing holds nothing back").isEqualTo(Publication.of(c, counts(c, later), null, REGION).view(null));
    }

    @Test
    void shouldAuditEveryHiddenCellByLinearProgramming() throws Exception {
        Consultation c = poll();
        List<String[]> responses = new ArrayList<>(mixed(60, "yes"));
        responses.addAll(mixed(40, "no"));
        responses.addAll(repeat(3, "ar", "yes", "KE"));
        Publication.Audit audit = publish(c, responses).audit();
        assertThat(audit.hidden()).isPositive();
        assertThat(audit.linearPrograms()).isPositive();
        assertThat(audit.audited()).as("every hidden number but those of groups nobody is in").isPositive();
        assertThat(audit.withheld()).isFalse();
    }

    @Test
    void shouldNameOnlyTheWaysOfAnsweringThatBroughtTheMinimumCell() throws Exception {
        Consultation c = poll();
        Publication p = publish(c, repeat(30, "fr", "yes", "SN")).withChannels(Map.of("web", 29L, "api", 1L));
        assertThat(p.channels()).as("one child answering through a partner app is not named").containsExactly("web");
        assertThat(Publication.fromJson(c, p.toJson()).channels()).as("as stored for every replica").containsExactly("web");
        assertThat(p.withChannels(Map.of("web", 20L, "api", 10L)).channels()).containsExactly("web", "api");
    }

    @Test
    void shouldPublishNothingBeforeTheFirstRelease() throws Exception {
        ResultsView view = Publication.empty(poll()).view("country");
        assertThat(view.responses()).isNull();
        assertThat(view.groups()).isEmpty();
        assertThat(view.questions()).allSatisfy(q -> assertThat(q.options()).allSatisfy(o -> assertThat(o.count()).isNull()));
    }

    @Test
    void shouldProtectTheSeedConsultationsWithoutWithholdingThem() throws Exception {
        org.youthvoice.i18n.ItuRegions regions = org.youthvoice.i18n.ItuRegions.load();
        Function<String, String> regionOf = country -> regions.regionOf(country).orElse(org.youthvoice.i18n.ItuRegions.UNKNOWN);
        for (String seed : List.of("cyberbullying", "digital-skills")) {
            Consultation c = DefinitionLoader.parse(seed + ".yaml", Files.readString(Path.of("surveys", seed + ".yaml"))).consultation();
            Publication twelve = Publication.of(c, org.youthvoice.support.Respondents.counts(c, 12, 12, regionOf), null, regionOf);
            assertThat(twelve.view(null).responses()).isEqualTo(12L);
            assertThat(twelve.view("lang").groups()).as("no group of 12 responses reaches the minimum of 10 safely").isEmpty();
            long n = Long.getLong("suppression.responses", 860);
            Publication p = Publication.of(c, org.youthvoice.support.Respondents.counts(c, n, n, regionOf), null, regionOf);
            System.out.printf("%s, %d responses: %s%n", seed, n, p.audit());
            assertThat(p.audit().withheld()).as("%s at %d responses", seed, n).isFalse();
            assertThat(p.view(null).responses()).isEqualTo(n);
            assertThat(p.view("country").groups()).isNotEmpty();
        }
    }
}
