package org.youthvoice.respondent;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.support.Browser;
import org.youthvoice.support.BrowserWalk;
import org.youthvoice.support.Capture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints what a question page weighs over the wire, compressed, with the cache empty, as Chromium at 360×640 loads
 * it: the page and everything it pulls in, by the Resource Timing API's transfer sizes (every request is ours, so
 * none is hidden by the cross-origin rule). The design's bar is 20 KB; nothing here is asserted about time or size.
 */
@QuarkusTest
class PageWeightBrowserBenchmark {

    static final String ID = "cyberbullying";
    static final int BAR = 20 * 1024;
    private static final String WEIGHT = "var all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));"
            + "return all.map(function (e) { return {name: e.name.replace(location.origin, ''), transfer: e.transferSize,"
            + " encoded: e.encodedBodySize, decoded: e.decodedBodySize}; });";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Catalog catalog;

    /** One measured page: bytes over the wire (headers included), compressed body bytes, uncompressed bytes, requests. */
    record Weight(String page, long transfer, long encoded, long decoded, int requests, List<String> names, List<String> network) {
        /** The same load by DevTools' network log (favicon and late requests included): a second look at the bar. */
        long networkBytes() {
            return network.stream().mapToLong(n -> Long.parseLong(n.substring(n.lastIndexOf(' ') + 1))).sum();
        }
    }

    @Test
    void shouldPrintTheWeightOfQuestionPagesInEachLanguage() {
        Consultation consultation = catalog.find(ID).orElseThrow().consultation();
        Capture capture = Capture.of("page-weight");
        StringBuilder table = new StringBuilder(String.format("%nPage weight, %s, Chromium %dx%d, cache empty, bar %,d B%n",
                ID, Browser.WIDTH, Browser.HEIGHT, BAR))
                .append(String.format("%-4s %-22s %9s %9s %9s %8s %11s  %s%n", "lang", "page", "wire B", "body B", "raw B", "requests",
                        "DevTools B", "within bar"));
        long max = 0;
        try (Browser browser = Browser.start(true, "en")) {
            browser.driver().executeCdpCommand("Network.enable", Map.of());
            browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            for (String lang : SeedWalkBrowserTest.LANGS) {
                Weight second = null;
                Weight heaviest = null;
                browser.open(base + lang + "/c/" + ID);
                capture.screenshot(browser, lang, "00-welcome");
                browser.finishedRequests();
                browser.clickAndWait(browser.find("#flow button[name=nav][value=start]"));
                for (int page = 1; !browser.findAll("#flow .q").isEmpty(); page++) {
                    Weight w = weigh(browser, "questions " + page);
                    capture.screenshot(browser, lang, String.format("%02d-questions", page));
                    second = page == 2 ? w : second;
                    heaviest = heaviest == null || w.transfer() > heaviest.transfer() ? w : heaviest;
                    BrowserWalk.answer(browser, consultation);
                    browser.finishedRequests();
                    browser.clickAndWait(browser.find("#flow button[name=nav][value=next]"));
                }
                capture.screenshot(browser, lang, "99-thanks");
                assertThat(second).as("a second question page in " + lang).isNotNull();
                for (Weight w : List.of(second, heaviest)) {
                    assertThat(w.requests()).as("the page and its stylesheet at least").isGreaterThanOrEqualTo(2);
                    assertThat(w.transfer()).as("bytes measured").isPositive();
                    long wire = Math.max(w.transfer(), w.networkBytes());
                    table.append(String.format("%-4s %-22s %,9d %,9d %,9d %8d %,11d  %s%n", lang, w == second ? w.page() + " (2nd)"
                            : w.page() + " (heaviest)", w.transfer(), w.encoded(), w.decoded(), w.requests(), w.networkBytes(),
                            wire <= BAR ? "yes" : "NO"));
                    max = Math.max(max, wire);
                }
                table.append(String.format("     heaviest by Resource Timing: %s; by DevTools: %s%n", heaviest.names(), heaviest.network()));
            }
        }
        table.append(String.format("maximum over the wire: %,d B of %,d B allowed (%s)%n", max, BAR, max <= BAR ? "within the bar" : "OVER THE BAR"));
        System.out.println(table);
    }

    @SuppressWarnings("unchecked")
    private static Weight weigh(Browser browser, String page) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.driver().executeScript(WEIGHT);
        long transfer = 0;
        long encoded = 0;
        long decoded = 0;
        for (Map<String, Object> e : entries) {
            transfer += ((Number) e.get("transfer")).longValue();
            encoded += ((Number) e.get("encoded")).longValue();
            decoded += ((Number) e.get("decoded")).longValue();
        }
        return new Weight(page, transfer, encoded, decoded, entries.size(),
                entries.stream().map(e -> e.get("name") + " " + e.get("transfer")).toList(), browser.finishedRequests());
    }
}
