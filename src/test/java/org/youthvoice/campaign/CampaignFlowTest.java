package org.youthvoice.campaign;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.support.Database;
import org.youthvoice.support.FormWalker;
import org.youthvoice.support.StaffSessions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A promoter's campaign: created in their region, its short link and QR code lead to responses counted for it. */
@QuarkusTest
class CampaignFlowTest {

    @Inject
    AccountService accounts;

    @BeforeEach
    void accounts() {
        StaffSessions.ensureAccounts(accounts);
    }

    /** Creates a campaign through the promoter's form and returns its code. */
    static String createAsPromoter(Map<String, String> session, String label) {
        Response created = StaffSessions.as(session).contentType(ContentType.URLENC)
                .formParam("csrf", StaffSessions.csrf(session)).formParam("consultation", "test-poll")
                .formParam("label", label).formParam("lang", "fr")
                .post("/staff/campaigns");
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void shouldCountAResponseThroughTheShortLinkForItsCampaign() {
        Map<String, String> promoter = StaffSessions.signIn(StaffSessions.PROMOTER_AFRICA);
        String code = createAsPromoter(promoter, "Lycée de Thiès");
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");

        Response join = given().redirects().follow(false).get("/j/" + code);
        assertThat(join.statusCode()).isEqualTo(303);
        assertThat(join.header("Location")).endsWith("/fr/c/test-poll?campaign=" + code);

        FormWalker.Walk walk = FormWalker.walk(join.header("Location").replaceFirst("^https?://[^/]+", ""),
                (field, values) -> field.equals("q.age") ? List.of("9-18") : List.of(values.get(0)), "ok");
        assertThat(walk.last().statusCode()).isEqualTo(303);
        assertThat(Database.response(UUID.fromString(walk.receipt())).campaign).isEqualTo(code);

        String page = StaffSessions.as(promoter).get("/staff/campaigns/" + code).asString();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(page).contains("<td>" + today + "</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td>");
        StaffSessions.api(StaffSessions.PROMOTER_AFRICA).get("/api/v1/admin/campaigns/" + code).then().statusCode(200)
                .body("campaign.region", org.hamcrest.Matchers.equalTo("africa"))
                .body("responses_by_day.'" + today + "'.fr", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void shouldPutThePromotersOwnRegionOnTheirCampaign() {
        Map<String, String> promoter = StaffSessions.signIn(StaffSessions.PROMOTER_AFRICA);
        Response elsewhere = StaffSessions.as(promoter).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(promoter))
                .formParam("consultation", "test-poll").formParam("label", "Elsewhere").formParam("region", "europe")
                .formParam("lang", "fr").post("/staff/campaigns");
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        String code = createAsPromoter(promoter, "Club");
        StaffSessions.api("admin").get("/api/v1/admin/campaigns/" + code).then().statusCode(200)
                .body("campaign.region", org.hamcrest.Matchers.equalTo("africa"));
    }

    @Test
    void shouldDecodeTheQrCodeToTheShortLink() throws Exception {
        Map<String, String> promoter = StaffSessions.signIn(StaffSessions.PROMOTER_AFRICA);
        String code = createAsPromoter(promoter, "Poster test");
        byte[] png = StaffSessions.as(promoter).get("/staff/campaigns/" + code + "/qr.png").asByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var hints = java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE);
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                hints).getText();
        assertThat(decoded).endsWith("/j/" + code).startsWith("http");
        assertThat(StaffSessions.as(promoter).get("/staff/campaigns/" + code + "/qr.svg").asString()).startsWith("<svg").contains("/j/" + code);
        for (String lang : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            String poster = StaffSessions.as(promoter).get("/staff/campaigns/" + code + "/poster?lang=" + lang).asString();
            assertThat(poster).contains("<html lang=\"" + lang + "\"").contains("<svg").contains("/j/" + code);
        }
    }

    @Test
    void shouldKeepAnotherRegionsCampaignOutOfAPromotersReach() {
        String code = createAsPromoter(StaffSessions.signIn(StaffSessions.PROMOTER_AFRICA), "Africa only");
        Map<String, String> europe = StaffSessions.signIn(StaffSessions.PROMOTER_EUROPE);

        assertThat(StaffSessions.as(europe).get("/staff/campaigns/" + code).statusCode()).isEqualTo(404);
        assertThat(StaffSessions.as(europe).get("/staff/campaigns/" + code + "/qr.png").statusCode()).isEqualTo(404);
        assertThat(StaffSessions.as(europe).get("/staff/campaigns").asString()).doesNotContain(code);
        assertThat(StaffSessions.as(europe).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(europe))
                .formParam("active", "false").post("/staff/campaigns/" + code + "/active").statusCode()).isEqualTo(404);
        StaffSessions.api(StaffSessions.PROMOTER_EUROPE).get("/api/v1/admin/campaigns/" + code).then().statusCode(404);
        StaffSessions.api(StaffSessions.PROMOTER_EUROPE).get("/api/v1/admin/campaigns").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(code)));
        given().redirects().follow(false).get("/j/" + code).then().statusCode(303);
    }

    @Test
    void shouldStopADisabledCampaignsLink() {
        Map<String, String> promoter = StaffSessions.signIn(StaffSessions.PROMOTER_AFRICA);
        String code = createAsPromoter(promoter, "Short-lived");
        StaffSessions.as(promoter).contentType(ContentType.URLENC).formParam("csrf", StaffSessions.csrf(promoter))
                .formParam("active", "false").post("/staff/campaigns/" + code + "/active").then().statusCode(303);
        given().redirects().follow(false).get("/j/" + code).then().statusCode(404);
        String welcome = given().get("/fr/c/test-poll?campaign=" + code).asString();
        assertThat(welcome).doesNotContain("name=\"campaign\"");
    }
}
