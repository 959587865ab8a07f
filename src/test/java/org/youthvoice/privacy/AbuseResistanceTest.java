package org.youthvoice.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.respondent.WebFlowTest;
import org.youthvoice.support.Database;
import org.youthvoice.support.FormWalker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A flood, a robot filling the honeypot, and forged or foreign form tokens: refused without identifying anyone. */
@QuarkusTest
@TestProfile(AbuseResistanceTest.SmallLimits.class)
class AbuseResistanceTest {

    /** Low limits, and client addresses taken from X-Forwarded-For as behind a trusted proxy. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("youthvoice.privacy.submissions-per-window", "5", "youthvoice.privacy.posts-per-window", "40",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.access-log.enabled", "true", "quarkus.http.access-log.log-to-file", "true",
                    "quarkus.http.access-log.log-directory", "target", "quarkus.http.access-log.base-file-name", "abuse-access",
                    "quarkus.http.access-log.rotate", "false");
        }
    }

    static Response submit(String client) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body("{\"lang\":\"fr\",\"answers\":{\"age\":\"9-18\",\"pets\":\"no\"}}").post("/api/v1/consultations/test-poll/responses");
    }

    @Test
    void shouldStopAFloodFromOneClientAndLetOthersAnswer() {
        for (int i = 0; i < 5; i++) {
            assertThat(submit("203.0.113.10").statusCode()).isEqualTo(201);
        }
        long before = Database.responses();
        Response refused = submit("203.0.113.10");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath().getString("errors[0].code")).isEqualTo("too_many");
        assertThat(Database.responses()).isEqualTo(before);
        assertThat(submit("203.0.113.11").statusCode()).isEqualTo(201);

        FormWalker.Walk other = FormWalker.walk("/es/c/test-poll", (f, v) -> f.equals("q.age") ? List.of("9-18") : List.of(v.get(0)), "x");
        assertThat(other.last().statusCode()).isEqualTo(303);
    }

    @Test
    void shouldWriteNoClientAddressIntoTheAccessLog() throws Exception {
        given().header("X-Forwarded-For", "192.0.2.201").header("User-Agent", "zq-agent-canary-77")
                .header("Referer", "https://zq-referer-canary.example/").get("/en/c/test-poll").then().statusCode(200);
        submit("192.0.2.201");
        java.nio.file.Path file = java.nio.file.Path.of("target/abuse-access.log");
        String log = "";
        for (int i = 0; i < 50 && !log.contains("GET /en/c/test-poll"); i++) {
            Thread.sleep(100);
            log = java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "";
        }
        assertThat(log).contains("\"GET /en/c/test-poll\" 200").contains("\"POST /api/v1/consultations/test-poll/responses\"");
        assertThat(log).doesNotContain("192.0.2.201").doesNotContain("zq-agent-canary").doesNotContain("zq-referer-canary");
    }

    @Test
    void shouldStoreNothingWhenTheHoneypotIsFilled() {
        FormWalker.Form welcome = FormWalker.Form.of(given().get("/en/c/test-poll").asString());
        long before = Database.responses();
        Response bot = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("token", welcome.hidden().get(0)[1]).formParam("nav", "next").formParam("step", "3")
                .formParam("q.age", "9-18").formParam("q.pets", "no").formParam("website", "http://spam.example")
                .post("/en/c/test-poll");
        assertThat(bot.statusCode()).isEqualTo(303);
        assertThat(Database.responses()).isEqualTo(before);
    }

    @Test
    void shouldRefuseForgedOrForeignTokensWithAClearMessage() {
        String token = FormWalker.Form.of(given().get("/fr/c/test-poll").asString()).hidden().get(0)[1];
        String forged = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        for (String[] attempt : new String[][] {{"/fr/c/test-poll", forged}, {"/fr/c/cyberbullying", token}, {"/fr/c/test-poll", ""}}) {
            Response refused = given().redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("token", attempt[1]).formParam("nav", "start").post(attempt[0]);
            assertThat(refused.statusCode()).as(attempt[0]).isEqualTo(400);
            assertThat(refused.asString()).contains(WebFlowTest.message("fr", "flow_expired"));
        }
    }
}
