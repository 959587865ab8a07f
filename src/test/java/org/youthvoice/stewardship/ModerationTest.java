package org.youthvoice.stewardship;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.support.Database;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Only quotes a data steward approved are published; a possible disclosure of harm can never be approved. */
@QuarkusTest
class ModerationTest {

    @Inject
    AccountService accounts;

    static void answer(String lang, String text) {
        given().contentType(ContentType.JSON).body("{\"lang\":\"" + lang + "\",\"answers\":{\"fine\":\"yes\",\"comment\":\"" + text + "\"}}")
                .post("/api/v1/consultations/live-poll/responses").then().statusCode(201);
    }

    static long idOf(String status, String consultation) {
        return QuarkusTransaction.requiringNew().call(() -> Database.em().createQuery(
                "from Quote where status = ?1 and consultationId = ?2 order by id desc", Quote.class)
                .setParameter(1, status).setParameter(2, consultation).setMaxResults(1).getSingleResult().id);
    }

    @Test
    void shouldPublishOnlyApprovedQuotesInTheirOwnLanguage() {
        StaffSessions.ensureAccounts(accounts);
        answer("fr", "Plus de cours sur la sécurité, écrivez-moi à kid@example.com");
        Map<String, String> steward = StaffSessions.signIn(StaffSessions.STEWARD);
        String queue = StaffSessions.as(steward).get("/staff/quotes").asString();
        assertThat(queue).contains("Plus de cours sur la sécurité, écrivez-moi à [email]").doesNotContain("kid@example.com");
        long approved = idOf(Quote.PENDING, "live-poll");
        StaffSessions.as(steward).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(steward))
                .post("/staff/quotes/" + approved + "/approve").then().statusCode(303);

        answer("es", "No quiero que esto se publique");
        long rejected = idOf(Quote.PENDING, "live-poll");
        StaffSessions.as(steward).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(steward))
                .post("/staff/quotes/" + rejected + "/reject").then().statusCode(303);

        String page = given().get("/en/results/live-poll").asString();
        assertThat(page).contains("<blockquote lang=\"fr\" dir=\"ltr\"><p>Plus de cours sur la sécurité, écrivez-moi à [email]</p><footer>Français</footer>")
                .doesNotContain("No quiero que esto se publique");
    }

    @Test
    void shouldNeverApproveAPossibleDisclosureOfHarm() {
        StaffSessions.ensureAccounts(accounts);
        answer("en", "my uncle hits me when nobody is home");
        long flagged = idOf(Quote.FLAGGED, "live-poll");
        Map<String, String> steward = StaffSessions.signIn(StaffSessions.STEWARD);
        assertThat(StaffSessions.as(steward).get("/staff/quotes").asString()).doesNotContain("my uncle hits me");
        StaffSessions.as(steward).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(steward))
                .post("/staff/quotes/" + flagged + "/approve").then().statusCode(409);
        assertThat(given().get("/en/results/live-poll").asString()).doesNotContain("my uncle hits me");
    }
}
