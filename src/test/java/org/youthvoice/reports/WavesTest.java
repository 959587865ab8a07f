package org.youthvoice.reports;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.results.ResultsApiTest;
import org.youthvoice.support.StaffSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthvoice.respondent.WebFlowTest.message;

/** The same question in several consultations, side by side, each number suppressed within its own consultation. */
@QuarkusTest
class WavesTest {

    @Inject
    AccountService accounts;

    @BeforeEach
    void accounts() {
        StaffSessions.ensureAccounts(accounts);
    }

    static Consultation load(String file) throws Exception {
        return DefinitionLoader.parse(file, Files.readString(Path.of("src/test/resources/test-surveys/" + file))).consultation();
    }

    @Test
    void shouldShareOnlyTheQuestionsEveryWaveAsksWithTheSameType() throws Exception {
        Consultation live = load("live-poll.yaml");
        Consultation count = load("count-poll.yaml");
        Consultation closed = load("closed-poll.yaml");
        Consultation test = load("test-poll.yaml");
        assertThat(Waves.shared(List.of(live, count))).containsExactly("fine", "country");
        assertThat(Waves.shared(List.of(live, count, closed))).containsExactly("fine");
        assertThat(Waves.shared(List.of(live, test))).containsExactly("country");
        assertThat(Waves.shared(List.of())).isEmpty();
    }

    @Test
    void shouldShowTwoWavesSideBySideAndExportThem() {
        ResultsApiTest.submitMixed();
        long answered = io.restassured.RestAssured.given().get("/api/v1/consultations/live-poll/results").jsonPath().getLong("questions[0].answered");
        Map<String, String> chair = StaffSessions.signIn(StaffSessions.CHAIR);
        String page = StaffSessions.as(chair).get("/staff/results/waves?ids=live-poll&ids=closed-poll&lang=en").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Are you fine? <code>fine</code>").contains("<th scope=\"col\" colspan=\"2\">Test poll</th>")
                .contains("<td class=\"num\" colspan=\"2\">" + answered + "</td>")
                .contains("<td class=\"num\" colspan=\"2\">" + message("en", "results_hidden") + "</td>");
        String csv = StaffSessions.as(chair).get("/staff/results/waves.csv?ids=live-poll&ids=closed-poll&lang=fr").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ResultsExport.COLUMNS));
        assertThat(csv).contains("live-poll,fine,Ça va ?,all,,,," + answered + ",,false").contains("closed-poll,fine,")
                .doesNotContain(",country,").doesNotContain(",comment,");
        StaffSessions.as(chair).get("/staff/results/waves.csv?ids=live-poll").then().statusCode(400);
        String audit = StaffSessions.as(StaffSessions.signIn(StaffSessions.ADMIN)).get("/staff/audit?actor=" + StaffSessions.CHAIR).asString();
        assertThat(audit).contains("waves live-poll+closed-poll");
    }

    @Test
    void shouldSayWhenChosenConsultationsShareNothing() {
        Map<String, String> chair = StaffSessions.signIn(StaffSessions.CHAIR);
        String page = StaffSessions.as(chair).get("/staff/results/waves?ids=test-poll&ids=closed-poll&lang=en").asString();
        assertThat(page).contains(message("en", "results_waves_none"));
    }
}
