package org.youthvoice.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.support.StaffSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Staff refusals travel one path: a code that programs can read, and a sentence in the staff member's language on
 * pages and in the API alike; an unknown consultation or campaign is a page, never a blank answer.
 */
@QuarkusTest
class StaffRefusalsTest {

    @Inject
    AccountService accounts;

    Map<String, String> admin;

    @BeforeEach
    void signIn() {
        StaffSessions.ensureAccounts(accounts);
        admin = StaffSessions.signIn(StaffSessions.ADMIN);
    }

    @Test
    void shouldRefuseReversedDatesOnThePageInTheStaffMembersLanguage() {
        String csrf = StaffSessions.csrf(admin);
        String page = StaffSessions.as(admin).header("Accept-Language", "fr").contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("opens", "2026-12-31").formParam("closes", "2026-01-01")
                .post("/staff/consultations/test-poll/dates").then().statusCode(400).extract().asString();
        assertThat(page).contains("la date de clôture ne peut pas précéder la date d&#39;ouverture")
                .doesNotContain("closing date cannot come before");
    }

    @Test
    void shouldRefuseAnUnreadableDateOnThePageInArabic() {
        String page = StaffSessions.as(admin).header("Accept-Language", "ar").contentType("application/x-www-form-urlencoded")
                .formParam("csrf", StaffSessions.csrf(admin)).formParam("opens", "31/12/2026").formParam("closes", "2027-01-01")
                .post("/staff/consultations/test-poll/dates").then().statusCode(400).extract().asString();
        assertThat(page).contains("اكتب التواريخ هكذا").doesNotContain("Write dates like");
    }

    @Test
    void shouldAnswerTheApiWithACodeAndASentenceInTheCallersLanguage() {
        StaffSessions.api(StaffSessions.ADMIN).header("Accept-Language", "zh").contentType(ContentType.JSON)
                .body("{\"consultation\":\"test-poll\",\"label\":\"\",\"region\":\"africa\",\"default_lang\":\"fr\"}")
                .post("/api/v1/admin/campaigns").then().statusCode(400)
                .body("errors[0].question", equalTo("label"))
                .body("errors[0].code", equalTo("campaign_label"))
                .body("errors[0].message", equalTo("需要 1 到 120 个字符的名称。"));
        StaffSessions.api(StaffSessions.ADMIN).header("Accept-Language", "ru").contentType(ContentType.JSON)
                .body("{\"opens\":\"2026-12-31\",\"closes\":\"2026-01-01\"}")
                .post("/api/v1/admin/consultations/test-poll/dates").then().statusCode(400)
                .body("errors[0].question", nullValue())
                .body("errors[0].code", equalTo("dates_order"))
                .body("errors[0].message", equalTo("Нужны обе даты, и дата закрытия не может быть раньше даты открытия."));
    }

    @Test
    void shouldAnswerAnUnknownConsultationWith404ByItsCodeNotItsWording() {
        StaffSessions.api(StaffSessions.ADMIN).header("Accept-Language", "es").post("/api/v1/admin/consultations/no-such/open")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("errors[0].code", equalTo("unknown_consultation"))
                .body("errors[0].message", equalTo("No hay ninguna encuesta con este nombre."));
        StaffSessions.api(StaffSessions.ADMIN).get("/api/v1/admin/results/no-such").then().statusCode(404)
                .body("errors[0].code", equalTo("unknown_consultation"));
        StaffSessions.api(StaffSessions.ADMIN).get("/api/v1/admin/microdata/no-such.csv").then().statusCode(404)
                .body("errors[0].code", equalTo("unknown_consultation"));
    }

    @Test
    void shouldShowAnUnknownConsultationOrCampaignAsAPageInTheStaffMembersLanguage() {
        for (String path : new String[] {"/staff/results/no-such", "/staff/results/no-such/report", "/staff/data/no-such/microdata.csv",
                "/staff/campaigns/NOSUCH", "/staff/campaigns/NOSUCH/poster"}) {
            Response r = StaffSessions.as(admin).header("Accept-Language", "ru").get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).startsWith("text/html");
            assertThat(r.asString()).as(path).contains("lang=\"ru\"").contains("Страница не найдена");
        }
    }

    @Test
    void shouldRefuseAnUnknownBreakdownWithItsCode() {
        StaffSessions.api(StaffSessions.ADMIN).get("/api/v1/admin/results/test-poll?by=shoe_size").then().statusCode(400)
                .body("errors[0].question", equalTo("by")).body("errors[0].code", equalTo("unknown_breakdown"));
        StaffSessions.as(admin).header("Accept-Language", "fr").get("/staff/results/test-poll/export.csv?by=shoe_size")
                .then().statusCode(400).contentType(ContentType.HTML);
    }

    @Test
    void shouldRefuseAnAccountChangeWithTheFieldAtFault() {
        StaffSessions.api(StaffSessions.ADMIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"username\":\"new-person\",\"role\":\"promoter\",\"password\":\"Long-Enough-2026\"}")
                .post("/api/v1/admin/accounts").then().statusCode(400)
                .body("errors[0].question", equalTo("region")).body("errors[0].code", equalTo("region"))
                .body("errors[0].message", equalTo("Choose one of the six ITU regions: africa, americas, arab-states, asia-pacific, cis, europe."));
        StaffSessions.api(StaffSessions.ADMIN).contentType(ContentType.JSON).body("{\"password\":\"Long-Enough-2026\"}")
                .post("/api/v1/admin/accounts/nobody-here/password").then().statusCode(404)
                .body("errors[0].code", equalTo("unknown_account"));
    }

    @Test
    void shouldSayOnAPageWhyAQuoteCannotBeDecided() {
        String page = StaffSessions.as(admin).header("Accept-Language", "es").contentType("application/x-www-form-urlencoded")
                .formParam("csrf", StaffSessions.csrf(admin)).post("/staff/quotes/987654321/approve")
                .then().statusCode(409).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("lang=\"es\"").contains("Esta cita ya se decidió");
    }
}
