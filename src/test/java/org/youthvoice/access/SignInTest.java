package org.youthvoice.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthvoice.support.Database;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff sign-in: the first admin, bcrypt, throttling, disabled accounts, sign-out, CSRF, audit, six languages. */
@QuarkusTest
class SignInTest {

    @Inject
    AccountService accounts;

    @Inject
    Audit audit;

    @BeforeEach
    void accounts() {
        StaffSessions.ensureAccounts(accounts);
    }

    static Response signIn(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }

    @Test
    void shouldCreateTheFirstAdminWithTheConfiguredPasswordHashedWithBcrypt() {
        StaffAccount admin = QuarkusTransaction.requiringNew().call(() -> StaffAccount.byUsername(Database.em(), "admin").orElseThrow());
        assertThat(admin.role).isEqualTo("admin");
        assertThat(admin.passwordHash).startsWith("$2a$").doesNotContain(StaffSessions.ADMIN_PASSWORD);
        assertThat(signIn("admin", StaffSessions.ADMIN_PASSWORD).header("Location")).endsWith("/staff");
    }

    @Test
    void shouldRefuseAWrongPasswordAndAuditIt() {
        Response refused = signIn(StaffSessions.STEWARD, "not-the-password");
        assertThat(refused.header("Location")).contains("/staff/login?error");
        assertThat(refused.getCookie("yv-staff")).isNull();
        assertThat(audit.find(StaffSessions.STEWARD, "sign_in_failed", null, null, 10)).isNotEmpty();
        assertThat(given().get("/staff/login?error=1").asString()).contains("class=\"error\"");
    }

    @Test
    void shouldLockAnAccountAfterRepeatedFailuresEvenForTheRightPassword() {
        accounts.create("test", "lock-me", "chair", null, StaffSessions.PASSWORD);
        for (int i = 0; i < 5; i++) {
            signIn("lock-me", "wrong-" + i);
        }
        assertThat(signIn("lock-me", StaffSessions.PASSWORD).header("Location")).contains("error");
        assertThat(audit.find("lock-me", "sign_in_locked", null, null, 10)).isNotEmpty();
        accounts.resetPassword("admin", "lock-me", StaffSessions.PASSWORD);
        assertThat(signIn("lock-me", StaffSessions.PASSWORD).header("Location")).endsWith("/staff");
    }

    @Test
    void shouldEndTheSessionOfADisabledAccount() {
        accounts.create("test", "leaver", "chair", null, StaffSessions.PASSWORD);
        Map<String, String> session = signIn("leaver", StaffSessions.PASSWORD).getCookies();
        assertThat(StaffSessions.as(session).get("/staff/participation").statusCode()).isEqualTo(200);

        accounts.setEnabled("admin", "leaver", false);

        assertThat(StaffSessions.as(session).get("/staff/participation").statusCode()).isEqualTo(302);
        assertThat(signIn("leaver", StaffSessions.PASSWORD).header("Location")).contains("error");
        assertThat(audit.find("admin", "account_disabled", null, null, 10)).extracting(e -> e.target).contains("leaver");
    }

    @Test
    void shouldSignOutOnlyWithTheFormToken() {
        Map<String, String> session = StaffSessions.signIn(StaffSessions.CHAIR);
        assertThat(StaffSessions.as(session).contentType(ContentType.URLENC).formParam("csrf", "forged").post("/staff/logout")
                .statusCode()).isEqualTo(403);
        Response out = StaffSessions.as(session).contentType(ContentType.URLENC)
                .formParam("csrf", StaffSessions.csrf(session)).post("/staff/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.getDetailedCookie("yv-staff").getMaxAge()).isZero();
        assertThat(audit.find(StaffSessions.CHAIR, "sign_out", null, null, 10)).isNotEmpty();
    }

    @Test
    void shouldEndEverySessionOfTheAccountWhenItSignsOut() {
        String username = fresh("leaving-chair");
        Map<String, String> phone = StaffSessions.signIn(username);
        Map<String, String> laptop = StaffSessions.signIn(username);
        assertThat(StaffSessions.as(phone).get("/staff").statusCode()).isEqualTo(200);
        assertThat(StaffSessions.as(laptop).get("/staff").statusCode()).isEqualTo(200);

        StaffSessions.as(phone).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(phone)).post("/staff/logout")
                .then().statusCode(303);

        // A copy of either cookie kept from before the sign-out no longer opens a staff page.
        assertThat(StaffSessions.as(phone).get("/staff").statusCode()).isNotEqualTo(200);
        assertThat(StaffSessions.as(laptop).get("/staff").statusCode()).isNotEqualTo(200);
        assertThat(StaffSessions.as(laptop).get("/staff").header("Location")).contains("/staff/login");
        assertThat(StaffSessions.as(StaffSessions.signIn(username)).get("/staff").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldEndTheSessionsOfAnAccountWhosePasswordIsReset() {
        String username = fresh("reset-chair");
        Map<String, String> session = StaffSessions.signIn(username);
        accounts.resetPassword("admin", username, StaffSessions.PASSWORD);

        assertThat(StaffSessions.as(session).get("/staff").statusCode()).isNotEqualTo(200);
        assertThat(StaffSessions.as(StaffSessions.signIn(username)).get("/staff").statusCode()).isEqualTo(200);
    }

    @Inject
    SessionCookie sessionCookie;

    @Test
    void shouldReadWhenARealSessionCookieWasIssued() {
        long before = System.currentTimeMillis();
        String value = StaffSessions.signIn(StaffSessions.CHAIR).get("yv-staff");
        long after = System.currentTimeMillis();

        assertThat(sessionCookie.issuedAt(value)).isPresent();
        assertThat(sessionCookie.issuedAt(value).getAsLong()).isBetween(before, after);
        assertThat(sessionCookie.issuedAt("forged")).isEmpty();
        assertThat(sessionCookie.issuedAt(value.substring(0, value.length() - 4) + "AAAA")).isEmpty();
    }

    private String fresh(String prefix) {
        String username = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        accounts.create("admin", username, "chair", null, StaffSessions.PASSWORD);
        return username;
    }

    @Test
    void shouldAuditAccountChangesWithWhoWhatAndOnWhat() {
        accounts.create("admin", "new-chair", "chair", null, StaffSessions.PASSWORD);
        accounts.changeRole("admin", "new-chair", "promoter", "cis");
        List<AuditEvent> events = audit.find("admin", null, null, null, 50);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action).isEqualTo("account_role_changed");
            assertThat(e.target).isEqualTo("new-chair");
            assertThat(e.detail).isEqualTo("promoter cis");
        });
        assertThat(StaffSessions.as(StaffSessions.signIn("admin")).get("/staff/audit?action=account_created").asString())
                .contains("new-chair");
    }

    @Test
    void shouldRefuseAPromoterWithoutARegionAndAShortPassword() {
        assertThat(accounts.problem("p2", "promoter", null, StaffSessions.PASSWORD)).isPresent();
        assertThat(accounts.problem("p2", "chair", null, "short")).isPresent();
        assertThat(accounts.problem("p2", "king", null, StaffSessions.PASSWORD)).isPresent();
        StaffSessions.api("admin").contentType(ContentType.JSON)
                .body("{\"username\":\"p3\",\"role\":\"promoter\",\"password\":\"" + StaffSessions.PASSWORD + "\"}")
                .post("/api/v1/admin/accounts").then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void shouldShowTheSignInPageInEachLanguage(String lang) {
        String html = given().get("/staff/login?lang=" + lang).asString();
        assertThat(html).contains("<html lang=\"" + lang + "\"").contains("action=\"/j_security_check\"");
        assertThat(html).contains(org.youthvoice.respondent.WebFlowTest.message(lang, "staff_sign_in_button"));
    }
}
