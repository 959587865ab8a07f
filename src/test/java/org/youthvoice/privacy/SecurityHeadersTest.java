package org.youthvoice.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Security headers on every kind of response, and no third-party resource on any page. */
@QuarkusTest
class SecurityHeadersTest {

    static final List<String> PATHS = List.of("/", "/en/c/cyberbullying", "/ar/c/digital-skills", "/en/c/cyberbullying/thanks",
            "/api/v1/consultations", "/css/app.css", "/no/such/page", "/api/v1/nothing", "/staff/login", "/staff/accounts",
            "/q/openapi", "/q/health/ready");

    @Test
    void shouldSendTheSecurityHeadersOnEveryResponse() {
        for (String path : PATHS) {
            Response r = given().redirects().follow(false).get(path);
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as(path).isNotNull().doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                    .contains("frame-ancestors 'none'");
            assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Permissions-Policy")).as(path).contains("camera=()");
        }
    }

    @Test
    void shouldLoadNothingFromAnotherSite() {
        for (String path : List.of("/", "/fr/c/cyberbullying", "/staff/login")) {
            String html = given().get(path).asString();
            Matcher resources = Pattern.compile("(?:src|href)=\"(https?:)?//").matcher(html.replaceAll("<a [^>]*>", ""));
            assertThat(resources.find()).as(path).isFalse();
        }
    }

    @Test
    void shouldAllowSwaggerUisInlineScriptsByHashOnly() throws Exception {
        Response swagger = given().get("/q/swagger-ui/");
        for (int i = 0; i < 50 && !swagger.header("Content-Security-Policy").contains("sha256-"); i++) {
            Thread.sleep(100);
            swagger = given().get("/q/swagger-ui/");
        }
        String csp = swagger.header("Content-Security-Policy");
        Matcher scripts = Pattern.compile("<script(?: defer)?>(.*?)</script>", Pattern.DOTALL).matcher(swagger.asString());
        int found = 0;
        while (scripts.find()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scripts.group(1).getBytes(StandardCharsets.UTF_8));
            assertThat(csp).contains("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
            found++;
        }
        assertThat(found).isPositive();
        assertThat(csp).doesNotContain("unsafe-inline");
    }
}
