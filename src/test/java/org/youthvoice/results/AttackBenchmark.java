package org.youthvoice.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.support.Gen;
import org.youthvoice.support.Respondents;
import org.youthvoice.support.Surveys;
import org.youthvoice.support.Surveys.Survey;

/**
 * Prints what the intruder's linear-programming attack ({@link org.youthvoice.support.LpAttack}, written apart from the
 * service's audit) finds in what the service publishes, in the figures of a τ-ARGUS-style audit: for the seed
 * consultations at 12 and 860 skewed respondents and for the generated consultations of {@link AttackTest}, the counts
 * published, the hidden numbers bounded, how many of them the attack recovers exactly, how many intervals are narrower
 * than min_cell, and the disclosures among them (a number below min_cell whose interval misses 0 or min_cell − 1, a
 * larger one whose interval is narrower than min_cell), with the time the service took to publish and the attack to
 * run. Run with: ./mvnw test -Pbench -Dtest=AttackBenchmark (another sample: -Drobustness.seed=N).
 */
class AttackBenchmark {

    @Test
    void printWhatTheAttackRecovers() throws Exception {
        ItuRegions regions = ItuRegions.load();
        Function<String, String> regionOf = country -> regions.regionOf(country).orElse(ItuRegions.UNKNOWN);
        StringBuilder report = new StringBuilder("LP attack on the published views:");
        for (String seed : List.of("cyberbullying", "digital-skills")) {
            Consultation c = DefinitionLoader.parse(seed + ".yaml", Files.readString(Path.of("surveys", seed + ".yaml"))).consultation();
            for (long n : new long[] {12, 860}) {
                AttackTest.Outcome o = AttackTest.check(c, Respondents.counts(c, n, n, regionOf), regionOf);
                report.append(line(seed + ", " + n + " responses", o));
                o.problems().stream().limit(5).forEach(p -> report.append("\n      ").append(p.strip()));
            }
        }
        int failing = 0;
        int problems = 0;
        int hidden = 0;
        int exact = 0;
        int narrow = 0;
        List<Survey> surveys = Surveys.surveys().sample(AttackTest.CASES, Gen.SEED);
        for (int i = 0; i < surveys.size(); i++) {
            AttackTest.Outcome o = AttackTest.check(surveys.get(i).consultation(), surveys.get(i).counts(), Surveys.REGION);
            hidden += o.hidden();
            exact += o.exact();
            narrow += o.narrow();
            problems += o.problems().size();
            if (!o.problems().isEmpty()) {
                failing++;
                report.append(line("generated case " + (i + 1) + " (" + surveys.get(i) + ")", o));
                o.problems().stream().limit(3).forEach(p -> report.append("\n      ").append(p.strip()));
            }
        }
        report.append(String.format(Locale.ROOT, "%n  %d generated consultations (seed %d): %,d hidden numbers bounded, %,d recovered exactly,"
                + " %,d intervals narrower than min_cell; %d cases with disclosures, %d disclosures in all", surveys.size(), Gen.SEED, hidden,
                exact, narrow, failing, problems));
        System.out.println(report);
    }

    private static String line(String what, AttackTest.Outcome o) {
        return String.format(Locale.ROOT, "%n  %s: %,d counts published; %,d hidden numbers and %,d unlisted-group sums bounded by %,d LPs;"
                        + " %,d recovered exactly, %,d intervals narrower than min_cell, %d disclosures%s (publishing %.1f s, attack %.1f s)",
                what, o.publishedCells(), o.hidden(), o.remainders(), o.lps(), o.exact(), o.narrow(), o.problems().size(),
                o.problems().isEmpty() ? "" : "; worst: " + o.worst(), o.publishing(), o.attacking());
    }
}
