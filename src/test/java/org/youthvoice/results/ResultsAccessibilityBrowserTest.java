package org.youthvoice.results;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthvoice.support.Axe;
import org.youthvoice.support.Browser;
import org.youthvoice.support.BrowserWalk;
import org.youthvoice.support.Capture;
import org.youthvoice.support.HtmlChecker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA with axe-core on the public results of a consultation that publishes live, in each of the six
 * languages: the results page at phone size, every screen of the meeting view and the printable report at a
 * computer's size (and a meeting screen on a phone too).
 */
@QuarkusTest
class ResultsAccessibilityBrowserTest {

    static final String LIVE = "live-poll";

    private static Browser browser;
    private static Axe axe;
    private static Capture capture;
    private static boolean answered;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void start() {
        axe = Axe.load();
        capture = Capture.of("axe-results");
        browser = Browser.start(true, "en");
        axe.selfTest(browser);
    }

    @BeforeEach
    void enoughAnswersToPublish() {
        if (!answered) {
            String[] langs = {"ar", "zh", "en", "fr", "ru", "es"};
            for (int i = 0; i < 14; i++) {
                given().contentType(ContentType.JSON).body("{\"lang\":\"" + langs[i % 6] + "\",\"answers\":{\"fine\":\""
                                + (i % 4 == 0 ? "no" : "yes") + "\",\"country\":\"FR\",\"comment\":\"More help at school\"}}")
                        .post("/api/v1/consultations/" + LIVE + "/responses").then().statusCode(201);
            }
            org.youthvoice.support.Releases.due();
            answered = true;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void shouldHaveNoAxeViolationOnResultsMeetingViewAndReport(String lang) {
        List<String> violations = new ArrayList<>();
        browser.viewport(Browser.WIDTH, Browser.HEIGHT);
        visit(lang + "/results/" + LIVE, lang, "results", violations);
        browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
        int screen = 0;
        String next = base + lang + "/results/" + LIVE + "/meeting/0";
        while (next != null) {
            visit(next.replace(base.toString(), ""), lang, "meeting-" + screen, violations);
            assertThat(browser.path()).endsWith("/meeting/" + screen);
            next = browser.findAll("link[rel=next]").stream().map(l -> l.getAttribute("href")).findFirst().orElse(null);
            screen++;
        }
        assertThat(screen).as("title, questions and method screens").isGreaterThanOrEqualTo(4);
        shouldPauseAndResumeTheLiveUpdates(lang);
        visit(lang + "/results/" + LIVE + "/report", lang, "report", violations);
        browser.viewport(Browser.WIDTH, Browser.HEIGHT);
        visit(lang + "/results/" + LIVE + "/meeting/1", lang, "meeting-on-a-phone", violations);

        assertThat(violations).as("axe-core violations (WCAG 2.2 AA) on the " + lang + " results pages").isEmpty();
    }

    /** A live meeting screen reloads itself; with JavaScript a button pauses that for the visit (WCAG 2.2.1). */
    private void shouldPauseAndResumeTheLiveUpdates(String lang) {
        browser.open(base + lang + "/results/" + LIVE + "/meeting/1");
        assertThat(browser.findAll("meta[http-equiv=refresh]")).as("no timed refresh when scripts run").isEmpty();
        assertThat(browser.find("#live").isDisplayed()).isTrue();
        assertThat(browser.text("#live")).isEqualTo(BrowserWalk.message(lang, "results_live_pause"));
        browser.find("#live").click();
        assertThat(browser.text("#live")).isEqualTo(BrowserWalk.message(lang, "results_live_resume"));
        capture.screenshot(browser, lang, "meeting-1-paused");
        browser.open(base + lang + "/results/" + LIVE + "/meeting/2");
        assertThat(browser.text("#live")).as("paused for the rest of the visit").isEqualTo(BrowserWalk.message(lang, "results_live_resume"));
        capture.screenshot(browser, lang, "meeting-2-paused");
        browser.find("#live").click();
        assertThat(browser.text("#live")).isEqualTo(BrowserWalk.message(lang, "results_live_pause"));
    }

    private void visit(String path, String lang, String step, List<String> violations) {
        browser.open(base + path);
        capture.page(browser, lang, step);
        assertThat(browser.directions()).as(step).allSatisfy(d -> assertThat(d).endsWith("ar".equals(lang) ? "=rtl" : "=ltr"));
        violations.addAll(axe.violations(browser, lang + " " + step + " " + browser.path()));
    }

    @AfterAll
    static void closeAndValidate() {
        if (browser == null) {
            return;
        }
        browser.close();
        assertThat(HtmlChecker.errors(List.of(capture.htmlDir()))).as("Nu Html Checker errors on the results pages").isEmpty();
    }
}
