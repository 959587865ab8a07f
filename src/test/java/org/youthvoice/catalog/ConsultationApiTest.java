package org.youthvoice.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthvoice.campaign.CampaignService;
import org.youthvoice.response.StoredResponse;
import org.youthvoice.support.Database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The public JSON API: list, definition, and every way a submission is accepted or refused. */
@QuarkusTest
class ConsultationApiTest {

    @Inject
    CampaignService campaigns;

    @Inject
    org.youthvoice.privacy.TextCipher cipher;

    @BeforeEach
    void campaign() {
        if (campaigns.find("AFR-SCH-01", CampaignService.Scope.all("test")).isEmpty()) {
            campaigns.create(new CampaignService.Draft("test-poll", "A school", "africa", "fr", "AFR-SCH-01"),
                    CampaignService.Scope.all("test"));
        }
    }

    static final String VALID = """
            {"lang":"fr","campaign":"AFR-SCH-01","answers":{"age":"9-18","pets":"yes","which_pets":["cat","dog"],
             "happy":"agree","country":"SN","comment":"Bien"}}""";

    @Test
    void shouldListEveryConsultationWithItsStatus() {
        given().get("/api/v1/consultations").then().statusCode(200)
                .body("find { it.id == 'test-poll' }.status", equalTo("open"))
                .body("find { it.id == 'closed-poll' }.status", equalTo("closed"))
                .body("find { it.id == 'future-poll' }.status", equalTo("scheduled"))
                .body("find { it.id == 'cyberbullying' }.title.ar", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()))
                .body("id", hasItem("digital-skills"));
    }

    @Test
    void shouldServeTheDefinitionInTheFieldNamesOfTheFile() {
        given().get("/api/v1/consultations/test-poll").then().statusCode(200)
                .body("id", equalTo("test-poll"))
                .body("audience.min_age", equalTo(9))
                .body("results.min_cell", equalTo(10))
                .body("results.publish", equalTo("after_close"))
                .body("retention_days", equalTo(30))
                .body("questions[0].role", equalTo("age_band"))
                .body("questions[0].options[0].max_age", equalTo(8))
                .body("questions[2].show_if.question", equalTo("pets"))
                .body("questions[2].show_if.any_of[0]", equalTo("yes"))
                .body("questions[2].max", equalTo(2))
                .body("questions[5].max_length", equalTo(40))
                .body("title.zh", equalTo("测试问卷"))
                .body("status", equalTo("open"))
                .body("version", equalTo(1));
        given().get("/api/v1/consultations/no-such").then().statusCode(404).body("errors[0].code", equalTo("unknown_consultation"));
    }

    @Test
    void shouldStoreAValidResponseAndReturnAReceipt() {
        Response created = post("test-poll", VALID);

        assertThat(created.statusCode()).isEqualTo(201);
        StoredResponse stored = Database.response(UUID.fromString(created.jsonPath().getString("receipt")));
        assertThat(stored.lang).isEqualTo("fr");
        assertThat(stored.campaign).isEqualTo("AFR-SCH-01");
        assertThat(stored.version).isEqualTo(created.jsonPath().getInt("version"));
        assertThat(stored.submittedHour.getMinute() + stored.submittedHour.getSecond() + stored.submittedHour.getNano()).isZero();
        assertThat(stored.answers).filteredOn(a -> a.optionCode != null).extracting(a -> a.questionId + "=" + a.optionCode)
                .containsExactlyInAnyOrder("age=9-18", "pets=yes", "which_pets=cat", "which_pets=dog", "happy=agree", "country=SN");
        assertThat(Database.text(cipher, stored, "comment")).isEqualTo("Bien");
        assertThat(stored.answers).filteredOn(a -> a.textValue != null).extracting(a -> a.textValue)
                .allSatisfy(sealed -> assertThat(sealed).startsWith("v1:test1:").doesNotContain("Bien"));
    }

    @Test
    void shouldStoreFreeTextWithoutControlCharacters() {
        Response created = post("test-poll", "{\"lang\":\"en\",\"answers\":{\"age\":\"9-18\",\"pets\":\"no\","
                + "\"comment\":\"a\\u0000b\\u0007c\\ud800d\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        StoredResponse stored = Database.response(UUID.fromString(created.jsonPath().getString("receipt")));
        assertThat(Database.text(cipher, stored, "comment")).isEqualTo("abcd");
        post("test-poll", "{\"lang\":\"en\",\"campaign\":\"A\\u0000B\",\"answers\":{\"age\":\"9-18\",\"pets\":\"no\"}}")
                .then().statusCode(400);
    }

    @Test
    void shouldStoreOnceWhenTheSameReceiptIsSentAgain() {
        String receipt = UUID.randomUUID().toString();
        String body = VALID.replace("\"lang\":\"fr\"", "\"lang\":\"fr\",\"receipt\":\"" + receipt + "\"");
        long before = Database.responses("test-poll");

        assertThat(post("test-poll", body).statusCode()).isEqualTo(201);
        Response again = post("test-poll", body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getString("receipt")).isEqualTo(receipt);
        assertThat(Database.responses("test-poll")).isEqualTo(before + 1);
    }

    @Test
    void shouldScrubContactDetailsFromFreeTextBeforeStoring() {
        Response created = post("test-poll", """
                {"lang":"en","answers":{"age":"9-18","pets":"no","comment":"write me at kid@example.com"}}""");
        StoredResponse stored = Database.response(UUID.fromString(created.jsonPath().getString("receipt")));
        assertThat(Database.text(cipher, stored, "comment")).isEqualTo("write me at [email]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown question        | {"lang":"en","answers":{"age":"9-18","pets":"no","colour":"red"}}                    | colour    | unknown_question
            unknown question, empty | {"lang":"en","answers":{"age":"9-18","pets":"no","colour":""}}                       | colour    | unknown_question
            unknown question, null  | {"lang":"en","answers":{"age":"9-18","pets":"no","colour":null}}                     | colour    | unknown_question
            unknown option code     | {"lang":"en","answers":{"age":"9-18","pets":"maybe"}}                                | pets      | unknown_option
            number as answer        | {"lang":"en","answers":{"age":"9-18","pets":7}}                                      | pets      | wrong_type
            array for single choice | {"lang":"en","answers":{"age":"9-18","pets":["yes"]}}                                | pets      | wrong_type
            string for multiple     | {"lang":"en","answers":{"age":"9-18","pets":"yes","which_pets":"cat"}}               | which_pets| wrong_type
            too many choices        | {"lang":"en","answers":{"age":"9-18","pets":"yes","which_pets":["cat","dog","fish"]}}| which_pets| too_many_choices
            required answer missing | {"lang":"en","answers":{"age":"9-18"}}                                               | pets      | required
            hidden by show_if       | {"lang":"en","answers":{"age":"9-18","pets":"no","which_pets":["cat"]}}              | which_pets| hidden_question
            text over the limit     | {"lang":"en","answers":{"age":"9-18","pets":"no","comment":"12345678901234567890123456789012345678901"}} | comment | text_too_long
            unknown country         | {"lang":"en","answers":{"age":"9-18","pets":"no","country":"XQ"}}                    | country   | unknown_country
            outside the audience    | {"lang":"en","answers":{"age":"19-plus","pets":"no"}}                                | age       | outside_audience
            unknown language        | {"lang":"de","answers":{"age":"9-18","pets":"no"}}                                   | lang      | unknown_language
            missing language        | {"answers":{"age":"9-18","pets":"no"}}                                               | lang      | unknown_language
            malformed campaign      | {"lang":"en","campaign":"<script>","answers":{"age":"9-18","pets":"no"}}             | campaign  | bad_campaign
            unknown campaign        | {"lang":"en","campaign":"NO-SUCH-1","answers":{"age":"9-18","pets":"no"}}            | campaign  | bad_campaign
            answers not an object   | {"lang":"en","answers":["age"]}                                                      | answers   | malformed
            unknown top-level field | {"lang":"en","ip":"1.2.3.4","answers":{"age":"9-18","pets":"no"}}                    | ip        | malformed
            """)
    void shouldRefuseAnInvalidSubmissionAndStoreNothing(String rule, String body, String question, String code) {
        long before = Database.responses();
        Response refused = post("test-poll", body);

        assertThat(refused.statusCode()).as(rule).isEqualTo(400);
        JsonPath json = refused.jsonPath();
        assertThat(json.getList("errors.question")).as(rule).contains(question);
        assertThat(json.getList("errors.code")).as(rule).contains(code);
        assertThat(json.getList("errors.message", String.class)).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(Database.responses()).isEqualTo(before);
    }

    @Test
    void shouldRefuseUnreadableBodiesWithJsonErrors() {
        long before = Database.responses();
        for (byte[] body : new byte[][] {"{not json".getBytes(StandardCharsets.UTF_8), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                "[]".getBytes(StandardCharsets.UTF_8), new byte[0], "{\"lang\":\"en\",\"lang\":\"fr\",\"answers\":{}}".getBytes(StandardCharsets.UTF_8)}) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/consultations/test-poll/responses")
                    .then().statusCode(400).contentType(ContentType.JSON).body("errors[0].code", equalTo("malformed"));
        }
        assertThat(Database.responses()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonObject() {
        long before = Database.responses();
        for (String junk : new String[] {"}", " {\"lang\":\"en\"}", "null", ",{}", "x"}) {
            post("test-poll", VALID + junk).then().statusCode(400).contentType(ContentType.JSON)
                    .body("errors[0].code", equalTo("malformed"));
        }
        assertThat(post("test-poll", VALID + " \n").statusCode()).isEqualTo(201);
        assertThat(Database.responses()).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseABodyOverTheLimitWithJsonErrorsWhetherItsLengthIsDeclaredOrNot() throws Exception {
        long before = Database.responses();
        byte[] body = VALID.replace("\"Bien\"", "\"" + "é".repeat(200_000) + "\"").getBytes(StandardCharsets.UTF_8);
        for (boolean declared : new boolean[] {true, false}) {
            var refused = send(body, declared);
            assertThat(refused.statusCode()).as("length declared: " + declared).isEqualTo(413);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(JsonPath.from(refused.body()).getString("errors[0].code")).isEqualTo("malformed");
        }
        assertThat(send(VALID.getBytes(StandardCharsets.UTF_8), false).statusCode()).as("sent in chunks, under the limit").isEqualTo(201);
        assertThat(Database.responses()).isEqualTo(before + 1);
    }

    /** Sends a body over HTTP/1.1, with its length or in chunks. */
    private static java.net.http.HttpResponse<String> send(byte[] body, boolean declared) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/v1/consultations/test-poll/responses"))
                .header("Content-Type", "application/json")
                .POST(declared ? java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)
                        : java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRefuseAnswersToClosedOrNotYetOpenConsultations() {
        post("closed-poll", "{\"lang\":\"es\",\"answers\":{\"fine\":\"yes\"}}").then().statusCode(400)
                .body("errors[0].code", equalTo("closed")).body("errors[0].question", equalTo(null))
                .body("errors[0].message", equalTo("Esta encuesta está cerrada."));
        post("future-poll", "{\"lang\":\"en\",\"answers\":{\"fine\":\"yes\"}}").then().statusCode(400)
                .body("errors[0].code", equalTo("not_open_yet"));
        post("no-such", VALID).then().statusCode(404);
        assertThat(Database.responses("closed-poll") + Database.responses("future-poll")).isZero();
    }

    @Test
    void shouldWriteErrorMessagesInTheLanguageOfTheResponse() {
        String fr = post("test-poll", "{\"lang\":\"fr\",\"answers\":{\"age\":\"9-18\"}}").jsonPath().getString("errors[0].message");
        String ar = post("test-poll", "{\"lang\":\"ar\",\"answers\":{\"age\":\"9-18\"}}").jsonPath().getString("errors[0].message");
        assertThat(fr).isNotEqualTo(ar);
        assertThat(ar).matches(".*\\p{IsArabic}.*");
    }

    @Test
    void shouldDocumentTheApiInOpenApi() {
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/consultations/{id}/responses'.post.responses.'201'.description", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/consultations/{id}/responses'.post.requestBody.content.'application/json'.examples", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/consultations'.get.summary", org.hamcrest.Matchers.notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    static Response post(String id, String body) {
        return given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/consultations/" + id + "/responses");
    }
}
