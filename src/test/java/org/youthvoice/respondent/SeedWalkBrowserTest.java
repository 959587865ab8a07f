package org.youthvoice.respondent;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.support.Browser;
import org.youthvoice.support.BrowserWalk;
import org.youthvoice.support.Capture;
import org.youthvoice.support.Database;
import org.youthvoice.support.HtmlChecker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthvoice.support.BrowserWalk.message;

/**
 * Both seed consultations answered to the end in a real browser at phone size, in each of the six languages, once with
 * JavaScript switched off and once on: every page laid out in its language's direction, the answers stored, and the
 * thank-you page showing where to get help.
 */
@QuarkusTest
class SeedWalkBrowserTest {

    static final List<String> LANGS = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static final Map<Boolean, Browser> BROWSERS = new LinkedHashMap<>();
    private static final Map<String, Capture> CAPTURES = new LinkedHashMap<>();

    @TestHTTPResource("/")
    URL base;

    @Inject
    Catalog catalog;

    static Stream<Arguments> walks() {
        List<Arguments> walks = new ArrayList<>();
        for (String id : List.of("cyberbullying", "digital-skills")) {
            for (boolean javascript : List.of(false, true)) {
                LANGS.forEach(lang -> walks.add(Arguments.of(id, lang, javascript)));
            }
        }
        return walks.stream();
    }

    @ParameterizedTest(name = "{0} in {1}, JavaScript {2}")
    @MethodSource("walks")
    void shouldCompleteSeedConsultationAtPhoneSize(String id, String lang, boolean javascript) {
        Browser browser = BROWSERS.computeIfAbsent(javascript, js -> Browser.start(js, "en"));
        assertThat(browser.javascriptRuns()).as("JavaScript switched " + (javascript ? "on" : "off")).isEqualTo(javascript);
        Capture capture = CAPTURES.computeIfAbsent("walk-" + id + (javascript ? "-js" : "-nojs"), Capture::of);
        Consultation consultation = catalog.find(id).orElseThrow().consultation();
        long before = Database.responses(id);
        String direction = "ar".equals(lang) ? "rtl" : "ltr";

        int pages = BrowserWalk.complete(browser, base.toString(), lang, consultation, step -> {
            capture.page(browser, lang, step);
            assertThat(browser.directions()).as(step).isNotEmpty().allSatisfy(d -> assertThat(d).endsWith("=" + direction));
        });

        assertThat(pages).isGreaterThan(1);
        assertThat(browser.path()).isEqualTo("/" + lang + "/c/" + id + "/thanks");
        assertThat(browser.text("h1")).isEqualTo(message(lang, "thanks_title"));
        assertThat(browser.text("section.help h2")).isEqualTo(message(lang, "thanks_help_heading"));
        assertThat(browser.findAll("section.help a[href='https://childhelplineinternational.org/helplines/']")).hasSize(1);
        assertThat(browser.find("section.help").getText()).contains("Allô Enfance en Danger", "119");
        assertThat(Database.responses(id)).isEqualTo(before + 1);
    }

    @AfterAll
    static void closeAndValidate() {
        BROWSERS.values().forEach(Browser::close);
        BROWSERS.clear();
        if (CAPTURES.isEmpty()) {
            return;
        }
        List<String> errors = HtmlChecker.errors(CAPTURES.values().stream().map(Capture::htmlDir).toList());
        assertThat(errors).as("Nu Html Checker errors in the pages the walks visited").isEmpty();
    }
}
