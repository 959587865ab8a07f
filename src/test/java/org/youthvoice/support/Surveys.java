package org.youthvoice.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.definition.Option;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.i18n.Lang;
import org.youthvoice.response.StoredAnswer;
import org.youthvoice.response.StoredResponse;
import org.youthvoice.results.Rollups;
import org.youthvoice.results.Rollups.Cell;

/**
 * Seeded generators of small consultations (written as consultation files and read by the service's own loader) and of
 * skewed sets of responses to them, folded into counts exactly as the
 * service folds stored responses: the inputs of the disclosure attack. Consultations have the required age-band question
 * (some bands outside the audience), usually gender and country questions, and two to six questions of the other types,
 * one of them often shown only after an earlier answer. Response sets are the awkward ones: twelve responses in all,
 * groups of exactly min_cell, one answer taking nearly everything, a region whose countries have a handful each,
 * campaigns with tiny counts, fewer responses than min_cell.
 */
public final class Surveys {

    private Surveys() {
    }

    /** The countries the generators use: a few per ITU region, Antarctica among them. */
    static final List<String> COUNTRIES = List.of("SN", "NG", "KE", "GH", "FR", "DE", "PT", "BR", "MX", "AR", "EG", "MA",
            "IN", "CN", "JP", "KZ", "UZ", "AQ");

    private static final ItuRegions ITU = ItuRegions.load();

    /**
     * ISO code → ITU region code, as the service maps it (every ISO code has a region, so "unknown" is exactly "gave
     * no country").
     */
    public static final Function<String, String> REGION = code -> ITU.regionOf(code).orElse(ItuRegions.UNKNOWN);

    static final List<String> LANGS = java.util.Arrays.stream(Lang.values()).map(Lang::code).toList();

    /** A consultation, a set of responses to it, their counts as the service keeps them, and the shape of the set. */
    public record Survey(Consultation consultation, List<StoredResponse> responses, Map<Cell, Long> counts, String shape) {

        @Override
        public String toString() {
            return consultation.id() + " (" + shape + ", " + responses.size() + " responses, min_cell "
                    + consultation.results().minCell() + ", questions " + consultation.questions().stream()
                    .map(q -> q.id() + ":" + q.type().code() + (q.required() ? "!" : "") + (q.showIf() == null ? "" : "?" + q.showIf().question()))
                    .toList() + ")";
        }
    }

    /** The counts of a set of responses, cell by cell, exactly as {@link Rollups} adds them (missing cells are 0). */
    public static Map<Cell, Long> counts(Consultation c, List<StoredResponse> responses, Function<String, String> regionOf) {
        Map<Cell, Long> counts = new HashMap<>();
        String countryQ = c.withRole(Role.COUNTRY).map(Question::id).orElse(null);
        for (StoredResponse stored : responses) {
            String country = stored.answers.stream().filter(a -> a.questionId.equals(countryQ) && a.optionCode != null)
                    .map(a -> a.optionCode).findFirst().orElse(null);
            String region = country == null ? "unknown" : regionOf.apply(country);
            for (Cell cell : Rollups.cells(c, stored, region == null ? "unknown" : region)) {
                counts.merge(cell, 1L, Long::sum);
            }
        }
        return counts;
    }

    // ---------------------------------------------------------------- consultations

    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode texts(String en) {
        ObjectNode texts = JSON.createObjectNode();
        for (String lang : LANGS) {
            texts.put(lang, lang.equals("en") ? en : en + " (" + lang + ")");
        }
        return texts;
    }

    static ObjectNode option(String code) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", code);
        o.set("label", texts(code));
        return o;
    }

    static ObjectNode band(String code, int min, int max) {
        ObjectNode o = option(code);
        o.put("min_age", min);
        o.put("max_age", max);
        return o;
    }

    static ObjectNode question(String id, String type, String role, boolean required) {
        ObjectNode q = JSON.createObjectNode();
        q.put("id", id);
        q.put("type", type);
        if (role != null) {
            q.put("role", role);
        }
        if (required) {
            q.put("required", true);
        }
        q.set("text", texts("Question " + id));
        return q;
    }

    /**
     * A consultation file (YAML is a superset of JSON) read by the service's own loader, so that every generated
     * consultation is one the service would accept.
     */
    public static Consultation parse(ObjectNode file) {
        return DefinitionLoader.parse(file.path("id").asText() + ".yaml", file.toString()).consultation();
    }

    /** Small consultations: the age-band question, then two to six of gender, country, single, multiple, scale (and text). */
    public static Gen<Consultation> consultations() {
        return random -> {
            int minCell = List.of(3, 5, 5, 10, 10).get(random.nextInt(5));
            int[][] audiences = {{9, 17}, {12, 18}, {13, 17}};
            int[] audience = audiences[random.nextInt(audiences.length)];
            ArrayNode questions = JSON.createArrayNode();
            ObjectNode age = question("age", "single", "age_band", true);
            ArrayNode bands = age.putArray("options");
            if (random.nextBoolean()) {
                bands.add(band("under-9", 0, 8)).add(band("9-12", 9, 12)).add(band("13-15", 13, 15)).add(band("16-17", 16, 17))
                        .add(band("18-plus", 18, 120));
            } else {
                bands.add(band("under-13", 0, 12)).add(band("13-17", 13, 17)).add(band("18-plus", 18, 120));
            }
            questions.add(age);
            int others = Gen.integers(2, 6).next(random);
            if (random.nextDouble() < 0.75) {
                ObjectNode gender = question("gender", "single", "gender", random.nextBoolean());
                ArrayNode options = gender.putArray("options").add(option("girl")).add(option("boy")).add(option("other"));
                if (random.nextBoolean()) {
                    options.add(option("no-say"));
                }
                questions.add(gender);
                others--;
            }
            if (random.nextDouble() < 0.8) {
                questions.add(question("country", "country", "country", random.nextDouble() < 0.3));
                others--;
            }
            List<ObjectNode> controllers = new ArrayList<>();
            for (int i = 0; i < Math.max(others, 1); i++) {
                String type = List.of("single", "single", "multiple", "scale", "text").get(random.nextInt(i == 0 ? 4 : 5));
                ObjectNode q = question("q" + (i + 1), type, null, random.nextDouble() < 0.5);
                if (type.equals("scale")) {
                    ArrayNode options = q.putArray("options");
                    for (int p = 1; p <= Gen.integers(3, 5).next(random); p++) {
                        options.add(option(String.valueOf(p)));
                    }
                } else if (type.equals("text")) {
                    q.put("max_length", 200);
                } else {
                    ArrayNode options = q.putArray("options");
                    int n = Gen.integers(2, 4).next(random);
                    for (int p = 0; p < n; p++) {
                        options.add(option(List.of("yes", "no", "maybe", "often").get(p)));
                    }
                    if (type.equals("multiple") && random.nextBoolean()) {
                        q.put("max", Gen.integers(1, n).next(random));
                    }
                }
                if (!controllers.isEmpty() && random.nextDouble() < 0.6) {
                    ObjectNode controller = controllers.get(random.nextInt(controllers.size()));
                    ObjectNode showIf = q.putObject("show_if");
                    showIf.put("question", controller.path("id").asText());
                    ArrayNode anyOf = showIf.putArray("any_of");
                    for (var o : controller.path("options")) {
                        if (anyOf.isEmpty() || random.nextDouble() < 0.3) {
                            anyOf.add(o.path("code").asText());
                        }
                    }
                }
                if (type.equals("single") || type.equals("multiple")) {
                    controllers.add(q);
                }
                questions.add(q);
            }
            String id = "gen-" + Long.toString(random.nextLong() & 0xffffffL, 36);
            ObjectNode file = JSON.createObjectNode();
            file.put("id", id);
            file.set("title", texts("Generated " + id));
            file.set("intro", texts("A generated consultation."));
            file.put("minutes", 3);
            file.putObject("audience").put("min_age", audience[0]).put("max_age", audience[1]);
            file.put("opens", "2026-01-01");
            file.put("closes", "2099-12-31");
            file.putObject("results").put("publish", "live").put("min_cell", minCell);
            file.put("retention_days", 30);
            file.set("questions", questions);
            return parse(file);
        };
    }

    // ---------------------------------------------------------------- respondents

    /** What one block of respondents shares: fixed values (null: drawn per respondent) and how skewed the answers are. */
    record Profile(String lang, String campaign, boolean campaignFixed, String age, String gender, String country, double dominance) {
    }

    /** The skew of one set: a main language, country and campaign, and a favourite option for each question. */
    record Skew(String lang, String country, Map<String, String> favourite, double dominance) {
    }

    static Skew skew(Consultation c, Random random, double dominance) {
        Map<String, String> favourite = new HashMap<>();
        for (Question q : c.questions()) {
            if (q.options() != null && !q.options().isEmpty()) {
                List<Option> allowed = q.role() == Role.AGE_BAND
                        ? q.options().stream().filter(o -> o.within(c.audience())).toList() : q.options();
                favourite.put(q.id(), allowed.get(random.nextInt(allowed.size())).code());
            }
        }
        return new Skew(LANGS.get(random.nextInt(LANGS.size())), COUNTRIES.get(random.nextInt(COUNTRIES.size())), favourite, dominance);
    }

    static String pick(Random random, Skew skew, Question q, List<Option> allowed) {
        String fav = skew.favourite().get(q.id());
        if (fav != null && allowed.stream().anyMatch(o -> o.code().equals(fav)) && random.nextDouble() < skew.dominance()) {
            return fav;
        }
        return allowed.get(random.nextInt(allowed.size())).code();
    }

    static StoredResponse respondent(Consultation c, Random random, Skew skew, Profile p) {
        StoredResponse r = new StoredResponse();
        r.lang = p.lang() != null ? p.lang() : random.nextDouble() < 0.7 ? skew.lang() : LANGS.get(random.nextInt(LANGS.size()));
        r.campaign = p.campaignFixed() ? p.campaign() : random.nextDouble() < 0.8 ? null : List.of("school", "radio").get(random.nextInt(2));
        r.channel = "web";
        Map<String, List<String>> given = new HashMap<>();
        for (Question q : c.questions()) {
            if (q.showIf() != null) {
                List<String> before = given.get(q.showIf().question());
                if (before == null || before.stream().noneMatch(q.showIf().anyOf()::contains)) {
                    continue;
                }
            }
            if (!q.required() && random.nextDouble() < 0.15) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            switch (q.type()) {
                case TEXT -> r.answers.add(StoredAnswer.text(q.id(), "sealed", false));
                case COUNTRY -> codes.add(p.country() != null ? p.country()
                        : random.nextDouble() < skew.dominance() ? skew.country() : COUNTRIES.get(random.nextInt(COUNTRIES.size())));
                case SINGLE, SCALE -> {
                    if (q.role() == Role.AGE_BAND) {
                        codes.add(p.age() != null ? p.age() : pick(random, skew, q, q.options().stream().filter(o -> o.within(c.audience())).toList()));
                    } else if (q.role() == Role.GENDER && p.gender() != null) {
                        codes.add(p.gender());
                    } else {
                        codes.add(pick(random, skew, q, q.options()));
                    }
                }
                case MULTIPLE -> {
                    int cap = q.max() == null ? q.options().size() : q.max();
                    codes.add(pick(random, skew, q, q.options()));
                    for (Option o : q.options()) {
                        if (codes.size() < cap && !codes.contains(o.code()) && random.nextDouble() < 0.3) {
                            codes.add(o.code());
                        }
                    }
                }
                default -> {
                }
            }
            codes.forEach(code -> r.answers.add(StoredAnswer.code(q.id(), code)));
            if (q.type() != QuestionType.TEXT) {
                given.put(q.id(), codes);
            } else {
                given.put(q.id(), List.of());
            }
        }
        return r;
    }

    static final Profile FREE = new Profile(null, null, false, null, null, null, 0);

    static void add(List<StoredResponse> out, int n, Consultation c, Random random, Skew skew, Profile p) {
        for (int i = 0; i < n; i++) {
            out.add(respondent(c, random, skew, p));
        }
    }

    static String within(Consultation c, Random random) {
        List<Option> bands = c.withRole(Role.AGE_BAND).orElseThrow().options().stream().filter(o -> o.within(c.audience())).toList();
        return bands.get(random.nextInt(bands.size())).code();
    }

    static String gender(Consultation c, Random random) {
        return c.withRole(Role.GENDER).map(q -> q.options().get(random.nextInt(q.options().size())).code()).orElse(null);
    }

    /** Response sets of one of the awkward shapes. */
    public static Gen<Survey> surveys() {
        Gen<Consultation> consultations = consultations();
        return random -> {
            Consultation c = consultations.next(random);
            int m = c.results().minCell();
            List<StoredResponse> out = new ArrayList<>();
            String shape = List.of("twelve", "exact-min-cell", "dominant", "tiny-region", "campaigns", "mixed", "below-min-cell")
                    .get(random.nextInt(7));
            switch (shape) {
                case "twelve" -> add(out, 12, c, random, skew(c, random, 0.6), FREE);
                case "exact-min-cell" -> {
                    Skew skew = skew(c, random, 0.5);
                    int blocks = Gen.integers(2, 4).next(random);
                    for (int b = 0; b < blocks; b++) {
                        add(out, m, c, random, skew, new Profile(LANGS.get(random.nextInt(LANGS.size())), null, true,
                                within(c, random), gender(c, random), COUNTRIES.get(random.nextInt(COUNTRIES.size())), 0.5));
                    }
                    add(out, Gen.integers(0, 2).next(random), c, random, skew, FREE);
                }
                case "dominant" -> add(out, Gen.integers(15, 60).next(random), c, random, skew(c, random, 0.95), FREE);
                case "tiny-region" -> {
                    Skew skew = skew(c, random, 0.5);
                    String region = List.of("africa", "europe", "americas", "asia-pacific").get(random.nextInt(4));
                    List<String> countries = COUNTRIES.stream().filter(x -> REGION.apply(x).equals(region)).toList();
                    add(out, Gen.integers(m + 5, 3 * m + 10).next(random), c, random, skew,
                            new Profile(null, null, false, null, null, countries.get(0), 0.5));
                    for (int i = 1; i < countries.size(); i++) {
                        add(out, Gen.integers(1, 3).next(random), c, random, skew, new Profile(null, null, false, null, null, countries.get(i), 0.5));
                    }
                    if (random.nextBoolean()) {
                        add(out, Gen.integers(m, 2 * m).next(random), c, random, skew, new Profile(null, null, false, null, null, "KZ", 0.5));
                    }
                }
                case "campaigns" -> {
                    Skew skew = skew(c, random, 0.6);
                    add(out, Gen.integers(2 * m, 50).next(random), c, random, skew, new Profile(null, null, true, null, null, null, 0.6));
                    add(out, m, c, random, skew, new Profile(null, "school", true, null, null, null, 0.6));
                    add(out, Gen.integers(1, 4).next(random), c, random, skew, new Profile(null, "radio", true, null, null, null, 0.6));
                    add(out, Gen.integers(1, 2).next(random), c, random, skew, new Profile(null, "poster", true, null, null, null, 0.6));
                }
                case "mixed" -> add(out, Gen.integers(5, 80).next(random), c, random, skew(c, random, random.nextDouble()), FREE);
                default -> add(out, Gen.integers(1, Math.max(1, m - 1)).next(random), c, random, skew(c, random, 0.5), FREE);
            }
            return new Survey(c, List.copyOf(out), counts(c, out, REGION), shape);
        };
    }
}
