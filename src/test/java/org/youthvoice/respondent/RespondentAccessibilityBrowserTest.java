package org.youthvoice.respondent;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.support.Axe;
import org.youthvoice.support.Browser;
import org.youthvoice.support.BrowserWalk;
import org.youthvoice.support.Capture;
import org.youthvoice.support.HtmlChecker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA with axe-core on every page a respondent can meet, in each of the six languages: home, welcome pages,
 * every question page of both seed consultations, a page with a validation error, the age gate, the thank-you page,
 * both privacy notices, a closed consultation and a page that does not exist.
 */
@QuarkusTest
class RespondentAccessibilityBrowserTest {

    private static Browser browser;
    private static Axe axe;
    private static Capture capture;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Catalog catalog;

    @BeforeAll
    static void start() {
        axe = Axe.load();
        capture = Capture.of("axe-respondent");
        browser = Browser.start(true, "en");
        axe.selfTest(browser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void shouldHaveNoAxeViolationOnAnyRespondentPage(String lang) {
        List<String> violations = new ArrayList<>();
        Checker check = step -> {
            capture.page(browser, lang, step);
            assertThat(browser.directions()).as(step).allSatisfy(d -> assertThat(d).endsWith("ar".equals(lang) ? "=rtl" : "=ltr"));
            violations.addAll(axe.violations(browser, lang + " " + step + " " + browser.path()));
        };
        open(lang + "/", check, "home");
        open(lang + "/privacy", check, "privacy");
        open(lang + "/privacy/adults", check, "privacy-adults");
        open(lang + "/c/no-such-consultation", check, "not-found");
        open(lang + "/c/closed-poll", check, "closed");
        for (String id : List.of("cyberbullying", "digital-skills")) {
            Consultation consultation = catalog.find(id).orElseThrow().consultation();
            BrowserWalk.complete(browser, base.toString(), lang, consultation, step -> check.page(id + "-" + step));
        }

        open(lang + "/c/cyberbullying", check, "cyberbullying-welcome-again");
        browser.clickAndWait(browser.find("#flow button[name=nav][value=start]"));
        browser.clickAndWait(browser.find("#flow button[name=nav][value=next]"));
        assertThat(browser.findAll(".summary .error, .summary li, .q.invalid .error")).as("a validation error is shown").isNotEmpty();
        check.page("cyberbullying-validation-error");
        browser.find("#flow input[name='q.age'][value='under-9']").click();
        browser.clickAndWait(browser.find("#flow button[name=nav][value=next]"));
        check.page("cyberbullying-age-gate");

        assertThat(violations).as("axe-core violations (WCAG 2.2 AA) on the " + lang + " respondent pages").isEmpty();
    }

    private void open(String path, Checker check, String step) {
        browser.open(base + path);
        check.page(step);
    }

    @FunctionalInterface
    interface Checker {
        void page(String step);
    }

    @AfterAll
    static void closeAndValidate() {
        if (browser == null) {
            return;
        }
        browser.close();
        assertThat(HtmlChecker.errors(List.of(capture.htmlDir()))).as("Nu Html Checker errors on the respondent pages").isEmpty();
    }
}
