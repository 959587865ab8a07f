package org.youthvoice.staff;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthvoice.access.AccountService;
import org.youthvoice.support.Axe;
import org.youthvoice.support.Browser;
import org.youthvoice.support.Capture;
import org.youthvoice.support.HtmlChecker;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA with axe-core on the staff pages, signed in as admin through the sign-in form, in each of the six
 * languages (staff pages follow the browser's Accept-Language), with accounts, a campaign, responses, a quote waiting
 * for moderation and a flagged answer in place so that the tables have rows.
 */
@QuarkusTest
class StaffAccessibilityBrowserTest {

    static final String CAMPAIGN = "AFR-SCH-01";
    static final List<String> PAGES = List.of("/staff", "/staff/accounts", "/staff/audit", "/staff/consultations",
            "/staff/campaigns", "/staff/campaigns/" + CAMPAIGN, "/staff/campaigns/" + CAMPAIGN + "/poster?lang={lang}",
            "/staff/participation", "/staff/participation/report", "/staff/results", "/staff/results/live-poll",
            "/staff/results/live-poll?by=lang", "/staff/results/waves", "/staff/results/waves?ids=cyberbullying&ids=digital-skills",
            "/staff/quotes", "/staff/data");

    private static Axe axe;
    private static Capture capture;
    private static boolean prepared;

    @TestHTTPResource("/")
    URL base;

    @Inject
    AccountService accounts;

    @BeforeAll
    static void load() {
        axe = Axe.load();
        capture = Capture.of("axe-staff");
    }

    @BeforeEach
    void somethingOnEveryPage() {
        if (prepared) {
            return;
        }
        StaffSessions.ensureAccounts(accounts);
        StaffSessions.api(StaffSessions.ADMIN).contentType(ContentType.JSON).body("{\"consultation\":\"cyberbullying\","
                + "\"label\":\"School club\",\"region\":\"africa\",\"default_lang\":\"fr\",\"code\":\"" + CAMPAIGN + "\"}")
                .post("/api/v1/admin/campaigns").then().statusCode(201);
        String[] langs = {"ar", "zh", "en", "fr", "ru", "es"};
        for (int i = 0; i < 12; i++) {
            String comment = i == 0 ? "My uncle hurts me" : "More lessons about safety";
            given().contentType(ContentType.JSON).body("{\"lang\":\"" + langs[i % 6] + "\",\"campaign\":\"" + CAMPAIGN + "\",\"answers\":"
                            + "{\"age\":\"13-15\",\"been_mean_online\":\"no\",\"country\":\"" + (i % 2 == 0 ? "FR" : "SN") + "\",\"ideas\":\""
                            + comment + "\"}}")
                    .post("/api/v1/consultations/cyberbullying/responses").then().statusCode(201);
        }
        org.youthvoice.support.Releases.due();
        prepared = true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void shouldHaveNoAxeViolationOnAnyStaffPage(String lang) {
        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.start(true, lang)) {
            browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
            axe.selfTest(browser);
            visit(browser, "/staff/login?error=1", lang, "login-failed", violations);
            visit(browser, "/staff/login", lang, "login", violations);
            browser.find("#j_username").sendKeys(StaffSessions.ADMIN);
            browser.find("#j_password").sendKeys(StaffSessions.ADMIN_PASSWORD);
            browser.clickAndWait(browser.find("form[action='/j_security_check'] button[type=submit]"));
            assertThat(browser.path()).as("signed in through the form").isEqualTo("/staff");
            for (String page : PAGES) {
                visit(browser, page.replace("{lang}", lang), lang, page.substring(1).replace("{lang}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""), violations);
            }
        }
        assertThat(violations).as("axe-core violations (WCAG 2.2 AA) on the " + lang + " staff pages").isEmpty();
    }

    private void visit(Browser browser, String page, String lang, String step, List<String> violations) {
        browser.open(base + page.substring(1));
        assertThat(browser.path()).as(page + " opens (not the sign-in page)").isEqualTo(page.replaceFirst("\\?.*", ""));
        capture.page(browser, lang, step);
        assertThat(browser.find("html").getAttribute("lang")).as(page + " in the browser's (or the asked) language").isEqualTo(lang);
        assertThat(browser.directions()).as(step).allSatisfy(d -> assertThat(d).endsWith("ar".equals(lang) ? "=rtl" : "=ltr"));
        violations.addAll(axe.violations(browser, lang + " " + step));
    }

    @AfterAll
    static void validate() {
        if (capture == null) {
            return;
        }
        assertThat(HtmlChecker.errors(List.of(capture.htmlDir()))).as("Nu Html Checker errors on the staff pages").isEmpty();
    }
}
