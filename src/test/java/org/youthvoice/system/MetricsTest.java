package org.youthvoice.system;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus metrics: submissions by consultation, language and channel; refusals by problem; latency histograms. */
@QuarkusTest
class MetricsTest {

    static double value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.E+]+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void shouldCountStoredAndRefusedSubmissions() {
        String stored = "youthvoice_submissions_total{channel=\"api\",consultation=\"live-poll\",lang=\"ru\"}";
        String refused = "youthvoice_submissions_refused_total{channel=\"api\",consultation=\"live-poll\",problem=\"unknown_option\"}";
        String unknown = "youthvoice_submissions_refused_total{channel=\"api\",consultation=\"unknown\",problem=\"unknown_consultation\"}";
        String before = metrics();
        given().contentType(ContentType.JSON).body("{\"lang\":\"ru\",\"answers\":{\"fine\":\"yes\"}}")
                .post("/api/v1/consultations/live-poll/responses").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"lang\":\"ru\",\"answers\":{\"fine\":\"maybe\"}}")
                .post("/api/v1/consultations/live-poll/responses").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"lang\":\"ru\",\"answers\":{}}")
                .post("/api/v1/consultations/made-up-" + System.nanoTime() + "/responses").then().statusCode(404);
        String after = metrics();
        assertThat(value(after, stored) - value(before, stored)).isEqualTo(1);
        assertThat(value(after, refused) - value(before, refused)).isEqualTo(1);
        assertThat(after).doesNotContain("made-up-");
        assertThat(value(after, unknown)).isGreaterThanOrEqualTo(value(before, unknown));
    }

    @Test
    void shouldKeepRequestLatencyAsAHistogramByRouteTemplate() {
        given().get("/en/c/cyberbullying").then().statusCode(200);
        String metrics = metrics();
        assertThat(metrics).contains("http_server_requests_seconds_bucket{").contains("le=\"0.1\"")
                .contains("uri=\"/{lang: [a-z]{2}}/c/{id}\"").doesNotContain("uri=\"/en/c/cyberbullying\"");
    }
}
