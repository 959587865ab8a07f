package org.youthvoice.respondent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthvoice.response.StoredResponse;
import org.youthvoice.support.Database;
import org.youthvoice.support.FormWalker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The answering flow as a phone without JavaScript uses it: plain forms posted page by page. */
@QuarkusTest
public class WebFlowTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"cyberbullying,ar", "cyberbullying,zh", "cyberbullying,en", "cyberbullying,fr", "cyberbullying,ru", "cyberbullying,es",
            "digital-skills,ar", "digital-skills,zh", "digital-skills,en", "digital-skills,fr", "digital-skills,ru", "digital-skills,es"})
    void shouldCompleteSeedConsultationInEachLanguage(String id, String lang) {
        long before = Database.responses(id);
        FormWalker.Walk walk = FormWalker.walk("/" + lang + "/c/" + id,
                (field, values) -> field.equals("q.age") ? List.of("13-15") : List.of(values.get(0)), "I like it");

        assertThat(walk.last().statusCode()).isEqualTo(303);
        assertThat(walk.last().header("Location")).endsWith("/" + lang + "/c/" + id + "/thanks?country=FR");
        assertThat(walk.pages()).allSatisfy(html -> {
            assertThat(html).contains("<html lang=\"" + lang + "\" dir=\"" + ("ar".equals(lang) ? "rtl" : "ltr") + "\"");
            assertThat(html).doesNotContain("{msg:");
        });
        assertThat(walk.pages().get(1)).contains(message(lang, "next"));
        StoredResponse stored = Database.response(UUID.fromString(walk.receipt()));
        assertThat(stored.lang).isEqualTo(lang);
        assertThat(stored.submittedHour.getMinute()).isZero();
        assertThat(stored.submittedHour.getSecond()).isZero();
        assertThat(stored.answers).extracting(a -> a.questionId).contains("age", "country");
        assertThat(Database.responses(id)).isEqualTo(before + 1);

        Response thanks = given().get(walk.last().header("Location"));
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.asString()).contains(message(lang, "thanks_title"), "childhelplineinternational.org", "Allô Enfance en Danger")
                .contains("href=\"/" + lang + "/results/" + id + "\"").contains("/" + lang + "/c/" + id + "\">");
    }

    @Test
    void shouldSkipQuestionsHiddenByShowIf() {
        FormWalker.Walk walk = FormWalker.walk("/en/c/test-poll", (field, values) -> switch (field) {
            case "q.age" -> List.of("9-18");
            case "q.pets" -> List.of("no");
            default -> List.of(values.get(0));
        }, "ok");

        assertThat(walk.last().statusCode()).isEqualTo(303);
        assertThat(String.join("", walk.pages())).doesNotContain("q.which_pets");
        StoredResponse stored = Database.response(UUID.fromString(walk.receipt()));
        assertThat(stored.answers).extracting(a -> a.questionId).doesNotContain("which_pets").contains("pets", "happy");
    }

    @Test
    void shouldShowQuestionsRevealedByShowIf() {
        FormWalker.Walk walk = FormWalker.walk("/en/c/test-poll", (field, values) -> switch (field) {
            case "q.age" -> List.of("9-18");
            case "q.pets" -> List.of("yes");
            case "q.which_pets" -> List.of("cat", "fish");
            default -> List.of(values.get(0));
        }, "ok");

        StoredResponse stored = Database.response(UUID.fromString(walk.receipt()));
        assertThat(stored.answers.stream().filter(a -> a.questionId.equals("which_pets")).map(a -> a.optionCode))
                .containsExactlyInAnyOrder("cat", "fish");
    }

    @Test
    void shouldStoreNothingOutsideTheAudience() {
        long before = Database.responses();
        FormWalker.Walk walk = FormWalker.walk("/fr/c/test-poll", (field, values) -> List.of("under-9"), "");

        assertThat(walk.last().statusCode()).isEqualTo(200);
        assertThat(walk.last().asString()).contains(message("fr", "age_sorry_title")).doesNotContain("id=\"flow\"");
        assertThat(Database.responses()).isEqualTo(before);
    }

    @Test
    void shouldShowErrorsNextToTheQuestionInTheRespondentsLanguage() {
        String page = startPage("ru", "test-poll");
        Response missingAge = FormWalker.Form.of(page).post(Map.of(), "next");

        assertThat(missingAge.statusCode()).isEqualTo(400);
        assertThat(missingAge.asString()).contains("<p class=\"error\" id=\"e-age\">" + message("ru", "error_required") + "</p>")
                .contains("aria-describedby=\"e-age\"");
    }

    @Test
    void shouldStoreOnceWhenTheLastPageIsSentTwice() {
        String lastPage = walkToLastPage();
        FormWalker.Form form = FormWalker.Form.of(lastPage);
        String receipt = FormWalker.receiptOf(form.hidden().stream().filter(h -> h[0].equals("token")).findFirst().orElseThrow()[1]);
        long before = Database.responses("test-poll");

        Response first = form.post(Map.of("q.comment", List.of("hello")), "next");
        Response again = form.post(Map.of("q.comment", List.of("hello")), "next");

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(given().get(again.header("Location")).asString()).contains(message("en", "thanks_again"));
        assertThat(Database.response(UUID.fromString(receipt))).isNotNull();
        assertThat(Database.responses("test-poll")).isEqualTo(before + 1);
    }

    @Test
    void shouldKeepAnswersWhenGoingBackAndWhenSwitchingLanguage() {
        String lastPage = walkToLastPage();
        Response back = FormWalker.Form.of(lastPage).post(Map.of(), "back");
        assertThat(back.asString()).contains("value=\"agree\" checked");

        FormWalker.Form form = FormWalker.Form.of(back.asString());
        Response inChinese = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(form.hidden().stream().collect(Collectors.toMap(h -> h[0], h -> h[1], (a, b) -> a)))
                .formParam("q.happy", "agree").formParam("nav", "stay")
                .post("/zh/c/test-poll");
        assertThat(inChinese.asString()).contains("<html lang=\"zh\"").contains("value=\"agree\" checked")
                .contains(message("zh", "next"));
    }

    @Test
    void shouldNeverSetACookie() {
        FormWalker.Walk walk = FormWalker.walk("/es/c/test-poll", (field, values) -> field.equals("q.age") ? List.of("9-18") : List.of(values.get(0)), "x");
        assertThat(walk.last().headers().hasHeaderWithName("Set-Cookie")).isFalse();
        assertThat(given().get("/es/c/test-poll").headers().hasHeaderWithName("Set-Cookie")).isFalse();
    }

    @Test
    void shouldChooseTheHomeLanguageFromAcceptLanguage() {
        String html = given().header("Accept-Language", "de-DE;q=0.9, ru;q=0.8, en;q=0.1").get("/").asString();
        assertThat(html).contains("<html lang=\"ru\"").contains(message("ru", "home_title")).contains("/ru/c/cyberbullying")
                .doesNotContain("/ru/c/closed-poll").doesNotContain("/ru/c/future-poll");
        assertThat(given().header("Accept-Language", "ar").get("/").asString()).contains("<html lang=\"ar\" dir=\"rtl\"");
    }

    @Test
    void shouldAnswerUnknownLanguageOrConsultationWith404Page() {
        given().get("/xx/c/cyberbullying").then().statusCode(404);
        given().header("Accept-Language", "es").get("/xx/c/cyberbullying").then().statusCode(404);
        assertThat(given().header("Accept-Language", "es").get("/xx/c/cyberbullying").asString()).contains(message("es", "not_found_title"));
        given().get("/en/c/no-such-thing").then().statusCode(404);
    }

    @Test
    void shouldAnswerAFormPostedInAnUnknownLanguageWithA404PageInTheBrowsersLanguage() {
        Response post = given().redirects().follow(false).header("Accept-Language", "es").contentType("application/x-www-form-urlencoded")
                .formParam("nav", "next").formParam("q.age", "9-18").post("/xx/c/test-poll");
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(post.asString()).contains("<html lang=\"es\"").contains(message("es", "not_found_title"));
    }

    @Test
    void shouldRefuseAFormOverTheBodyLimitWithAPageInTheRespondentsLanguage() {
        long before = Database.responses();
        Response refused = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("nav=next&step=3&q.comment=" + "a".repeat(300_000)).post("/ru/c/test-poll");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.asString()).contains("<html lang=\"ru\"").contains(message("ru", "error_malformed"));
        assertThat(Database.responses()).isEqualTo(before);
    }

    @Test
    void shouldTellThatAClosedConsultationTakesNoAnswers() {
        assertThat(given().get("/fr/c/closed-poll").asString()).contains(message("fr", "welcome_closed")).doesNotContain("id=\"flow\"");
        long before = Database.responses();
        Response post = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("nav", "next").formParam("step", "0").formParam("q.fine", "yes").formParam("token", "x").post("/fr/c/closed-poll");
        assertThat(post.statusCode()).isEqualTo(409);
        assertThat(post.asString()).contains(message("fr", "error_closed"));
        assertThat(Database.responses()).isEqualTo(before);
    }

    @Test
    void shouldRefuseABrokenFormInTheRespondentsLanguageAndStoreNothing() {
        long before = Database.responses();
        for (String body : List.of("q.age=%ZZ&nav=next&step=0", "q.age=%C3%28&nav=next&step=0", "q.age=%&nav=next",
                "q.comment=%F0%9F&nav=next&step=3", "q.age=%E0%A4&nav=next&step=0")) {
            Response refused = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .body(body).post("/es/c/test-poll");
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.asString()).as(body).contains("<html lang=\"es\"");
        }
        assertThat(Database.responses()).isEqualTo(before);
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/json");
    }

    @Test
    void shouldLetAChildAnswerWhenTheLinkCarriesAnUnknownCampaign() {
        String token = FormWalker.Form.of(given().get("/en/c/test-poll").asString()).hidden().get(0)[1];
        Response start = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("campaign=%00%3Cscript%3E&nav=start&token=" + token).post("/en/c/test-poll");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.asString()).contains("name=\"q.age\"").doesNotContain("name=\"campaign\"");
        assertThat(given().get("/en/c/test-poll?campaign=NOPE").asString()).doesNotContain("name=\"campaign\"");
    }

    private static String startPage(String lang, String id) {
        return FormWalker.Form.of(given().get("/" + lang + "/c/" + id).asString()).post(Map.of(), "start").asString();
    }

    /** The last page of test-poll, reached with every earlier page answered. */
    private static String walkToLastPage() {
        FormWalker.Form form = FormWalker.Form.of(startPage("en", "test-poll"));
        form = FormWalker.Form.of(form.post(Map.of("q.age", List.of("9-18")), "next").asString());
        form = FormWalker.Form.of(form.post(Map.of("q.pets", List.of("no")), "next").asString());
        String last = form.post(Map.of("q.happy", List.of("agree"), "q.country", List.of("KE")), "next").asString();
        assertThat(last).contains("name=\"q.comment\"");
        return last;
    }

    public static String message(String lang, String key) {
        try (InputStream in = WebFlowTest.class.getResourceAsStream("/messages/msg_" + lang + ".properties")) {
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return p.getProperty(key).replace("\"", "&quot;").replace("'", "&#39;");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
