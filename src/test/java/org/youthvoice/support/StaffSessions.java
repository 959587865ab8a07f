package org.youthvoice.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youthvoice.access.AccountService;
import org.youthvoice.access.StaffAccount;

import static io.restassured.RestAssured.given;

/** Staff accounts for the tests, one per role, and signed-in sessions for them. */
public final class StaffSessions {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Admin-Pass-2026";
    public static final String PASSWORD = "Test-Password-2026";
    public static final String CHAIR = "chair-test";
    public static final String PROMOTER_AFRICA = "promoter-africa";
    public static final String PROMOTER_EUROPE = "promoter-europe";
    public static final String STEWARD = "steward-test";

    private StaffSessions() {
    }

    /** Creates the test accounts that do not exist yet. */
    public static void ensureAccounts(AccountService accounts) {
        create(accounts, CHAIR, "chair", null);
        create(accounts, PROMOTER_AFRICA, "promoter", "africa");
        create(accounts, PROMOTER_EUROPE, "promoter", "europe");
        create(accounts, STEWARD, "steward", null);
    }

    private static void create(AccountService accounts, String username, String role, String region) {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> StaffAccount.byUsername(Database.em(), username).isPresent());
        if (!exists) {
            accounts.create("test", username, role, region, PASSWORD);
        }
    }

    public static String password(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
    }

    /** Signs in through the login form; returns the session cookies, or throws when sign-in fails. */
    public static Map<String, String> signIn(String username) {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password(username)).post("/j_security_check");
        if (r.statusCode() != 302 || r.header("Location").contains("error") || r.getCookie("yv-staff") == null) {
            throw new AssertionError("sign-in failed for " + username + ": " + r.statusCode() + " " + r.header("Location"));
        }
        return r.getCookies();
    }

    /** A request carrying a staff session. */
    public static RequestSpecification as(Map<String, String> session) {
        return given().redirects().follow(false).cookies(session);
    }

    /** The form token shown on the staff pages of this session. */
    public static String csrf(Map<String, String> session) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(as(session).get("/staff").asString());
        if (!m.find()) {
            throw new AssertionError("no form token on /staff");
        }
        return m.group(1);
    }

    /** A request to the staff API with HTTP Basic. */
    public static RequestSpecification api(String username) {
        return given().redirects().follow(false).auth().preemptive().basic(username, password(username));
    }
}
