package org.youthvoice.stewardship;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.access.Audit;
import org.youthvoice.response.StoredAnswer;
import org.youthvoice.response.StoredResponse;
import org.youthvoice.support.Database;
import org.youthvoice.support.StaffSessions;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw responses are deleted when the retention period after closing ends, or on a steward's request; audited with counts. */
@QuarkusTest
class RetentionTest {

    static final String ID = "retention-poll";

    @Inject
    Retention retention;

    @Inject
    Audit audit;

    @Inject
    AccountService accounts;

    @Inject
    EntityManager em;

    void store(int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                StoredResponse r = new StoredResponse();
                r.id = UUID.randomUUID();
                r.consultationId = ID;
                r.version = 1;
                r.lang = "en";
                r.channel = "api";
                r.submittedHour = LocalDateTime.of(2020, 6, 1, 10, 0);
                r.answers.add(StoredAnswer.code("fine", "yes"));
                em.persist(r);
            }
        });
    }

    @Test
    void shouldPurgeOnAStewardsRequestAndAuditTheCounts() {
        StaffSessions.ensureAccounts(accounts);
        store(2);
        Map<String, String> steward = StaffSessions.signIn(StaffSessions.STEWARD);
        StaffSessions.as(steward).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(steward))
                .post("/staff/data/" + ID + "/purge").then().statusCode(303);
        assertThat(Database.responses(ID)).isZero();
        assertThat(audit.find(StaffSessions.STEWARD, "retention", null, null, 5)).anySatisfy(e -> {
            assertThat(e.target).isEqualTo(ID);
            assertThat(e.detail).contains("2 responses, 2 answers, 0 unpublished quotes deleted");
        });
    }

    @Test
    void shouldKeepTheCountsIdenticalAfterThePurge() {
        StaffSessions.ensureAccounts(accounts);
        for (String[] answer : new String[][] {{"fr", "SN"}, {"fr", "FR"}, {"ar", "EG"}}) {
            io.restassured.RestAssured.given().contentType(ContentType.JSON)
                    .body("{\"lang\":\"" + answer[0] + "\",\"answers\":{\"fine\":\"yes\",\"country\":\"" + answer[1] + "\"}}")
                    .post("/api/v1/consultations/purge-poll/responses").then().statusCode(201);
        }
        String before = StaffSessions.api(StaffSessions.CHAIR).get("/api/v1/admin/participation/purge-poll").asString();
        assertThat(before).contains("\"responses\":3");

        retention.purge("test", "purge-poll", "test");

        assertThat(Database.responses("purge-poll")).isZero();
        assertThat(StaffSessions.api(StaffSessions.CHAIR).get("/api/v1/admin/participation/purge-poll").asString()).isEqualTo(before);
    }

    @Test
    void shouldPurgeEveryNightOnlyTheConsultationsWhoseRetentionEnded() {
        store(3);
        long others = Database.responses("test-poll");
        retention.nightly();
        assertThat(Database.responses(ID)).isZero();
        assertThat(Database.responses("test-poll")).isEqualTo(others);
        assertThat(audit.find("retention", "retention", null, null, 5)).anySatisfy(e -> assertThat(e.detail).contains("3 responses"));
    }
}
