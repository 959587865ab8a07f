package org.youthvoice.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.By;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Option;
import org.youthvoice.definition.Role;

/**
 * Answers a consultation in the browser as a child would: the first option of every choice question (the first age
 * band the consultation is for, since the first band is usually "under 9"), a country from the list, a short text,
 * then the submit button, page after page until the thank-you page.
 */
public final class BrowserWalk {

    /** Called on every page reached, with a step name that sorts in the order of the walk. */
    @FunctionalInterface
    public interface Visitor {
        void page(String step);
    }

    public static final String COUNTRY = "FR";
    public static final String TEXT = "More lessons about staying safe";

    private BrowserWalk() {
    }

    /** Walks from the welcome page to the thank-you page; returns the number of question pages answered. */
    public static int complete(Browser browser, String base, String lang, Consultation consultation, Visitor visitor) {
        browser.open(base + lang + "/c/" + consultation.id());
        visitor.page("00-welcome");
        browser.clickAndWait(browser.find("#flow button[name=nav][value=start]"));
        int pages = 0;
        while (!browser.findAll("#flow .q").isEmpty()) {
            if (++pages > 30) {
                throw new AssertionError("more than 30 question pages: the walk is going round in circles at " + browser.path());
            }
            visitor.page(String.format("%02d-questions", pages));
            answer(browser, consultation);
            browser.clickAndWait(browser.find("#flow button[name=nav][value=next]"));
        }
        visitor.page(String.format("%02d-thanks", pages + 1));
        return pages;
    }

    /** Answers every question shown on the current page. */
    @SuppressWarnings("unchecked")
    public static void answer(Browser browser, Consultation consultation) {
        String age = "q." + consultation.withRole(Role.AGE_BAND).map(q -> q.id()).orElse("");
        // One look at the page instead of a round trip per element: what kind of field each question has.
        List<String> fields = (List<String>) browser.driver().executeScript(FIELDS);
        for (String field : fields) {
            String[] f = field.split(" ", 3);
            switch (f[0]) {
                case "select" -> browser.find("select[name='" + f[1] + "'] option[value='" + COUNTRY + "']").click();
                case "textarea" -> browser.find("textarea[name='" + f[1] + "']").sendKeys(TEXT);
                default -> browser.driver().findElement(By.xpath("//label[input[@name='" + f[1] + "' and @value='"
                        + (f[1].equals(age) ? firstAgeBand(consultation) : f[2]) + "']]")).click();
            }
        }
    }

    private static final String FIELDS = "return Array.prototype.map.call(document.querySelectorAll('#flow .q'), function (q) {"
            + " var f = q.querySelector('select, textarea, input[type=radio], input[type=checkbox]');"
            + " return f.tagName.toLowerCase() + ' ' + f.name + ' ' + f.value; });";

    /** The first age band wholly inside the consultation's audience. */
    public static String firstAgeBand(Consultation c) {
        return c.withRole(Role.AGE_BAND).orElseThrow().options().stream()
                .filter(o -> o.minAge() >= c.audience().minAge() && o.maxAge() <= c.audience().maxAge())
                .map(Option::code).findFirst().orElseThrow();
    }

    /** An interface text as the respondent reads it (not HTML-escaped). */
    public static String message(String lang, String key) {
        try (InputStream in = BrowserWalk.class.getResourceAsStream("/messages/msg_" + lang + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.getProperty(key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
