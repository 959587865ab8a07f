package org.youthvoice.participation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.support.FormWalker;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Participation by day, ITU region, language and campaign; completion; the quarterly report per region. */
@QuarkusTest
class ParticipationTest {

    static final String ID = "count-poll";

    @Inject
    AccountService accounts;

    static void submit(String lang, String country) {
        given().contentType(ContentType.JSON).body("{\"lang\":\"" + lang + "\",\"answers\":{\"fine\":\"yes\""
                + (country == null ? "" : ",\"country\":\"" + country + "\"") + "}}")
                .post("/api/v1/consultations/" + ID + "/responses").then().statusCode(201);
    }

    @Test
    void shouldCountResponsesByDayRegionLanguageAndCompletion() {
        StaffSessions.ensureAccounts(accounts);
        submit("fr", "SN");
        submit("fr", "FR");
        submit("ar", "EG");
        submit("ru", "KZ");
        submit("en", null);
        FormWalker.Form.of(given().get("/es/c/" + ID).asString()).post(Map.of(), "start");
        FormWalker.Form.of(given().get("/es/c/" + ID).asString()).post(Map.of(), "start");

        JsonPath figures = StaffSessions.api(StaffSessions.CHAIR).get("/api/v1/admin/participation/" + ID).jsonPath();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(figures.getInt("responses")).isEqualTo(5);
        assertThat(figures.getInt("by_day.'" + today + "'")).isEqualTo(5);
        assertThat(figures.getMap("by_region")).containsEntry("africa", 1).containsEntry("europe", 1)
                .containsEntry("arab-states", 1).containsEntry("cis", 1).containsEntry("unknown", 1).containsEntry("americas", 0);
        assertThat(figures.getMap("by_lang")).containsEntry("fr", 2).containsEntry("ar", 1);
        assertThat(figures.getInt("started")).isEqualTo(2);
        assertThat(figures.getInt("web_responses")).isZero();

        String csv = StaffSessions.as(StaffSessions.signIn(StaffSessions.CHAIR)).get("/staff/participation/report.csv").asString();
        String quarter = Quarter.of(LocalDate.now(ZoneOffset.UTC)).toString();
        assertThat(csv).startsWith("quarter,region,consultation,responses\n")
                .contains(quarter + ",africa," + ID + ",1\n").contains(quarter + ",unknown," + ID + ",1\n");
        StaffSessions.api("admin").get("/api/v1/admin/audit?action=export").then().body("actor", org.hamcrest.Matchers.hasItem(StaffSessions.CHAIR));
        String page = StaffSessions.as(StaffSessions.signIn(StaffSessions.CHAIR)).get("/staff/participation/report").asString();
        assertThat(page).contains(quarter);
    }

    @Test
    void shouldParseAndBoundQuarters() {
        assertThat(Quarter.parse("2026-Q4")).contains(new Quarter(2026, 4));
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(new Quarter(2026, 1).first()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(new Quarter(2026, 1).last()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(Quarter.of(LocalDate.of(2026, 11, 23))).hasToString("2026-Q4");
    }
}
