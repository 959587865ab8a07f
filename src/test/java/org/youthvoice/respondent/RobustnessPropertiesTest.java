package org.youthvoice.respondent;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthvoice.i18n.Lang;
import org.youthvoice.privacy.FormTokens;
import org.youthvoice.privacy.PrivacyConfig;
import org.youthvoice.support.Database;
import org.youthvoice.support.FormWalker;
import org.youthvoice.support.Gen;
import org.youthvoice.support.HostileInputs;
import org.youthvoice.support.Probe.Expect;
import org.youthvoice.support.Probe.Input;
import org.youthvoice.support.Probe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated mutations of the real answering forms, drawn under a fixed seed: each one answered with a
 * page in the respondent's language (or the redirect to the thank-you page), never a 5xx, never anything half-stored;
 * only the deliberately valid final pages stored.
 */
@QuarkusTest
class RobustnessPropertiesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> LANGS = List.of("ar", "zh", "en", "fr", "ru", "es");
    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());
    private static final Set<String> OWN_FIELDS = Set.of("token", "step", "nav", "campaign", "website", "q.age", "q.pets",
            "q.which_pets", "q.happy", "q.country", "q.comment");
    private static final Pattern HTML_LANG = Pattern.compile("<html lang=\"([a-z]{2})\"");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{2}");
    private static final Pattern THANKS = Pattern.compile("/([a-z]{2})/c/test-poll/thanks(\\?.*)?");
    /** With the API's 3,000, at least 5,000 hostile inputs in all. */
    private static final int MINIMUM = 2_000;
    private static final int TESTS = 5;
    private static int total;
    private static int batches;

    /** The welcome page and the four pages of test-poll, from a real walk through the flow. */
    private static List<FormWalker.Form> pages;

    @TestHTTPResource("/")
    URL root;

    @Inject
    FormTokens tokens;

    @Inject
    PrivacyConfig privacy;

    /** A field of a posted form. */
    record Field(String name, String value) {
    }

    @BeforeEach
    void walkTheRealForms() {
        if (pages == null) {
            FormWalker.Form welcome = FormWalker.Form.of(given().get("/en/c/test-poll").asString());
            FormWalker.Form age = FormWalker.Form.of(welcome.post(Map.of(), "start").asString());
            FormWalker.Form pets = FormWalker.Form.of(age.post(Map.of("q.age", List.of("9-18")), "next").asString());
            FormWalker.Form which = FormWalker.Form.of(pets.post(Map.of("q.pets", List.of("yes")), "next").asString());
            FormWalker.Form last = FormWalker.Form.of(which.post(Map.of("q.which_pets", List.of("cat"), "q.happy", List.of("agree"),
                    "q.country", List.of("KE")), "next").asString());
            pages = List.of(welcome, age, pets, which, last);
        }
    }

    @AfterAll
    static void countEveryInput() {
        System.out.printf("robustness forms: %d hostile inputs in all%n", total);
        if (batches == TESTS) {
            assertThat(total).as("hostile inputs sent to the forms").isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    @Test
    void shouldStoreEveryDeliberatelyValidLastPageOnceAndNothingBefore() throws Exception {
        List<Input> inputs = new ArrayList<>(Gen.combine(Gen.of(LANGS), validLastPages(),
                (lang, fields) -> input("valid last page", lang, fields, Expect.STORED)).sample(250, seed(1)));
        inputs.addAll(Gen.combine(Gen.of(LANGS), Gen.integers(0, 3), Gen.of("next", "back", "stay", "start"),
                (lang, step, nav) -> input("valid earlier page", lang, earlierPage(step, nav), Expect.NOT_STORED))
                .sample(150, seed(2)));
        inputs.addAll(Gen.combine(Gen.of(LANGS), validLastPages(), HostileInputs.strings(40).filter(s -> !s.isBlank()),
                (lang, fields, robot) -> input("honeypot filled", lang, replace(fields, "website", robot), Expect.NOT_STORED))
                .sample(100, seed(3)));
        send("valid", inputs, 500, seed(1));
    }

    @Test
    void shouldRefuseTamperedForgedAndExpiredTokens() throws Exception {
        send("tokens", Gen.combine(Gen.of(LANGS), validLastPages(), badTokens(), Gen.of(0, 4),
                (lang, fields, token, page) -> input("token " + token.getKey(), lang, page == 0
                        ? List.of(new Field("token", token.getValue()), new Field("nav", "start"))
                        : replace(fields, "token", token.getValue()), Expect.REFUSED)).sample(350, seed(4)), 350, seed(4));
    }

    @Test
    void shouldIgnoreOrRefuseForgedFieldsAndValues() throws Exception {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(duplicatedFields().sample(150, seed(5)));
        inputs.addAll(unknownFields().sample(200, seed(6)));
        inputs.addAll(odd("nav", HostileInputs.strings(30)).sample(150, seed(7)));
        inputs.addAll(odd("step", Gen.oneOf(HostileInputs.strings(20), Gen.of("-1", "4", "99999999999",
                "1e3", "0x3", " 3", "3.0", "+3", "٣")).filter(s -> !s.equals("3"))).sample(100, seed(8)));
        inputs.addAll(odd("campaign", HostileInputs.strings(40)).sample(100, seed(9)));
        inputs.addAll(wrongAnswers().sample(200, seed(10)));
        inputs.addAll(overlong().sample(150, seed(11)));
        inputs.addAll(overlong().map(Input::inChunks).sample(30, seed(19)));
        send("forged fields", inputs, 1080, seed(5));
    }

    @Test
    void shouldRefuseBrokenEncodingWithAPageInTheRespondentsLanguage() throws Exception {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(brokenBytes("broken percent-encoding", Gen.of("%Z", "%G0", "%%", "%-1", "%.", "%x", "%\u00e9")
                .map(s -> s.getBytes(StandardCharsets.UTF_8))).sample(250, seed(12)));
        inputs.addAll(brokenBytes("broken UTF-8, escaped", HostileInputs.brokenUtf8().map(bytes -> escape(bytes)
                .getBytes(StandardCharsets.US_ASCII))).sample(150, seed(13)));
        inputs.addAll(brokenBytes("broken UTF-8, raw", HostileInputs.brokenUtf8()).sample(100, seed(14)));
        inputs.addAll(foreignContentTypes().sample(100, seed(15)));
        send("encoding", inputs, 600, seed(12));
    }

    @Test
    void shouldRefuseConsultationsThatTakeNoAnswersAndUnknownLanguages() throws Exception {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(Gen.combine(Gen.of(LANGS), Gen.of("closed-poll", "future-poll"), validLastPages(),
                (lang, id, fields) -> new Input("answers to " + id, "/" + lang + "/c/" + id, FORM, encode(fields),
                        Expect.REFUSED)).sample(150, seed(16)));
        inputs.addAll(Gen.combine(Gen.of(LANGS), HostileInputs.strings(40).filter(id -> !id.isEmpty()
                        && !id.contains(".") && !id.equals("test-poll")), validLastPages(),
                (lang, id, fields) -> new Input("unknown consultation", "/" + lang + "/c/" + HostileInputs.percentEncode(id), FORM,
                        encode(fields), Expect.REFUSED)).sample(100, seed(17)));
        inputs.addAll(unknownLanguages().sample(150, seed(18)));
        send("not open", inputs, 400, seed(16));
    }

    // ---- generators -------------------------------------------------------------------------------------------------

    /** The fields of the real last page, with a new token and any valid answers, sent with the "next" button. */
    Gen<List<Field>> validLastPages() {
        Gen<String> comment = HostileInputs.text(40).filter(t -> t.strip().codePointCount(0, t.strip().length()) <= 40);
        return Gen.combine(Gen.of("yes", "no"), Gen.subsets(2, "cat", "dog", "fish"), Gen.of("disagree", "agree", ""),
                Gen.of(COUNTRIES).injectNull(0.3), comment.injectNull(0.2), (pets, which, happy, country, text) -> {
                    Map<String, List<String>> answers = new LinkedHashMap<>(Map.of("q.age", List.of("9-18"), "q.pets", List.of(pets),
                            "q.happy", List.of(happy), "q.country", country == null ? List.of() : List.of(country),
                            "q.which_pets", pets.equals("yes") ? which.stream().sorted().toList() : List.of()));
                    List<Field> fields = new ArrayList<>();
                    for (String[] hidden : pages.get(4).hidden()) {
                        if (hidden[0].equals("token")) {
                            fields.add(new Field("token", tokens.issue("test-poll")));
                        } else if (answers.containsKey(hidden[0])) {
                            answers.remove(hidden[0]).forEach(value -> fields.add(new Field(hidden[0], value)));
                        } else if (!hidden[0].startsWith(FormAnswers.PREFIX)) {
                            fields.add(new Field(hidden[0], hidden[1]));
                        }
                    }
                    answers.forEach((name, values) -> values.forEach(value -> fields.add(new Field(name, value))));
                    fields.add(new Field("q.comment", text == null ? "" : text));
                    fields.add(new Field("website", ""));
                    fields.add(new Field("nav", "next"));
                    return fields;
                });
    }

    /** The real welcome page or an earlier page, answered validly, sent with one of the buttons. */
    private List<Field> earlierPage(int step, String nav) {
        List<Field> fields = new ArrayList<>();
        FormWalker.Form page = pages.get(step);
        page.hidden().forEach(h -> fields.add(new Field(h[0], h[0].equals("token") ? tokens.issue("test-poll") : h[1])));
        page.fields().forEach((name, values) -> fields.add(new Field(name, name.equals("q.age") ? "9-18" : values.get(0))));
        fields.add(new Field("nav", nav));
        return fields;
    }

    /** Tokens this service did not issue for this consultation, or issued too long ago, or not yet valid; by kind. */
    Gen<Map.Entry<String, String>> badTokens() {
        return Gen.of("tampered", "forged", "expired", "future", "foreign", "truncated", "overlong", "missing", "hostile",
                "prefixed").flatMap(kind -> badTokens(kind).map(token -> Map.entry(kind, token)));
    }

    private Gen<String> badTokens(String kind) {
        Duration lifetime = privacy.formLifetime();
        return switch (kind) {
            case "tampered" -> Gen.integers(0, 1000).map(at -> tamper(tokens.issue("test-poll"), at));
            case "forged" -> HostileInputs.bytes(40).map(bytes -> base64(bytes) + "." + base64(bytes));
            case "expired" -> random -> new FormTokens(privacy, Clock.offset(Clock.systemUTC(),
                    lifetime.plusMinutes(2).negated())).issue("test-poll");
            case "future" -> random -> new FormTokens(privacy, Clock.offset(Clock.systemUTC(),
                    Duration.ofMinutes(5))).issue("test-poll");
            case "foreign" -> Gen.of("cyberbullying", "closed-poll", "Test-poll", "").map(tokens::issue);
            case "truncated" -> Gen.integers(0, 49).map(n -> tokens.issue("test-poll").substring(0, n));
            case "overlong" -> Gen.integers(1, 5000).map(n -> tokens.issue("test-poll") + "A".repeat(n));
            case "missing" -> Gen.just("");
            case "hostile" -> HostileInputs.strings(100);
            default -> HostileInputs.strings(20).map(s -> s + "\u0000" + tokens.issue("test-poll"));
        };
    }

    Gen<Input> duplicatedFields() {
        return Gen.combine(Gen.of(LANGS), validLastPages(), Gen.integers(0, 20), HostileInputs.strings(30),
                (lang, fields, at, value) -> {
            List<Field> more = new ArrayList<>(fields);
            Field copied = fields.get(at % fields.size());
            more.add(Math.min(more.size(), at % fields.size() + 1 + at % 3), new Field(copied.name(), at % 2 == 0 ? copied.value() : value));
            return input("duplicated " + copied.name(), lang, more, Expect.EITHER);
        });
    }

    Gen<Input> unknownFields() {
        return Gen.combine(Gen.of(LANGS), validLastPages(), HostileInputs.strings(30)
                .filter(n -> !OWN_FIELDS.contains(n)).list(1, 4), HostileInputs.strings(60),
                (lang, fields, names, value) -> {
                    List<Field> more = new ArrayList<>(fields);
                    names.forEach(name -> more.add(more.size() / 2, new Field(name, value)));
                    return input("unknown field", lang, more, Expect.EITHER);
                });
    }

    /** A valid last page with one field's value replaced: tolerated (an unknown button counts as "next"). */
    Gen<Input> odd(String field, Gen<String> values) {
        return Gen.combine(Gen.of(LANGS), validLastPages(), values,
                (lang, fields, value) -> input("odd " + field, lang, replace(fields, field, value), Expect.EITHER));
    }

    /** Answers no page offers, on the page that asks them or carried on the last page: never stored. */
    Gen<Input> wrongAnswers() {
        Map<String, Set<String>> offered = Map.of("q.age", Set.of("under-9", "9-18", "19-plus"), "q.pets", Set.of("yes", "no"),
                "q.happy", Set.of("disagree", "agree"), "q.country", Set.copyOf(COUNTRIES), "q.which_pets", Set.of("cat", "dog", "fish"));
        Gen<Map.Entry<String, String>> wrong = Gen.oneOf(
                Gen.of(offered.keySet()).flatMap(q -> HostileInputs.oddCodes(offered.get(q), 30).map(code -> Map.entry(q, code))),
                Gen.of(Map.entry("q.age", "under-9"), Map.entry("q.age", "19-plus")));
        return Gen.combine(Gen.of(LANGS), validLastPages(), wrong, Gen.of(true, false),
                (lang, fields, answer, onLastPage) -> {
                    if (onLastPage) {
                        List<Field> changed = replace(fields, answer.getKey(), answer.getValue());
                        if (answer.getKey().equals("q.which_pets")) {
                            changed = replace(replace(changed, "q.pets", "yes"), "q.which_pets", "cat");
                            changed.add(new Field("q.which_pets", answer.getValue()));
                        }
                        return input("wrong " + answer.getKey() + " on the last page", lang, changed, Expect.NOT_STORED);
                    }
                    int step = switch (answer.getKey()) {
                        case "q.age" -> 1;
                        case "q.pets" -> 2;
                        default -> 3;
                    };
                    List<Field> page = replace(replace(earlierPage(step, "next"), "q.pets", "yes"), answer.getKey(), answer.getValue());
                    return input("wrong " + answer.getKey(), lang, page, Expect.NOT_STORED);
                });
    }

    /** Values far over every limit, in bodies under and over the 256K the server reads. */
    Gen<Input> overlong() {
        Gen<Integer> codePoints = Gen.oneOf(Gen.integers(41, 5_000), Gen.integers(30_000, 150_000));
        return Gen.combine(Gen.of(LANGS), validLastPages(), codePoints, Gen.of("a", "é", "中", "😀"),
                Gen.of("q.comment", "q.pets", "token", "campaign", "nav", "step", "extra"), (lang, fields, n, unit, field) -> {
            String big = unit.repeat(n);
            boolean refused = Set.of("q.comment", "q.pets", "token").contains(field);
            return input("overlong " + field, lang, field.equals("extra") ? append(fields, "extra", big) : replace(fields, field, big),
                    refused ? Expect.REFUSED : Expect.EITHER);
        });
    }

    /** Bytes that make the form undecodable (as {@link #decodes} judges it), put anywhere in an otherwise valid last page. */
    Gen<Input> brokenBytes(String kind, Gen<byte[]> pieces) {
        return Gen.combine(Gen.of(LANGS), validLastPages(), pieces, Gen.integers(0, 1_000_000),
                (lang, fields, piece, at) -> {
                    byte[] body = encode(fields).getBytes(StandardCharsets.US_ASCII);
                    return Map.entry(lang, HostileInputs.insert(body, piece, at % (body.length + 1)));
                }).filter(sent -> !decodes(sent.getValue()))
                .map(sent -> new Input(kind, "/" + sent.getKey() + "/c/test-poll", FORM, sent.getValue(), Expect.REFUSED));
    }

    Gen<Input> foreignContentTypes() {
        Gen<String> refused = Gen.of("text/plain", "application/json", "multipart/form-data; boundary=--x",
                "application/xml", "image/png", "application/octet-stream", "text/html; charset=utf-8");
        Gen<String> odd = HostileInputs.foreignContentTypes().injectNull(0.15);
        Gen<Map.Entry<String, Expect>> types = Gen.oneOf(refused.map(t -> new SimpleEntry<>(t, Expect.REFUSED)),
                odd.map(t -> new SimpleEntry<>(t, Expect.EITHER)));
        return Gen.combine(Gen.of(LANGS), validLastPages(), types, (lang, fields, type) -> new Input(
                "content type " + type.getKey(), "/" + lang + "/c/test-poll", type.getKey(), encode(fields), type.getValue()));
    }

    /** Language segments the service does not speak, with the respondent's own language in Accept-Language. */
    Gen<Input> unknownLanguages() {
        Gen<String> segments = Gen.oneOf(Gen.strings(Gen.chars('a', 'z'), 2, 2).filter(s -> !LANGS.contains(s)),
                Gen.of("EN", "Fr", "eng", "e", "zh-CN", "ar_SA", "x"), HostileInputs.strings(10).filter(s -> !s.isEmpty()
                        && !s.contains(".") && !s.contains("/") && !LANGS.contains(s)).map(HostileInputs::percentEncode));
        return Gen.combine(segments, Gen.of(LANGS), validLastPages(), (segment, accepted, fields) -> new Input(
                "unknown language", "/" + segment + "/c/test-poll", FORM, encode(fields), Expect.REFUSED)
                .with(Map.of("Accept-Language", accepted + ";q=0.9, de;q=0.5")));
    }

    // ---- running and checking ---------------------------------------------------------------------------------------

    private void send(String name, List<Input> inputs, int planned, long seed) throws URISyntaxException {
        Probe probe = new Probe(root.toURI(), status -> status == 303, status -> false);
        long lastQuote = Database.lastQuote();
        probe.run(inputs, RobustnessPropertiesTest::check);
        Database.rejectQuotesAfter(lastQuote);
        total += probe.hostile();
        batches++;
        probe.assertSound("forms " + name, seed, planned);
    }

    /** A redirect goes to the thank-you page; anything else is a page in the language of the path, or of the browser. */
    static String check(Input input, Probe.Reply reply) {
        String[] segments = input.path().split("/");
        Lang expected = Lang.of(segments[1]).orElseGet(() -> Lang.fromAcceptLanguage(input.headers().get("Accept-Language")));
        if (reply.status() == 303) {
            Matcher thanks = THANKS.matcher(reply.location() == null ? "" : reply.location().replaceFirst("^https?://[^/]+", ""));
            return thanks.matches() && thanks.group(1).equals(expected.code()) ? null : "redirect to " + reply.location();
        }
        if (!reply.contentType().startsWith("text/html")) {
            return "status " + reply.status() + " with content type " + reply.contentType() + ": " + Probe.shortBody(reply);
        }
        Matcher lang = HTML_LANG.matcher(reply.body());
        if (!lang.find() || !lang.group(1).equals(expected.code())) {
            return "status " + reply.status() + " not a page in " + expected.code() + ": " + Probe.shortBody(reply);
        }
        return reply.body().contains("{msg:") ? "a message key left on the page" : null;
    }

    private static Input input(String kind, String lang, List<Field> fields, Expect expect) {
        return new Input(kind, "/" + lang + "/c/test-poll", FORM, encode(fields), expect);
    }

    static String encode(List<Field> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach(f -> pairs.add(HostileInputs.percentEncode(f.name()) + "=" + HostileInputs.percentEncode(f.value())));
        return String.join("&", pairs);
    }

    /** The fields with the first one of that name given another value (added when absent), and later ones kept. */
    private static List<Field> replace(List<Field> fields, String name, String value) {
        List<Field> changed = new ArrayList<>(fields);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).name().equals(name)) {
                changed.set(i, new Field(name, value));
                return changed;
            }
        }
        changed.add(new Field(name, value));
        return changed;
    }

    private static List<Field> append(List<Field> fields, String name, String value) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value));
        return more;
    }

    /** The token with one character, not the last of either part, changed to another of the base64url alphabet. */
    private static String tamper(String token, int at) {
        int dot = token.indexOf('.');
        int index = at % 2 == 0 ? at / 2 % (dot - 1) : dot + 1 + at / 2 % (token.length() - dot - 2);
        char c = token.charAt(index);
        return token.substring(0, index) + (c == 'A' ? 'B' : 'A') + token.substring(index + 1);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a form body decodes: every escape is % and two hex digits, and every name and value is UTF-8. */
    static boolean decodes(byte[] body) {
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            for (String part : pair.split("=", 2)) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < part.length(); i++) {
                    if (part.charAt(i) != '%') {
                        bytes.write(part.charAt(i));
                    } else if (i + 2 < part.length() && HEX.matcher(part.substring(i + 1, i + 3)).matches()) {
                        bytes.write(Integer.parseInt(part.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        return false;
                    }
                }
                if (!HostileInputs.isUtf8(bytes.toByteArray())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%%%02X", b & 0xFF));
        }
        return out.toString();
    }

    private static long seed(int stream) {
        return Gen.SEED * 37 + stream;
    }
}
