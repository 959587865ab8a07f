package org.youthvoice.results;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Published figures change only in snapshots: at least min_cell new responses, and not more often than the interval. */
@QuarkusTest
class SnapshotsTest {

    @Inject
    Snapshots snapshots;

    @Inject
    Catalog catalog;

    static void answer(String fine) {
        given().contentType(ContentType.JSON).body("{\"lang\":\"es\",\"answers\":{\"fine\":\"" + fine + "\",\"country\":\"BR\"}}")
                .post("/api/v1/consultations/" + ResultsApiTest.ID + "/responses").then().statusCode(201);
    }

    static String published() {
        JsonPath overall = given().get("/api/v1/consultations/" + ResultsApiTest.ID + "/results").jsonPath();
        return overall.prettify() + given().get("/api/v1/consultations/" + ResultsApiTest.ID + "/results?by=lang").asString()
                + given().get("/api/v1/consultations/" + ResultsApiTest.ID + "/results?by=country").asString();
    }

    @Test
    void shouldChangeNoPublishedNumberUntilTheNextRelease() {
        Consultation c = catalog.require(ResultsApiTest.ID).consultation();
        Snapshots.Released last = snapshots.newest(c);
        Instant now = (last == null ? Instant.now() : last.at()).plus(Duration.ofDays(500));
        for (int i = 0; i < 12; i++) {
            answer("yes");
        }
        snapshots.releaseIfDue(c, now);
        Snapshots.Released first = snapshots.newest(c);
        assertThat(first).isNotNull();
        String before = published();

        answer("no");
        assertThat(snapshots.releaseIfDue(c, now.plus(Duration.ofDays(1)))).as("one new response is not enough for a release").isFalse();
        assertThat(published()).as("one child's answer after a release moves no published number").isEqualTo(before);

        for (int i = 0; i < 9; i++) {
            answer(i % 2 == 0 ? "no" : "yes");
        }
        assertThat(snapshots.releaseIfDue(c, now.plus(Duration.ofSeconds(30)))).as("ten new responses, but the minute has not passed").isFalse();
        assertThat(published()).isEqualTo(before);
        assertThat(snapshots.releaseIfDue(c, now.plus(Duration.ofSeconds(61)))).isTrue();
        Snapshots.Released second = snapshots.newest(c);
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.publication().responses() - first.publication().responses())
                .as("a release never reveals fewer than min_cell new responses' worth of change").isGreaterThanOrEqualTo(c.results().minCell());
        assertThat(published()).isNotEqualTo(before);
    }

    @Test
    void shouldKeepEachConsultationsIntervalAndReleaseOnceAtClosing() {
        Consultation live = catalog.require(ResultsApiTest.ID).consultation();
        Consultation later = catalog.require("test-poll").consultation();
        assertThat(Snapshots.interval(live)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Snapshots.interval(later)).isEqualTo(Duration.ofDays(1));
        Consultation closed = catalog.require("closed-poll").consultation();
        Instant now = Instant.now();
        Publication none = Publication.empty(closed);
        Snapshots.Released before = new Snapshots.Released(1, now, false, none);
        assertThat(Snapshots.due(closed, before, 3, true, now)).as("closing: the last few responses of an after_close consultation").isTrue();
        assertThat(Snapshots.due(closed, new Snapshots.Released(2, now, true, none), 3, true, now)).as("only once").isFalse();
        assertThat(Snapshots.due(live, before, 3, true, now)).as("live results were public: closing needs min_cell new too").isFalse();
        assertThat(Snapshots.due(later, null, 9, false, now)).as("no first release below min_cell").isFalse();
        assertThat(Snapshots.due(later, null, 10, false, now)).isTrue();
    }
}
