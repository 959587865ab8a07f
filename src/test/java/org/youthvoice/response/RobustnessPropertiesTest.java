package org.youthvoice.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthvoice.campaign.CampaignService;
import org.youthvoice.support.Database;
import org.youthvoice.support.Gen;
import org.youthvoice.support.HostileInputs;
import org.youthvoice.support.JsonText.Obj;
import org.youthvoice.support.JsonText.Raw;
import org.youthvoice.support.JsonText;
import org.youthvoice.support.Probe.Expect;
import org.youthvoice.support.Probe.Input;
import org.youthvoice.support.Probe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated malformed and hostile submissions to the API, drawn under a fixed seed: each one refused with
 * a 4xx and a JSON list of errors, never a 5xx, never anything half-stored; only the deliberately valid ones stored.
 */
@QuarkusTest
class RobustnessPropertiesTest {

    private static final String PATH = "/api/v1/consultations/test-poll/responses";
    private static final String JSON = "application/json";
    private static final List<String> LANGS = List.of("ar", "zh", "en", "fr", "ru", "es");
    private static final Set<String> QUESTIONS = Set.of("age", "pets", "which_pets", "happy", "country", "comment");
    private static final Set<String> FIELDS = Set.of("lang", "campaign", "answers", "receipt");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Map<String, Set<String>> OPTIONS = Map.of("age", Set.of("under-9", "9-18", "19-plus"),
            "pets", Set.of("yes", "no"), "which_pets", Set.of("cat", "dog", "fish"), "happy", Set.of("disagree", "agree"),
            "country", COUNTRIES);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** With the forms' 2,000, at least 5,000 hostile inputs in all. */
    private static final int MINIMUM = 3_000;
    private static final int TESTS = 5;
    private static int total;
    private static int batches;

    @TestHTTPResource("/")
    URL root;

    @Inject
    CampaignService campaigns;

    @BeforeEach
    void campaign() {
        if (campaigns.find("AFR-SCH-01", CampaignService.Scope.all("test")).isEmpty()) {
            campaigns.create(new CampaignService.Draft("test-poll", "A school", "africa", "fr", "AFR-SCH-01"),
                    CampaignService.Scope.all("test"));
        }
    }

    @AfterAll
    static void countEveryInput() {
        System.out.printf("robustness API: %d hostile inputs in all%n", total);
        if (batches == TESTS) {
            assertThat(total).as("hostile inputs sent to the API").isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    @Test
    void shouldStoreEveryDeliberatelyValidSubmissionOnce() throws Exception {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(validBodies().map(b -> input("valid", b, Expect.STORED)).sample(300, seed(1)));
        inputs.addAll(Gen.combine(validBodies(), HostileInputs.foreignContentTypes().injectNull(0.1), (b, type) ->
                new Input("valid, foreign content type", PATH, type, JsonText.write(b), Expect.EITHER)).sample(100, seed(2)));
        send("valid", inputs, 400, seed(1));
    }

    @Test
    void shouldRefuseStructurallyBrokenJson() throws Exception {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(truncated().sample(300, seed(3)));
        inputs.addAll(trailingJunk().sample(200, seed(4)));
        inputs.addAll(wrongTypes().sample(500, seed(5)));
        inputs.addAll(deepNesting().sample(150, seed(6)));
        inputs.addAll(badNumbers().sample(200, seed(7)));
        inputs.addAll(duplicateKeys().sample(200, seed(8)));
        send("broken JSON", inputs, 1550, seed(3));
    }

    @Test
    void shouldRefuseWellFormedSubmissionsThatBreakARule() throws Exception {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(unknownOptions().sample(400, seed(9)));
        inputs.addAll(unknownQuestionsAndFields().sample(300, seed(10)));
        inputs.addAll(unknownLanguages().sample(200, seed(11)));
        inputs.addAll(brokenRules().sample(250, seed(12)));
        inputs.addAll(oversize().sample(120, seed(13)));
        inputs.addAll(oversize().map(Input::inChunks).sample(30, seed(20)));
        send("broken rules", inputs, 1300, seed(9));
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8Json() throws Exception {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(brokenUtf8().sample(300, seed(14)));
        inputs.addAll(HostileInputs.bytes(2000).map(b -> new Input("random bytes", PATH, JSON, b, Expect.REFUSED))
                .sample(250, seed(15)));
        inputs.addAll(otherEncodings().sample(100, seed(16)));
        inputs.addAll(Gen.combine(truncated(), HostileInputs.foreignContentTypes(), (in, type) ->
                new Input("broken JSON, foreign content type", PATH, type, in.body(), Expect.REFUSED)).sample(100, seed(17)));
        send("bytes", inputs, 750, seed(14));
    }

    @Test
    void shouldRefuseSubmissionsToConsultationsThatTakeNone() throws Exception {
        Gen<Input> notOpen = Gen.combine(Gen.of("closed-poll", "future-poll"), Gen.of(LANGS), Gen.of("yes", "no"),
                (id, lang, fine) -> new Input("closed or future", "/api/v1/consultations/" + id + "/responses", JSON,
                        JsonText.write(Obj.of("lang", lang, "answers", Obj.of("fine", fine))), Expect.REFUSED));
        Gen<Input> unknown = Gen.oneOf(HostileInputs.strings(60), Gen.of("", "TEST-POLL", "test-poll\u0000",
                        "test-poll/x", "test poll", "x".repeat(3000)))
                .filter(id -> !id.contains(".") && !Set.of("test-poll", "closed-poll", "future-poll", "live-poll", "count-poll",
                        "control-poll", "microdata-poll", "purge-poll", "retention-poll", "cyberbullying", "digital-skills").contains(id))
                .flatMap(id -> validBodies().map(b -> new Input("unknown consultation", "/api/v1/consultations/"
                        + HostileInputs.percentEncode(id) + "/responses", JSON, JsonText.write(b), Expect.REFUSED)));
        List<Input> inputs = new ArrayList<>(notOpen.sample(100, seed(18)));
        inputs.addAll(unknown.sample(100, seed(19)));
        send("not open", inputs, 200, seed(18));
    }

    // ---- generators -------------------------------------------------------------------------------------------------

    /** Submissions that break no rule: any language, text of any script within the limit, optional answers left out. */
    static Gen<Obj> validBodies() {
        Gen<String> comments = Gen.oneOf(HostileInputs.text(40), HostileInputs.strings(40))
                .filter(t -> t.strip().codePointCount(0, t.strip().length()) <= 40).injectNull(0.2);
        Gen<String> langs = Gen.of(LANGS);
        Gen<String> yesNo = Gen.of("yes", "no");
        Gen<List<String>> subsets = Gen.subsets(2, "cat", "dog", "fish");
        Gen<String> agreement = Gen.of("disagree", "agree").injectNull(0.3);
        Gen<String> countries = Gen.of(COUNTRIES).injectNull(0.3);
        Gen<String> campaigns = Gen.of("AFR-SCH-01").injectNull(0.6);
        Gen<UUID> uuids = random -> new UUID(random.nextLong(), random.nextLong());
        Gen<UUID> receipts = uuids.injectNull(0.5);
        return random -> {
            String lang = langs.next(random);
            String pets = yesNo.next(random);
            List<String> which = subsets.next(random);
            String happy = agreement.next(random);
            String country = countries.next(random);
            String text = comments.next(random);
            String campaign = campaigns.next(random);
            UUID receipt = receipts.next(random);
            Obj answers = Obj.of("age", "9-18", "pets", pets, "happy", happy);
            if (pets.equals("yes")) {
                answers.put("which_pets", which.stream().sorted().toList());
            }
            if (country != null) {
                answers.put("country", country);
            }
            if (text != null) {
                answers.put("comment", text);
            }
            Obj body = Obj.of("lang", lang, "answers", answers);
            if (campaign != null) {
                body.put("campaign", campaign);
            }
            body.put("receipt", receipt == null ? null : receipt.toString());
            return body;
        };
    }

    static Gen<Input> truncated() {
        return validBodies().map(b -> JsonText.write(b).getBytes(StandardCharsets.UTF_8))
                .flatMap(bytes -> Gen.integers(0, bytes.length - 1)
                        .map(cut -> new Input("truncated", PATH, JSON, java.util.Arrays.copyOf(bytes, cut), Expect.REFUSED)));
    }

    static Gen<Input> trailingJunk() {
        Gen<String> junk = Gen.oneOf(Gen.of("}", "]", ",", "x", "{}", "[]", "null", "0", "\"\"", ",{}",
                        "{\"lang\":\"en\"}", "//", "/* */", "\u0000", " }", "\n]"), HostileInputs.strings(20))
                .filter(j -> !j.strip().isEmpty());
        return Gen.combine(validBodies(), junk,
                (b, j) -> new Input("trailing junk", PATH, JSON, JsonText.write(b) + j, Expect.REFUSED));
    }

    /** Where a value of the wrong type goes, and which wrong values are refused there (null and [] skip an optional answer). */
    private enum Slot {
        ROOT(true, true, false), LANG(true, true, true), CAMPAIGN(false, true, true), RECEIPT(false, true, true),
        ANSWERS(true, true, false), AGE(true, true, true), PETS(true, true, true), HAPPY(false, false, true),
        COUNTRY(false, false, true), COMMENT(false, false, true), WHICH_PETS(false, false, true), WHICH_PETS_ITEM(false, false, true);

        final boolean nullRefused;
        final boolean emptyArrayRefused;
        final boolean objectRefused;

        Slot(boolean nullRefused, boolean emptyArrayRefused, boolean objectRefused) {
            this.nullRefused = nullRefused;
            this.emptyArrayRefused = emptyArrayRefused;
            this.objectRefused = objectRefused;
        }

        Gen<Object> wrongValues() {
            List<Gen<?>> values = new ArrayList<>(List.of(Gen.of(0, -1, 7, 1.5, Long.MAX_VALUE, true, false),
                    Gen.of(new Raw("1e400"), new Raw("-0.0"), new Raw("-1E-400"), new Raw("123456789012345678901234567890")),
                    Gen.of(List.of(1), List.of(List.of()), java.util.Collections.singletonList(null), List.of(true, "yes"),
                            List.of(Obj.of()))));
            if (objectRefused) {
                values.add(Gen.of(Obj.of(), Obj.of("code", "yes"), Obj.of("", null)));
            }
            if (nullRefused) {
                values.add(Gen.just(new Raw("null")));
            }
            if (emptyArrayRefused) {
                values.add(Gen.just(List.of()));
            }
            if (this == ROOT || this == ANSWERS || this == WHICH_PETS) {
                values.add(HostileInputs.strings(20).filter(s -> !s.isBlank()));
            }
            return Gen.oneOf(values.stream().map(a -> a.map(v -> (Object) v)).toList());
        }
    }

    static Gen<Input> wrongTypes() {
        return Gen.of(Slot.values()).flatMap(slot -> Gen.combine(validBodies(), slot.wrongValues(), (body, value) -> {
            Obj answers = (Obj) body.get("answers");
            Object root = body;
            switch (slot) {
                case ROOT -> root = value;
                case LANG, CAMPAIGN, RECEIPT -> body.put(slot.name().toLowerCase(Locale.ROOT), value);
                case ANSWERS -> body.put("answers", value);
                case WHICH_PETS -> answers.put("pets", "yes").put("which_pets", value);
                case WHICH_PETS_ITEM -> answers.put("pets", "yes").put("which_pets", List.of("cat", value));
                default -> answers.put(slot.name().toLowerCase(Locale.ROOT), value);
            }
            return new Input("wrong type at " + slot, PATH, JSON, JsonText.write(root), Expect.REFUSED);
        }));
    }

    static Gen<Input> deepNesting() {
        Gen<Integer> depth = Gen.oneOf(Gen.integers(1, 40), Gen.integers(900, 1100), Gen.integers(1100, 60_000));
        return Gen.combine(validBodies(), depth, Gen.of("root", "age", "comment", "extra", "open"), (body, d, where) -> {
            Obj answers = (Obj) body.get("answers");
            Raw arrays = new Raw("[".repeat(d) + "\"9-18\"" + "]".repeat(d));
            Raw objects = new Raw("{\"a\":".repeat(d) + "1" + "}".repeat(d));
            switch (where) {
                case "age" -> answers.put("age", arrays);
                case "comment" -> answers.put("comment", objects);
                case "extra" -> body.put("extra", objects);
                case "open" -> body.put("answers", new Raw("[{".repeat(d)));
                default -> { }
            }
            return new Input("deep nesting in " + where, PATH, JSON, JsonText.write(where.equals("root") ? arrays : body),
                    Expect.REFUSED);
        });
    }

    static Gen<Input> badNumbers() {
        Gen<String> digits = Gen.integers(1, 20_000).flatMap(n -> Gen.strings(Gen.chars('0', '9'), n, n))
                .map(s -> s.startsWith("0") ? "1" + s : s);
        Gen<Raw> number = Gen.oneOf(digits.map(Raw::new), digits.map(d -> new Raw("-" + d)),
                digits.map(d -> new Raw("0." + d)), digits.map(d -> new Raw("1e" + d)), digits.map(d -> new Raw(d + "E-" + d)),
                Gen.of("01", "+1", ".5", "1.", "NaN", "Infinity", "-Infinity", "-", "1e", "0x10", "1_000", "１")
                        .map(Raw::new));
        return Gen.combine(validBodies(), number, Gen.of("lang", "age", "comment", "extra", "campaign", "item"),
                (body, n, where) -> {
                    Obj answers = (Obj) body.get("answers");
                    switch (where) {
                        case "lang", "campaign", "extra" -> body.put(where, n);
                        case "item" -> answers.put("pets", "yes").put("which_pets", List.of(n));
                        default -> answers.put(where, n);
                    }
                    return new Input("bad number", PATH, JSON, JsonText.write(body), Expect.REFUSED);
                });
    }

    static Gen<Input> duplicateKeys() {
        return Gen.combine(validBodies(), Gen.of("lang", "answers", "campaign", "age", "pets", "happy", "comment"),
                Gen.of(true, false), (body, key, same) -> {
            Obj answers = (Obj) body.get("answers");
            Obj holder = QUESTIONS.contains(key) ? answers : body;
            Object value = holder.get(key) != null ? holder.get(key) : key.equals("campaign") ? "AFR-SCH-01" : "agree";
            holder.put(key, value).add(key, same ? value : key.equals("lang") ? "en" : value instanceof String ? "no" : Obj.of());
            return new Input("duplicate key", PATH, JSON, JsonText.write(body), Expect.REFUSED);
        });
    }

    static Gen<Input> unknownOptions() {
        return Gen.of("age", "pets", "happy", "country", "which_pets").flatMap(q -> Gen.combine(validBodies(),
                HostileInputs.oddCodes(OPTIONS.get(q), 30), (body, code) -> {
            Obj answers = (Obj) body.get("answers");
            if (q.equals("which_pets")) {
                answers.put("pets", "yes").put("which_pets", List.of("dog", code));
            } else {
                answers.put(q, code);
            }
            return new Input("unknown option", PATH, JSON, JsonText.write(body), Expect.REFUSED);
        }));
    }

    static Gen<Input> unknownQuestionsAndFields() {
        Gen<String> names = HostileInputs.strings(40);
        Gen<Object> values = Gen.oneOf(HostileInputs.strings(40).filter(s -> !s.isBlank()),
                Gen.of(List.of("x"), List.of(""), 1, true, Obj.of()));
        Gen<Input> questions = Gen.combine(validBodies(), names.filter(n -> !QUESTIONS.contains(n)), values,
                (body, name, value) -> {
                    ((Obj) body.get("answers")).put(name, value);
                    return new Input("unknown question", PATH, JSON, JsonText.write(body), Expect.REFUSED);
                });
        Gen<Input> fields = Gen.combine(validBodies(), names.filter(n -> !FIELDS.contains(n)),
                values.injectNull(0.2), (body, name, value) -> new Input("unknown field", PATH, JSON,
                JsonText.write(body.put(name, value)), Expect.REFUSED));
        return Gen.oneOf(questions, fields);
    }

    static Gen<Input> unknownLanguages() {
        Gen<String> odd = Gen.oneOf(HostileInputs.oddCodes(Set.copyOf(LANGS), 20),
                Gen.of("", " ", "en ", " en", "en-GB", "zh-Hans", "fr_FR", "de", "pt", "und", "*", "EN", "Ar"));
        return Gen.combine(validBodies(), odd, (body, lang) ->
                new Input("unknown language", PATH, JSON, JsonText.write(body.put("lang", lang)), Expect.REFUSED));
    }

    static Gen<Input> brokenRules() {
        Gen<String> campaign = HostileInputs.strings(40).filter(c -> !c.isBlank() && !c.equals("AFR-SCH-01"));
        Gen<String> receipt = HostileInputs.strings(40).filter(r -> !r.isBlank() && !isUuid(r));
        Gen<String> longText = Gen.strings(Gen.oneOf(Gen.chars('a', 'z'), Gen.chars('A', 'Z'), Gen.chars('\u4E00', '\u4FFF')),
                41, 3000);
        return Gen.combine(validBodies(), Gen.of("too many", "repeated", "hidden", "under age", "over age",
                "no age", "no pets", "campaign", "receipt", "long text", "country"), campaign, receipt, longText,
                (body, rule, c, r, text) -> {
                    Obj answers = (Obj) body.get("answers");
                    switch (rule) {
                        case "too many" -> answers.put("pets", "yes").put("which_pets", List.of("cat", "dog", "fish"));
                        case "repeated" -> answers.put("pets", "yes").put("which_pets", List.of("cat", "cat"));
                        case "hidden" -> answers.put("pets", "no").put("which_pets", List.of("fish"));
                        case "under age" -> answers.put("age", "under-9");
                        case "over age" -> answers.put("age", "19-plus");
                        case "no age", "no pets" -> answers.fields().removeIf(f -> f.getKey().equals(rule.substring(3)));
                        case "campaign" -> body.put("campaign", c);
                        case "receipt" -> body.put("receipt", r);
                        case "long text" -> answers.put("comment", text);
                        default -> answers.put("country", "XQ");
                    }
                    return new Input("broken rule: " + rule, PATH, JSON, JsonText.write(body), Expect.REFUSED);
                });
    }

    /** Strings far over every limit, in bodies under and over the 256K the server reads. */
    static Gen<Input> oversize() {
        Gen<Integer> codePoints = Gen.oneOf(Gen.integers(41, 5_000), Gen.integers(200_000, 400_000));
        return Gen.combine(validBodies(), codePoints, Gen.of("a", "é", "中", "😀", "\u202E"),
                Gen.of("comment", "lang", "campaign", "question", "code"), (body, n, unit, where) -> {
            String big = unit.repeat(n);
            Obj answers = (Obj) body.get("answers");
            switch (where) {
                case "comment" -> answers.put("comment", "x" + big);
                case "question" -> answers.put("q" + big, "yes");
                case "code" -> answers.put("pets", big);
                default -> body.put(where, big);
            }
            return new Input("oversize " + where, PATH, JSON, JsonText.write(body), Expect.REFUSED);
        });
    }

    static Gen<Input> brokenUtf8() {
        return validBodies().map(body -> JsonText.write(body).getBytes(StandardCharsets.UTF_8))
                .flatMap(bytes -> Gen.combine(HostileInputs.brokenUtf8(), Gen.integers(0, bytes.length),
                        (piece, at) -> HostileInputs.insert(bytes, piece, at)))
                .filter(bytes -> !HostileInputs.isUtf8(bytes))
                .map(bytes -> new Input("broken UTF-8", PATH, JSON, bytes, Expect.REFUSED));
    }

    static Gen<Input> otherEncodings() {
        return Gen.combine(validBodies(), Gen.of("UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32", "ISO-8859-1", "BOM"),
                (body, charset) -> {
                    ((Obj) body.get("answers")).put("comment", "été");
                    String text = JsonText.write(body);
                    if (charset.equals("BOM")) {
                        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                        return new Input("UTF-8 with BOM", PATH, JSON, HostileInputs.insert(utf8, new byte[] {(byte) 0xEF, (byte) 0xBB,
                                (byte) 0xBF}, 0), Expect.EITHER);
                    }
                    return new Input("encoded " + charset, PATH, JSON, text.getBytes(Charset.forName(charset)), Expect.REFUSED);
                });
    }

    // ---- running and checking ---------------------------------------------------------------------------------------

    private void send(String name, List<Input> inputs, int planned, long seed) throws URISyntaxException {
        Probe probe = new Probe(root.toURI(), status -> status == 200 || status == 201, status -> status == 201);
        long lastQuote = Database.lastQuote();
        probe.run(inputs, RobustnessPropertiesTest::check);
        Database.rejectQuotesAfter(lastQuote);
        total += probe.hostile();
        batches++;
        probe.assertSound("API " + name, seed, planned);
    }

    /** A refusal is a 4xx with {"errors":[{"code":…,"message":…}]}; a success carries the receipt. */
    static String check(Input input, Probe.Reply reply) {
        if (!reply.contentType().startsWith(JSON)) {
            return "status " + reply.status() + " with content type " + reply.contentType() + ": " + Probe.shortBody(reply);
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(reply.body());
        } catch (Exception unreadable) {
            return "status " + reply.status() + " with a body that is not JSON: " + Probe.shortBody(reply);
        }
        if (reply.status() == 200 || reply.status() == 201) {
            return json.path("receipt").isTextual() ? null : "status " + reply.status() + " without a receipt";
        }
        JsonNode errors = json.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return "status " + reply.status() + " without an errors array: " + Probe.shortBody(reply);
        }
        for (JsonNode error : errors) {
            if (!error.path("code").isTextual() || error.path("message").asText().isBlank()) {
                return "an error without code or message: " + Probe.shortBody(reply);
            }
        }
        return null;
    }

    private static Input input(String kind, Obj body, Expect expect) {
        return new Input(kind, PATH, JSON, JsonText.write(body), expect);
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    private static long seed(int stream) {
        return Gen.SEED * 31 + stream;
    }
}
