package org.youthvoice.system;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Style sheets and scripts under content-hashed names with a year's cache, and every page compressed on the wire. */
@QuarkusTest
class AssetsTest {

    static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/assets/[0-9a-f]{10}/(?:css|js)/[a-z-]+\\.(?:css|js))\"");

    static List<String> linked(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = LINKED.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void shouldServeLinkedAssetsForAYearUnderTheirContentHash() {
        List<String> assets = new ArrayList<>();
        for (String page : List.of("/en/", "/ar/c/cyberbullying", "/fr/results/live-poll/meeting/0", "/staff/login")) {
            assets.addAll(linked(given().get(page).asString()));
        }
        assertThat(assets).anyMatch(a -> a.endsWith("/css/app.css")).anyMatch(a -> a.endsWith("/js/meeting.js"))
                .anyMatch(a -> a.endsWith("/css/staff.css"));
        for (String asset : assets) {
            given().get(asset).then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable");
            String wrongHash = asset.replaceFirst("/assets/[0-9a-f]{10}/", "/assets/0000000000/");
            given().get(wrongHash).then().statusCode(404);
        }
        given().get("/assets/0000000000/css/../../application.properties").then().statusCode(404);
    }

    @Test
    void shouldCompressPagesAndStyleSheets() {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        String css = linked(given().get("/en/c/cyberbullying").asString()).get(0);
        for (String path : List.of("/en/c/cyberbullying", css)) {
            given().config(raw).header("Accept-Encoding", "gzip").get(path).then().statusCode(200).header("Content-Encoding", "gzip");
        }
    }
}
