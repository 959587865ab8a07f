package org.youthvoice.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core run inside the page for the WCAG 2.0, 2.1 and 2.2 A and AA rules. The script comes from npm
 * ({@code npm install --no-save axe-core@4} in the project root), or from the path in system property {@code axe.script}.
 */
public final class Axe {

    public static final String TAGS = "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']";
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}, resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
            + " help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(function (n) {"
            + " return n.target.join(' ') + ' :: ' + n.html.substring(0, 160) + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' '); })}; }))); })"
            + ".catch(function (e) { done('axe failed: ' + e); });";

    private final String script;
    private final ObjectMapper json = new ObjectMapper();

    private Axe(String script) {
        this.script = script;
    }

    /** Reads the axe script, failing with how to install it when it is missing. */
    public static Axe load() {
        Path path = Prerequisites.require(Prerequisites.fromProperty("axe.script", "node_modules/axe-core/axe.min.js"),
                "The axe-core script (system property axe.script)", "npm install --no-save axe-core@4 (in the project root)");
        try {
            return new Axe(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Proves that axe runs and reports in this browser: a page without a language and an image without text fails. */
    public void selfTest(Browser browser) {
        browser.open("data:text/html,<!DOCTYPE html><title>t</title><main><img src='data:,'></main>");
        List<String> found = violations(browser, "axe self-test");
        if (found.stream().noneMatch(v -> v.contains(": html-has-lang ")) || found.stream().noneMatch(v -> v.contains(": image-alt "))) {
            throw new AssertionError("axe-core did not report the violations of its self-test page: " + found);
        }
    }

    /** The violations on the browser's current page, one line each: page, rule, impact, help, first targets. */
    public List<String> violations(Browser browser, String page) {
        browser.driver().executeScript(script);
        Object result = browser.driver().executeAsyncScript(RUN);
        if (!(result instanceof String text) || text.startsWith("axe failed")) {
            throw new AssertionError("axe-core did not run on " + page + ": " + result);
        }
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode v : json.readTree(text)) {
                StringBuilder line = new StringBuilder(page).append(": ").append(v.path("id").asText())
                        .append(" (").append(v.path("impact").asText()).append(", ").append(v.path("nodes").asInt())
                        .append(" nodes) ").append(v.path("help").asText());
                v.path("targets").forEach(t -> line.append("\n      ").append(t.asText()));
                lines.add(line.toString());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!page.equals("axe self-test")) {
            lines.forEach(l -> System.out.println("axe violation " + l));
        }
        return lines;
    }
}
