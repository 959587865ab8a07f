package org.youthvoice.results;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.reports.ResultsExport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Public results under the publication rule, with suppression applied to every number. */
@QuarkusTest
public class ResultsApiTest {

    public static final String ID = "live-poll";

    /**
     * Forty responses: in French and Spanish in turn, from France and Senegal, saying yes or skipping the question. So
     * no breakdown group holds everyone, both languages and both countries are listed (twice min_cell each), and "yes",
     * everyone's answer among those who answered, stays hidden with "no", which nobody gave.
     */
    public static void submitMixed() {
        for (int i = 0; i < 40; i++) {
            submit(i % 2 == 0 ? "fr" : "es", i % 7 == 6 ? null : "yes", (i / 2) % 2 == 0 ? "FR" : "SN");
        }
    }

    /** One response in French. */
    public static void submit(String answer, String country) {
        submit("fr", answer, country);
    }

    /** One response, then the snapshots that are due; a null answer skips the question. */
    public static void submit(String lang, String answer, String country) {
        String fine = answer == null ? "" : "\"fine\":\"" + answer + "\",";
        given().contentType(ContentType.JSON).body("{\"lang\":\"" + lang + "\",\"answers\":{" + fine + "\"country\":\"" + country + "\"}}")
                .post("/api/v1/consultations/" + ID + "/responses").then().statusCode(201);
        org.youthvoice.support.Releases.due();
    }

    @Test
    void shouldPublishOnlyUnderThePublicationRule() {
        given().get("/api/v1/consultations/test-poll/results").then().statusCode(404);
        given().get("/api/v1/consultations/closed-poll/results").then().statusCode(200);
        given().get("/api/v1/consultations/no-such/results").then().statusCode(404);
        given().get("/api/v1/consultations/" + ID + "/results?by=shoe_size").then().statusCode(400);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void shouldShowTheResultsPageInEachLanguage(String lang) {
        submitMixed();
        String html = given().get("/" + lang + "/results/" + ID).asString();
        assertThat(html).contains("<html lang=\"" + lang + "\" dir=\"" + ("ar".equals(lang) ? "rtl" : "ltr") + "\"")
                .contains("<svg viewBox=\"0 0 100 10\"").contains(org.youthvoice.respondent.WebFlowTest.message(lang, "results_method_heading"));
        assertThat(html).contains(org.youthvoice.respondent.WebFlowTest.message(lang, "results_summary"));
        String unpublished = given().get("/" + lang + "/results/test-poll").asString();
        assertThat(unpublished).contains(org.youthvoice.respondent.WebFlowTest.message(lang, "results_not_yet"));
        given().get("/" + lang + "/results/test-poll").then().statusCode(404);
    }

    @Test
    void shouldOfferTheOpenDataBundleOfPublishedResultsOnly() throws Exception {
        submitMixed();
        byte[] zip = given().get("/api/v1/consultations/" + ID + "/open-data.zip").then().statusCode(200).extract().asByteArray();
        java.util.Map<String, String> entries = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.get("results.csv")).startsWith(String.join(",", ResultsExport.COLUMNS)).contains(",lang,fr,");
        assertThat(entries.get("dictionary.csv")).startsWith("question_id,type,role,option_code,text_ar,text_zh,text_en")
                .contains("fine,single,,yes,نعم,好,Yes,Oui,Да,Sí");
        given().get("/api/v1/consultations/test-poll/open-data.zip").then().statusCode(404);
        assertThat(given().get("/fr/results/" + ID).asString()).contains("/api/v1/consultations/" + ID + "/open-data.zip");
    }

    @Test
    void shouldSuppressEverythingWithZeroResponses() {
        JsonPath zero = given().get("/api/v1/consultations/closed-poll/results?by=gender").jsonPath();
        assertThat(zero.getString("responses")).isNull();
        assertThat(zero.getList("questions[0].options.suppressed")).containsOnly(true);
        assertThat(zero.getList("questions[0].options.count")).containsOnly((Object) null);
        assertThat(zero.getList("groups")).isEmpty();
    }

    @Test
    void shouldPublishLargeCellsAndHideSmallOnesBeyondRecovery() {
        for (int i = 0; i < 14; i++) {
            submit("yes", i % 2 == 0 ? "SN" : "NG");
        }
        for (int i = 0; i < 3; i++) {
            submit("no", "KE");
        }
        JsonPath r = given().get("/api/v1/consultations/" + ID + "/results?by=country").jsonPath();
        long responses = r.getLong("responses");
        assertThat(responses).as("the released snapshot: at most min_cell - 1 behind").isGreaterThanOrEqualTo(17 - 9);
        Map<String, Object> no = r.getMap("questions[0].options.find { it.code == 'no' }");
        long trueNo = ((Number) org.youthvoice.support.Database.em().createNativeQuery("select coalesce(sum(n), 0) from result_cell"
                + " where consultation_id = ?1 and question_id = 'fine' and option_code = 'no' and dim = 'all'").setParameter(1, ID)
                .getSingleResult()).longValue();
        if (trueNo < 10) {
            // the released snapshot counted no more of them than there are now
            assertThat(no.get("count")).isNull();
            assertThat(no.get("suppressed")).isEqualTo(true);
        }
        // the answered total minus the published options must not give a hidden one
        Object answered = r.get("questions[0].answered");
        List<Object> hidden = r.getList("questions[0].options.findAll { it.count == null }.code");
        assertThat(answered == null || hidden.size() != 1).as("answered %s, hidden %s", answered, hidden).isTrue();
        // no group below the minimum is listed, and Kenya (3 responses) is not named anywhere
        assertThat(r.getList("groups.key")).doesNotContain("KE");
        assertThat(r.prettyPrint()).doesNotContain("\"KE\"");
    }
}
