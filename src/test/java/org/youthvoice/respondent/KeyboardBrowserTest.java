package org.youthvoice.respondent;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.support.Browser;
import org.youthvoice.support.BrowserWalk;
import org.youthvoice.support.Capture;
import org.youthvoice.support.Database;
import org.youthvoice.support.FormWalker;
import org.youthvoice.support.HtmlChecker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultation completed with the keyboard alone — Tab, Shift-Tab, Space, Enter and the arrow keys sent to whatever
 * has the focus, never a click — with the focus visible on every stop, left to right and right to left.
 */
@QuarkusTest
class KeyboardBrowserTest {

    static final String ID = "cyberbullying";
    private static final String FOCUSED = "var e = document.activeElement;"
            + "return {tag: e.tagName.toLowerCase(), type: e.type || '', name: e.name || '', value: e.value || '',"
            + " answered: e.name && e.form ? e.form.querySelectorAll('[name=\"' + e.name + '\"]:checked').length : 0,"
            + " outline: getComputedStyle(e).outlineStyle, text: (e.textContent || '').trim()};";

    private static Capture capture;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Catalog catalog;

    @BeforeAll
    static void fresh() {
        capture = Capture.of("keyboard-" + ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void shouldCompleteAConsultationWithTheKeyboardAlone(String lang) {
        Consultation consultation = catalog.find(ID).orElseThrow().consultation();
        String band = BrowserWalk.firstAgeBand(consultation);
        try (Browser browser = Browser.start(true, lang)) {
            browser.open(base + lang + "/c/" + ID);
            capture.page(browser, lang, "00-welcome");
            UUID receipt = UUID.fromString(FormWalker.receiptOf(browser.find("input[name=token]").getAttribute("value")));
            tabTo(browser, "start");
            press(browser, Keys.ENTER, true);
            int pages = 0;
            while (!browser.findAll("#flow .q").isEmpty()) {
                assertThat(++pages).as("question pages").isLessThan(30);
                capture.page(browser, lang, String.format("%02d-questions", pages));
                answerWithKeys(browser, band);
                press(browser, Keys.ENTER, true);
            }
            capture.page(browser, lang, String.format("%02d-thanks", pages + 1));
            assertThat(browser.path()).isEqualTo("/" + lang + "/c/" + ID + "/thanks");
            assertThat(browser.text("h1")).isEqualTo(BrowserWalk.message(lang, "thanks_title"));
            assertThat(pages).isGreaterThan(1);
            Map<String, String> stored = new HashMap<>();
            Database.response(receipt).answers.forEach(a -> stored.merge(a.questionId, String.valueOf(a.optionCode), (x, y) -> x + "," + y));
            assertThat(stored).as("answers chosen with Space and the arrow keys").containsEntry("age", band)
                    .containsEntry("been_mean_online", "yes").containsKeys("what_happened", "know_block_report", "country");
        }
    }

    /** Tabs through the page answering each unanswered question it reaches, until the Next button has the focus. */
    private void answerWithKeys(Browser browser, String band) {
        for (int presses = 0; presses < 200; presses++) {
            Map<String, Object> f = press(browser, Keys.TAB, false);
            if (isNav(f, "next")) {
                // Shift-Tab goes back to the last field and Tab returns: the order is the same both ways.
                assertThat(isNav(shiftTab(browser), "next")).isFalse();
                assertThat(isNav(press(browser, Keys.TAB, false), "next")).isTrue();
                return;
            }
            boolean unanswered = ((Number) f.get("answered")).intValue() == 0;
            if ("radio".equals(f.get("type")) && unanswered && "q.age".equals(f.get("name"))) {
                // The first band ("under 9") is outside the audience: the arrow keys move to and choose the next ones.
                for (int i = 0; i < 10 && !band.equals(f.get("value")); i++) {
                    f = press(browser, Keys.ARROW_DOWN, false);
                }
                assertThat(f.get("value")).isEqualTo(band);
            } else if (("radio".equals(f.get("type")) || "checkbox".equals(f.get("type"))) && unanswered) {
                press(browser, Keys.SPACE, false);
            } else if ("select".equals(f.get("tag")) && "".equals(f.get("value"))) {
                assertThat(press(browser, Keys.ARROW_DOWN, false).get("value")).as("a country chosen with the arrow keys").isNotEqualTo("");
            }
        }
        throw new AssertionError("the Next button never got the focus on " + browser.path());
    }

    private void tabTo(Browser browser, String nav) {
        for (int presses = 0; presses < 50; presses++) {
            if (isNav(press(browser, Keys.TAB, false), nav)) {
                return;
            }
        }
        throw new AssertionError("no '" + nav + "' button reached with Tab on " + browser.path());
    }

    private static Map<String, Object> shiftTab(Browser browser) {
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return focused(browser);
    }

    /** Sends a key to the focused element; returns what has the focus afterwards, which must show it. */
    private static Map<String, Object> press(Browser browser, Keys key, boolean navigates) {
        String before = browser.document();
        new Actions(browser.driver()).sendKeys(key).perform();
        if (navigates) {
            browser.waitForNextPage(before);
            return Map.of();
        }
        return focused(browser);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focused(Browser browser) {
        Map<String, Object> focused = (Map<String, Object>) browser.driver().executeScript(FOCUSED);
        if (!"body".equals(focused.get("tag"))) {
            assertThat(focused.get("outline")).as("focus visible on " + focused).isNotEqualTo("none");
        }
        return focused;
    }

    private static boolean isNav(Map<String, Object> focused, String value) {
        return "button".equals(focused.get("tag")) && "nav".equals(focused.get("name")) && value.equals(focused.get("value"));
    }

    @AfterAll
    static void validate() {
        assertThat(HtmlChecker.errors(List.of(capture.htmlDir()))).as("Nu Html Checker errors on the pages reached by keyboard").isEmpty();
    }
}
