package org.youthvoice.stewardship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.youthvoice.access.AccountService;
import org.youthvoice.access.Audit;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The steward's microdata: a row per response, nothing that singles anyone out, harm withheld, audited. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MicrodataExportTest {

    static final String ID = "microdata-poll";
    static final String CAMPAIGN = "TINY-SCHOOL-7";

    @Inject
    AccountService accounts;

    @Inject
    Audit audit;

    @BeforeEach
    void accounts() {
        StaffSessions.ensureAccounts(accounts);
    }

    static String submit(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/consultations/" + ID + "/responses")
                .then().statusCode(201).extract().path("receipt");
    }

    @Test
    @Order(1) // counts every row of the consultation, so it runs before the other tests add theirs
    void shouldExportEachResponseDeIdentifiedWithHarmWithheld() {
        StaffSessions.api(StaffSessions.PROMOTER_AFRICA).contentType(ContentType.JSON)
                .body("{\"consultation\":\"" + ID + "\",\"label\":\"Tiny school\",\"default_lang\":\"fr\",\"code\":\"" + CAMPAIGN + "\"}")
                .post("/api/v1/admin/campaigns").then().statusCode(201);
        List<String> receipts = List.of(
                submit("{\"lang\":\"en\",\"campaign\":\"" + CAMPAIGN + "\",\"answers\":{\"fine\":\"yes\",\"which_pets\":[\"fish\",\"cat\"],"
                        + "\"comment\":\"call me on +44 20 7946 0958\"}}"),
                submit("{\"lang\":\"fr\",\"answers\":{\"fine\":\"no\",\"comment\":\"my uncle hits me when nobody is home\"}}"),
                submit("{\"lang\":\"es\",\"answers\":{\"comment\":\"Más recreo, \\\"por favor\\\"\"}}"));

        Response download = StaffSessions.api(StaffSessions.STEWARD).get("/api/v1/admin/microdata/" + ID + ".csv");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + ID + "-microdata.csv\"");
        String body = download.asString();
        List<List<String>> rows = parse(body);

        assertThat(rows.get(0)).containsExactly("row", "version", "lang", "channel", "region", "day", "fine", "which_pets", "comment");
        assertThat(rows).hasSize(1 + receipts.size());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactly("1", "2", "3");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r).hasSize(9);
            assertThat(r.get(1)).isEqualTo("1");
            assertThat(r.get(3)).isEqualTo("api");
            assertThat(r.get(5)).matches("\\d{4}-\\d{2}-\\d{2}");
        });
        List<String> english = row(rows, "en");
        assertThat(english.get(4)).isEqualTo("africa");
        assertThat(english.get(7)).isEqualTo("cat;fish");
        assertThat(english.get(8)).isEqualTo("call me on [phone]");
        List<String> french = row(rows, "fr");
        assertThat(french.get(4)).isEmpty();
        assertThat(french.get(6)).isEqualTo("no");
        assertThat(french.get(7)).isEmpty();
        assertThat(french.get(8)).isEqualTo(Microdata.WITHHELD);
        assertThat(row(rows, "es").subList(6, 9)).containsExactly("", "", "Más recreo, \"por favor\"");
        assertThat(body).contains("\"Más recreo, \"\"por favor\"\"\"")
                .doesNotContain(CAMPAIGN).doesNotContain("7946").doesNotContain("uncle").doesNotContain(":00");
        receipts.forEach(receipt -> assertThat(body).doesNotContain(receipt));

        assertThat(audit.find(StaffSessions.STEWARD, "export", null, null, 5)).anySatisfy(e -> {
            assertThat(e.target).isEqualTo("microdata " + ID);
            assertThat(e.detail).isEqualTo("csv");
        });
    }

    @Test
    void shouldExportTextThatLooksLikeAFormulaAsText() {
        List<String> written = List.of("=1+1 is two", "+ more time outside", "-1 for homework", "@ home I feel safe");
        written.forEach(text -> submit("{\"lang\":\"ru\",\"answers\":{\"comment\":\"" + text + "\"}}"));

        List<List<String>> rows = parse(StaffSessions.api(StaffSessions.STEWARD).get("/api/v1/admin/microdata/" + ID + ".csv").asString());

        List<String> comments = rows.stream().filter(r -> r.get(2).equals("ru")).map(r -> r.get(8)).toList();
        assertThat(comments).containsAll(written.stream().map(text -> "'" + text).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@")));
    }

    @Test
    void shouldLetOnlyAdminsAndStewardsDownload() {
        String path = "/api/v1/admin/microdata/" + ID + ".csv";
        StaffSessions.api(StaffSessions.ADMIN).get(path).then().statusCode(200);
        StaffSessions.api(StaffSessions.CHAIR).get(path).then().statusCode(403);
        StaffSessions.api(StaffSessions.PROMOTER_AFRICA).get(path).then().statusCode(403);
        given().redirects().follow(false).get(path).then().statusCode(401);
        StaffSessions.api(StaffSessions.STEWARD).get("/api/v1/admin/microdata/no-such-consultation.csv").then().statusCode(404)
                .contentType(ContentType.JSON).body("errors[0].code", org.hamcrest.Matchers.equalTo("unknown_consultation"));
    }

    @Test
    void shouldOfferTheSameDownloadOnTheStewardsPage() {
        var steward = StaffSessions.signIn(StaffSessions.STEWARD);
        assertThat(StaffSessions.as(steward).get("/staff/data").asString()).contains("/staff/data/" + ID + "/microdata.csv");
        String page = StaffSessions.as(steward).get("/staff/data/" + ID + "/microdata.csv").then().statusCode(200).extract().asString();
        String api = StaffSessions.api(StaffSessions.STEWARD).get("/api/v1/admin/microdata/" + ID + ".csv").asString();
        assertThat(page).isEqualTo(api).startsWith(String.join(",", org.youthvoice.stewardship.Microdata.COLUMNS));
        StaffSessions.as(StaffSessions.signIn(StaffSessions.CHAIR)).get("/staff/data/" + ID + "/microdata.csv").then().statusCode(403);
    }

    static List<String> row(List<List<String>> rows, String lang) {
        return rows.stream().filter(r -> r.get(2).equals(lang)).findFirst().orElseThrow(() -> new AssertionError("no row in " + lang));
    }

    /** Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        assertThat(cell).as("the last line ends with a line break").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
