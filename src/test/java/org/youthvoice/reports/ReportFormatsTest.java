package org.youthvoice.reports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthvoice.results.ResultsApiTest;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.youthvoice.respondent.WebFlowTest.message;

/** The meeting view, the printable report, its PDF and its DOCX, on the public addresses and the staff ones. */
@QuarkusTest
class ReportFormatsTest {

    static final String LIVE = ResultsApiTest.ID;

    private static boolean answered;

    @jakarta.inject.Inject
    org.youthvoice.access.AccountService accounts;

    @BeforeEach
    void enoughAnswers() {
        StaffSessions.ensureAccounts(accounts);
        if (!answered) {
            ResultsApiTest.submitMixed();
            answered = true;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void shouldShowOneQuestionPerMeetingScreenInEachLanguage(String lang) {
        String title = given().get("/" + lang + "/results/" + LIVE + "/meeting").then().statusCode(200).extract().asString();
        assertThat(title).contains("<html lang=\"" + lang + "\" dir=\"" + ("ar".equals(lang) ? "rtl" : "ltr") + "\"")
                .contains("href=\"/" + lang + "/results/" + LIVE + "/meeting/1\"").doesNotContain("rel=\"prev\"")
                .containsPattern("<script src=\"/assets/[0-9a-f]{10}/js/meeting.js\" defer></script>");
        String question = given().get("/" + lang + "/results/" + LIVE + "/meeting/1").asString();
        assertThat(question).contains("<table class=\"bars\">")
                .contains("href=\"/" + lang + "/results/" + LIVE + "/meeting/0\"").contains("href=\"/" + lang + "/results/" + LIVE + "/meeting/2\"");
        for (String other : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            assertThat(question).contains(other.equals(lang) ? "<span aria-current=\"true\" lang=\"" + other + "\">"
                    : "href=\"/" + other + "/results/" + LIVE + "/meeting/1\"");
        }
    }

    @Test
    void shouldRefreshTheLiveMeetingViewWithoutJavaScriptAndShowHowToAnswer() {
        Response title = given().get("/en/results/" + LIVE + "/meeting/0");
        assertThat(title.asString()).contains("<meta http-equiv=\"refresh\" content=\"" + ReportFormats.LIVE_REFRESH_SECONDS + "\">")
                .contains("/en/c/" + LIVE + "\"").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(title.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(given().get("/en/results/" + LIVE).header("Content-Security-Policy")).doesNotContain("script-src");
        String closed = given().get("/en/results/closed-poll/meeting/0").then().statusCode(200).extract().asString();
        assertThat(closed).doesNotContain("http-equiv=\"refresh\"").doesNotContain("/en/c/closed-poll");
    }

    @Test
    void shouldLetTheLiveMeetingViewBePausedWithoutJavaScript() {
        String live = given().get("/en/results/" + LIVE + "/meeting/1").asString();
        assertThat(live).contains("<noscript><p class=\"live\"><a href=\"/en/results/" + LIVE + "/meeting/1?paused=1\">Pause the updates</a>");

        String paused = given().get("/en/results/" + LIVE + "/meeting/1?paused=1").then().statusCode(200).extract().asString();
        assertThat(paused).doesNotContain("http-equiv=\"refresh\"").contains("data-refresh=\"0\"")
                .contains("<a href=\"/en/results/" + LIVE + "/meeting/1\">Resume the updates</a>")
                .contains("href=\"/en/results/" + LIVE + "/meeting/2?paused=1\"").contains("href=\"/en/results/" + LIVE + "/meeting/0?paused=1\"")
                .contains("href=\"/ar/results/" + LIVE + "/meeting/1?paused=1\"");

        var chair = StaffSessions.signIn(StaffSessions.CHAIR);
        String staff = StaffSessions.as(chair).get("/staff/results/" + LIVE + "/meeting/1?lang=fr&paused=1").then().statusCode(200).extract().asString();
        assertThat(staff).doesNotContain("http-equiv=\"refresh\"")
                .contains("href=\"/staff/results/" + LIVE + "/meeting/2?lang=fr&amp;paused=1\"")
                .contains("href=\"/staff/results/" + LIVE + "/meeting/1?lang=fr\">Reprendre les mises à jour</a>");

        String closed = given().get("/en/results/closed-poll/meeting/1?paused=1").asString();
        assertThat(closed).doesNotContain("Resume the updates").doesNotContain("Pause the updates").doesNotContain("paused=1");
    }

    @Test
    void shouldEndWithTheMethodologyAndStayWithinTheScreens() {
        // A screen past the end shows the last one: the methodology, with no way further.
        String last = given().get("/fr/results/" + LIVE + "/meeting/99").then().statusCode(200).extract().asString();
        assertThat(last).contains(message("fr", "results_method_heading")).doesNotContain("rel=\"next\"");
        java.util.regex.Matcher previous = java.util.regex.Pattern.compile("rel=\"prev\" href=\"/fr/results/" + LIVE + "/meeting/(\\d+)\"")
                .matcher(last);
        assertThat(previous.find()).isTrue();
        int lastScreen = Integer.parseInt(previous.group(1)) + 1;
        assertThat(given().get("/fr/results/" + LIVE + "/meeting/" + lastScreen).asString()).isEqualTo(last);
        assertThat(given().get("/fr/results/" + LIVE + "/meeting/" + (lastScreen - 1)).asString()).contains("rel=\"next\"");
    }

    @Test
    void shouldKeepUnpublishedResultsOffThePublicFormats() {
        for (String path : List.of("meeting", "meeting/1", "report", "report.pdf", "report.docx")) {
            given().get("/en/results/test-poll/" + path).then().statusCode(404);
            given().get("/en/results/no-such/" + path).then().statusCode(404);
        }
        given().get("/xx/results/" + LIVE + "/report").then().statusCode(404);
    }

    @Test
    void shouldPrintTheReportOnA4WithEveryQuestionAndTheMethodology() {
        String html = given().get("/ru/results/" + LIVE + "/report").then().statusCode(200).extract().asString();
        assertThat(html).containsPattern("/assets/[0-9a-f]{10}/css/report.css").contains("Всё хорошо?").contains(message("ru", "results_method_heading"))
                .contains("/ru/results/" + LIVE + "/report.pdf").contains("/ru/results/" + LIVE + "/report.docx");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/assets/[0-9a-f]{10}/css/report.css)\"").matcher(html);
        assertThat(link.find()).isTrue();
        String css = given().get(link.group(1)).asString();
        assertThat(css).contains("@page{size:A4");
    }

    @Test
    void shouldMakeAPdfWithArabicAndChineseFontsEmbedded() throws Exception {
        assertThat(pdfFonts("ar")).anyMatch(f -> f.contains("NotoNaskhArabic"));
        assertThat(pdfFonts("zh")).anyMatch(f -> f.contains("DroidSansFallback"));
        assertThat(pdfText("zh")).contains("测试问卷").contains("你好吗").contains("好");
        assertThat(pdfText("ru")).contains("Тестовый опрос").contains("Всё хорошо?");
        // PDFBox gives shaped Arabic back in reading order once presentation forms are normalised.
        String arabic = java.text.Normalizer.normalize(pdfText("ar"), java.text.Normalizer.Form.NFKC).replace("\u0640", "");
        assertThat(arabic).contains("استطلاع تجريبي").contains("هل أنت بخير؟").doesNotContain("#");
    }

    @Test
    void shouldShowSuppressedCellsAsHiddenInThePdfAndTheDocx() throws Exception {
        // "no" has fewer than ten answers: its count is hidden, never 0 and never its value.
        assertThat(pdfText("en")).contains("Are you fine?").contains(message("en", "results_hidden"));
        XWPFDocument doc = docx("/en/results/" + LIVE + "/report.docx");
        var table = doc.getTables().get(0);
        assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("No");
        assertThat(table.getRow(2).getCell(1).getText()).isEqualTo(message("en", "results_hidden"));
        assertThat(table.getRow(2).getCell(2).getText()).isEmpty();
    }

    @Test
    void shouldWriteTheDocxRightToLeftInArabic() throws Exception {
        XWPFDocument doc = docx("/ar/results/" + LIVE + "/report.docx");
        List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(texts).contains("استطلاع تجريبي", "هل أنت بخير؟", message("ar", "results_method_heading"));
        XWPFParagraph heading = doc.getParagraphs().get(0);
        assertThat(heading.getCTP().getPPr().isSetBidi()).isTrue();
        assertThat(heading.getRuns().get(0).getCTR().getRPr().sizeOfRtlArray()).isEqualTo(1);
        assertThat(doc.getTables().get(0).getCTTbl().getTblPr().isSetBidiVisual()).isTrue();
    }

    @Test
    void shouldLetTheChairUseEveryFormatBeforePublicationAndAuditTheDownloads() {
        Map<String, String> chair = StaffSessions.signIn(StaffSessions.CHAIR);
        String list = StaffSessions.as(chair).get("/staff/results").then().statusCode(200).extract().asString();
        assertThat(list).contains("/staff/results/test-poll").contains("/staff/results/waves");
        String view = StaffSessions.as(chair).get("/staff/results/test-poll?lang=fr").then().statusCode(200).extract().asString();
        assertThat(view).contains("/staff/results/test-poll/meeting?lang=fr").contains("/staff/results/test-poll/export.json?lang=fr");
        StaffSessions.as(chair).get("/staff/results/test-poll/meeting/1?lang=fr").then().statusCode(200);
        StaffSessions.as(chair).get("/staff/results/test-poll/report?lang=fr").then().statusCode(200);
        byte[] pdf = StaffSessions.as(chair).get("/staff/results/test-poll/report.pdf?lang=zh").then().statusCode(200)
                .contentType(ReportFormats.PDF).extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        StaffSessions.as(chair).get("/staff/results/test-poll/report.docx?lang=ar").then().statusCode(200).contentType(ReportFormats.DOCX);
        StaffSessions.as(chair).get("/staff/results/no-such").then().statusCode(404);
        String audit = StaffSessions.as(StaffSessions.signIn(StaffSessions.ADMIN)).get("/staff/audit?actor=" + StaffSessions.CHAIR).asString();
        assertThat(audit).contains("report.pdf lang=zh").contains("report.docx lang=ar");
    }

    @Test
    void shouldExportJsonWithTheCsvColumnsAndAuditIt() {
        org.youthvoice.results.ResultsApiTest.submitMixed();
        Map<String, String> chair = StaffSessions.signIn(StaffSessions.CHAIR);
        List<Map<String, String>> rows = StaffSessions.as(chair).get("/staff/results/" + LIVE + "/export.json?lang=es&by=lang")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(ResultsExport.COLUMNS);
        assertThat(rows).anyMatch(r -> "¿Estás bien?".equals(r.get("question")) && "yes".equals(r.get("option_code")) && "fr".equals(r.get("group")));
        StaffSessions.api(StaffSessions.CHAIR).get("/api/v1/admin/results/" + LIVE + "/export.json").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + LIVE + "-results.json\"");
        StaffSessions.as(chair).get("/staff/results/" + LIVE + "/export.csv?by=shoe_size").then().statusCode(400);
    }

    @Test
    void shouldBreakEachQuestionDownForTheChair() {
        org.youthvoice.results.ResultsApiTest.submitMixed();
        Map<String, String> chair = StaffSessions.signIn(StaffSessions.CHAIR);
        String view = StaffSessions.as(chair).get("/staff/results/" + LIVE + "?lang=en&by=lang").asString();
        assertThat(view).contains("<table class=\"cross\">").contains("<th scope=\"col\">Français</th>");
    }

    private static List<String> pdfFonts(String lang) throws Exception {
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdf(lang))) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return fonts;
    }

    private static String pdfText(String lang) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(lang))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static byte[] pdf(String lang) {
        return given().get("/" + lang + "/results/" + LIVE + "/report.pdf").then().statusCode(200).contentType(ReportFormats.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + LIVE + "-results-" + lang + ".pdf\"").extract().asByteArray();
    }

    private static XWPFDocument docx(String path) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(given().get(path).then().statusCode(200).extract().asByteArray()));
    }
}
