package org.youthvoice.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.support.Database;
import org.youthvoice.support.FormWalker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A submission sent with distinctive client headers leaves none of them anywhere in the database. */
@QuarkusTest
class NoIdentifiersTest {

    static final String ADDRESS = "203.0.113.77";
    static final String AGENT = "CanaryBrowser/9.9 (zq-ua-canary-4711)";
    static final String REFERER = "https://referer-canary.example/zq-4712";
    static final String COOKIE = "zq-cookie-canary-4713";

    @Inject
    EntityManager em;

    @Test
    void shouldKeepNoClientIdentifierFromTheApiOrTheWebForm() throws Exception {
        long before = Database.responses();
        given().header("X-Forwarded-For", ADDRESS).header("X-Real-IP", ADDRESS).header("User-Agent", AGENT)
                .header("Referer", REFERER).cookie("tracker", COOKIE).contentType(ContentType.JSON)
                .body("{\"lang\":\"en\",\"answers\":{\"age\":\"9-18\",\"pets\":\"no\",\"comment\":\"fine\"}}")
                .post("/api/v1/consultations/test-poll/responses").then().statusCode(201);

        String welcome = given().header("X-Forwarded-For", ADDRESS).header("User-Agent", AGENT).get("/en/c/test-poll").asString();
        var form = FormWalker.Form.of(welcome);
        var page = given().redirects().follow(false).header("X-Forwarded-For", ADDRESS).header("User-Agent", AGENT)
                .header("Referer", REFERER).cookie("tracker", COOKIE).contentType("application/x-www-form-urlencoded")
                .formParam("token", form.hidden().get(0)[1]).formParam("nav", "next").formParam("step", "3")
                .formParams(Map.of("q.age", "9-18", "q.pets", "no", "q.comment", "hello"))
                .post("/en/c/test-poll");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(Database.responses()).isEqualTo(before + 2);

        String dump = Database.dump(em);
        assertThat(dump).contains("test-poll");
        String log = java.nio.file.Files.readString(java.nio.file.Path.of("target/youthvoice-test.log"));
        for (String identifier : List.of(ADDRESS, "zq-ua-canary", "CanaryBrowser", "referer-canary", COOKIE)) {
            assertThat(dump).doesNotContain(identifier);
            assertThat(log).as("service log").doesNotContain(identifier);
        }
    }
}
