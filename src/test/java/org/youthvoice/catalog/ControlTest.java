package org.youthvoice.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** An admin opens, closes and re-dates a consultation and reloads the files, without a restart. */
@QuarkusTest
class ControlTest {

    static final String ID = "control-poll";

    static String status() {
        return given().get("/api/v1/consultations").jsonPath().getString("find { it.id == '" + ID + "' }.status");
    }

    static Response post(Map<String, String> admin, String path, Map<String, String> fields) {
        return StaffSessions.as(admin).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(admin))
                .formParams(fields).post(path);
    }

    @Test
    void shouldCloseAndReopenAConsultationForRespondentsAtOnce() {
        Map<String, String> admin = StaffSessions.signIn("admin");
        assertThat(status()).isEqualTo("open");

        assertThat(post(admin, "/staff/consultations/" + ID + "/close", Map.of()).statusCode()).isEqualTo(303);
        assertThat(status()).isEqualTo("closed");
        given().contentType(ContentType.JSON).body("{\"lang\":\"en\",\"answers\":{\"fine\":\"yes\"}}")
                .post("/api/v1/consultations/" + ID + "/responses").then().statusCode(400).body("errors[0].code", equalTo("closed"));
        assertThat(given().get("/en/c/" + ID).asString()).doesNotContain("id=\"flow\"");

        assertThat(post(admin, "/staff/consultations/" + ID + "/open", Map.of()).statusCode()).isEqualTo(303);
        assertThat(status()).isEqualTo("open");
        given().contentType(ContentType.JSON).body("{\"lang\":\"en\",\"answers\":{\"fine\":\"yes\"}}")
                .post("/api/v1/consultations/" + ID + "/responses").then().statusCode(201);
        StaffSessions.api("admin").get("/api/v1/admin/audit?action=consultation_closed").then().body("target", org.hamcrest.Matchers.hasItem(ID));
    }

    @Test
    void shouldChangeDatesAndTargetAndRefuseInvertedDates() {
        Map<String, String> admin = StaffSessions.signIn("admin");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(post(admin, "/staff/consultations/" + ID + "/dates",
                Map.of("opens", today.plusDays(10).toString(), "closes", today.plusDays(5).toString())).statusCode()).isEqualTo(400);
        StaffSessions.api("admin").contentType(ContentType.JSON)
                .body("{\"opens\":\"" + today.plusDays(3) + "\",\"closes\":\"" + today.plusDays(40) + "\"}")
                .post("/api/v1/admin/consultations/" + ID + "/dates").then().statusCode(200);
        assertThat(status()).isEqualTo("scheduled");
        StaffSessions.api("admin").contentType(ContentType.JSON).body("{\"target\":500}")
                .post("/api/v1/admin/consultations/" + ID + "/target").then().statusCode(200);
        StaffSessions.api("admin").get("/api/v1/admin/consultations").then()
                .body("find { it.id == '" + ID + "' }.target", equalTo(500))
                .body("find { it.id == '" + ID + "' }.opens", equalTo(today.plusDays(3).toString()));
        StaffSessions.api("admin").post("/api/v1/admin/consultations/" + ID + "/open").then().statusCode(200);
        assertThat(status()).isEqualTo("open");
    }

    @Test
    void shouldShowTheMistakesOfABrokenFileOnReloadAndKeepServing() throws Exception {
        Map<String, String> admin = StaffSessions.signIn("admin");
        Path broken = Path.of("src/test/resources/test-surveys/zz-broken.yaml");
        try {
            Files.writeString(broken, Files.readString(Path.of("src/test/resources/test-surveys/closed-poll.yaml"))
                    .replace("id: closed-poll", "id: broken-poll").replace("type: single", "type: slider"));
            Response reload = post(admin, "/staff/consultations/reload", Map.of());
            assertThat(reload.statusCode()).isEqualTo(400);
            assertThat(reload.asString()).contains("zz-broken.yaml").contains("slider");
            // An admin reading in Russian or Chinese gets the mistake and its remedy in that language.
            StaffSessions.api("admin").header("Accept-Language", "ru").post("/api/v1/admin/consultations/reload").then()
                    .statusCode(400).body("reloaded", equalTo(false))
                    .body("mistakes[0]", org.hamcrest.Matchers.containsString("неизвестный тип «slider»"));
            StaffSessions.api("admin").header("Accept-Language", "zh").post("/api/v1/admin/consultations/reload").then()
                    .statusCode(400).body("mistakes[0]", org.hamcrest.Matchers.containsString("未知类型“slider”"));
            assertThat(status()).isNotNull();
            given().get("/api/v1/consultations/broken-poll").then().statusCode(404);
        } finally {
            Files.deleteIfExists(broken);
        }
        assertThat(post(admin, "/staff/consultations/reload", Map.of()).statusCode()).isEqualTo(303);
        given().get("/api/v1/consultations/test-poll").then().statusCode(200);
    }
}
