package org.youthvoice.support;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Answers the HTML forms of the respondent flow the way a browser without JavaScript would: field by field. */
public final class FormWalker {

    private static final Pattern FORM = Pattern.compile("<form id=\"flow\" method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern CHOICE = Pattern.compile("<input type=\"(radio|checkbox)\" name=\"([^\"]+)\" value=\"([^\"]+)\"");
    private static final Pattern SELECT = Pattern.compile("<select id=\"[^\"]+\" name=\"([^\"]+)\"");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea id=\"[^\"]+\" name=\"([^\"]+)\"");

    private FormWalker() {
    }

    /** The form of a page: where it posts, its hidden fields, and the answerable fields with their possible values. */
    public record Form(String action, List<String[]> hidden, Map<String, List<String>> fields, Set<String> texts, String html) {

        public static Form of(String html) {
            Matcher action = FORM.matcher(html);
            if (!action.find()) {
                throw new AssertionError("no answering form on page:\n" + html);
            }
            List<String[]> hidden = new ArrayList<>();
            Matcher h = HIDDEN.matcher(html);
            while (h.find()) {
                hidden.add(new String[] {h.group(1), unescape(h.group(2))});
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            Matcher c = CHOICE.matcher(html);
            while (c.find()) {
                fields.computeIfAbsent(c.group(2), k -> new ArrayList<>()).add(unescape(c.group(3)));
            }
            Matcher s = SELECT.matcher(html);
            while (s.find()) {
                fields.put(s.group(1), List.of("FR"));
            }
            Set<String> texts = new LinkedHashSet<>();
            Matcher t = TEXTAREA.matcher(html);
            while (t.find()) {
                texts.add(t.group(1));
            }
            return new Form(action.group(1), hidden, fields, texts, html);
        }

        /** Posts the form with the chosen answers and the given button. */
        public Response post(Map<String, List<String>> answers, String nav) {
            var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
            for (String[] field : hidden) {
                request = request.formParam(field[0], field[1]);
            }
            for (var answer : answers.entrySet()) {
                request = request.formParam(answer.getKey(), answer.getValue().toArray());
            }
            return request.formParam("nav", nav).post(action);
        }
    }

    /**
     * Walks from the welcome page to the end: each page is answered by {@code choose} (field, possible values → values;
     * an empty list skips the field); free-text fields get {@code text}. Returns the last response (the redirect to
     * the thank-you page, or the page that stopped the walk) and every page seen.
     */
    public static Walk walk(String welcomeUrl, BiFunction<String, List<String>, List<String>> choose, String text) {
        List<String> pages = new ArrayList<>();
        Response welcome = given().get(welcomeUrl);
        pages.add(welcome.asString());
        Response current = Form.of(welcome.asString()).post(Map.of(), "start");
        for (int guard = 0; guard < 30 && current.statusCode() == 200 && current.asString().contains("id=\"flow\""); guard++) {
            String html = current.asString();
            pages.add(html);
            Form form = Form.of(html);
            Map<String, List<String>> answers = new LinkedHashMap<>();
            form.fields().forEach((field, values) -> {
                List<String> chosen = choose.apply(field, values);
                if (!chosen.isEmpty()) {
                    answers.put(field, chosen);
                }
            });
            form.texts().forEach(field -> answers.put(field, List.of(text)));
            current = form.post(answers, "next");
        }
        return new Walk(current, pages);
    }

    /** The end of a walk and the pages on the way. */
    public record Walk(Response last, List<String> pages) {
        /** The receipt inside the welcome page's form token (its first 16 bytes). */
        public String receipt() {
            Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(pages.get(0));
            return m.find() ? receiptOf(m.group(1)) : null;
        }
    }

    /** The receipt a form token carries. */
    public static String receiptOf(String token) {
        java.nio.ByteBuffer payload = java.nio.ByteBuffer.wrap(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        return new java.util.UUID(payload.getLong(), payload.getLong()).toString();
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
