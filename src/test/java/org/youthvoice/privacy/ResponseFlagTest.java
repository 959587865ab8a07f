package org.youthvoice.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.access.Audit;
import org.youthvoice.response.StoredResponse;
import org.youthvoice.support.Database;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Free text that suggests a child is being hurt is flagged for the data steward, whose reading of it is audited. */
@QuarkusTest
class ResponseFlagTest {

    @Inject
    AccountService accounts;

    @Inject
    Audit audit;

    static StoredResponse submit(String lang, String text) {
        String receipt = given().contentType(ContentType.JSON)
                .body("{\"lang\":\"" + lang + "\",\"answers\":{\"age\":\"9-18\",\"pets\":\"no\",\"comment\":\"" + text + "\"}}")
                .post("/api/v1/consultations/test-poll/responses").then().statusCode(201).extract().path("receipt");
        return Database.response(UUID.fromString(receipt));
    }

    static Boolean flag(StoredResponse r) {
        return r.answers.stream().filter(a -> a.questionId.equals("comment")).findFirst().orElseThrow().harmFlag;
    }

    @Test
    void shouldFlagADisclosureAndNotAnOrdinaryComplaint() {
        assertThat(flag(submit("en", "my stepdad hits me every night"))).isTrue();
        assertThat(flag(submit("fr", "il me frappe quand il a bu"))).isTrue();
        assertThat(flag(submit("en", "people are mean in games"))).isFalse();
    }

    @Test
    void shouldShowFlaggedTextsOnlyToTheStewardAndAuditIt() {
        submit("en", "he hits me and says call 0612345678");
        StaffSessions.ensureAccounts(accounts);
        String page = StaffSessions.as(StaffSessions.signIn(StaffSessions.STEWARD)).get("/staff/data").asString();
        assertThat(page).contains("he hits me and says call [").doesNotContain("0612345678");
        assertThat(audit.find(StaffSessions.STEWARD, "flagged_text_viewed", null, null, 5)).isNotEmpty();
        assertThat(StaffSessions.as(StaffSessions.signIn(StaffSessions.CHAIR)).get("/staff/data").statusCode()).isEqualTo(403);
    }
}
