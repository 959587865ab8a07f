package org.youthvoice.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Option;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.response.StoredAnswer;
import org.youthvoice.response.StoredResponse;
import org.youthvoice.results.Rollups;
import org.youthvoice.results.Rollups.Cell;

/**
 * Skewed synthetic respondents of a consultation, folded into running counts exactly as the service folds them: a few
 * countries and languages bring most answers and a long tail brings a handful each, one answer of each question is
 * far more common than the others, questions are skipped, show_if is honoured, and a third come through campaigns.
 */
public final class Respondents {

    private static final String[] LANGS = {"en", "fr", "es", "ar", "ru", "zh"};

    private Respondents() {
    }

    /** The running counts of {@code n} respondents drawn under {@code seed}. */
    public static Map<Cell, Long> counts(Consultation c, long n, long seed, Function<String, String> regionOf) {
        Random random = new Random(seed);
        String[] countries = Locale.getISOCountries();
        Map<Cell, Long> counts = new HashMap<>();
        for (long i = 0; i < n; i++) {
            StoredResponse r = respondent(c, random, countries);
            String country = r.answers.stream().filter(a -> c.question(a.questionId).map(q -> q.type() == QuestionType.COUNTRY).orElse(false))
                    .map(a -> a.optionCode).findFirst().orElse(null);
            for (Cell cell : Rollups.cells(c, r, country == null ? "unknown" : regionOf.apply(country))) {
                counts.merge(cell, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static StoredResponse respondent(Consultation c, Random random, String[] countries) {
        StoredResponse r = new StoredResponse();
        r.lang = LANGS[skewed(random, LANGS.length)];
        r.campaign = random.nextInt(3) == 0 ? "CAMP" + skewed(random, 40) : null;
        Map<String, String> single = new HashMap<>();
        for (Question q : c.questions()) {
            if (q.showIf() != null && !q.showIf().anyOf().contains(single.getOrDefault(q.showIf().question(), ""))) {
                continue;
            }
            if (!q.required() && random.nextInt(8) == 0) {
                continue;
            }
            switch (q.type()) {
                case COUNTRY -> r.answers.add(StoredAnswer.code(q.id(), countries[skewed(random, countries.length)]));
                case SINGLE, SCALE -> {
                    List<Option> options = inAudience(c, q);
                    String code = options.get(skewed(random, options.size())).code();
                    single.put(q.id(), code);
                    r.answers.add(StoredAnswer.code(q.id(), code));
                }
                case MULTIPLE -> {
                    int max = q.max() == null ? q.options().size() : q.max();
                    List<Option> left = new ArrayList<>(q.options());
                    for (int k = 1 + random.nextInt(max); k > 0 && !left.isEmpty(); k--) {
                        r.answers.add(StoredAnswer.code(q.id(), left.remove(skewed(random, left.size())).code()));
                    }
                }
                default -> r.answers.add(StoredAnswer.text(q.id(), "…", false));
            }
        }
        return r;
    }

    private static List<Option> inAudience(Consultation c, Question q) {
        return q.options().stream().filter(o -> o.minAge() == null || o.within(c.audience())).toList();
    }

    /** An index below {@code n}, the first ones far more likely (a Zipf-like tail). */
    private static int skewed(Random random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) Math.floor(Math.pow(n + 1, u * u) - 1));
    }
}
