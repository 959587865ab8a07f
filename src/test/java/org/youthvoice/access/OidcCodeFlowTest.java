package org.youthvoice.access;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff pages signed in through an OIDC provider's sign-in page (authorization code flow), and signed out again. A
 * small HTTP server in the test stands in for the provider: it hands out a code, then tokens signed with the test key
 * pair, and publishes that key.
 */
@QuarkusTest
@TestProfile(OidcCodeFlowTest.WithProvider.class)
class OidcCodeFlowTest {

    static final KeyPair KEYS = OidcBearerTest.KEYS;
    static final String CLIENT = "youthvoice";
    static final Provider PROVIDER = new Provider();

    /** The service signing staff pages in through the stand-in provider. */
    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.oidc.tenant-enabled", "true");
            config.put("quarkus.oidc.auth-server-url", PROVIDER.address());
            config.put("quarkus.oidc.discovery-enabled", "false");
            config.put("quarkus.oidc.authorization-path", "/authorize");
            config.put("quarkus.oidc.token-path", "/token");
            config.put("quarkus.oidc.jwks-path", "/keys");
            config.put("quarkus.oidc.end-session-path", "/end-session");
            config.put("quarkus.oidc.token.issuer", PROVIDER.address());
            config.put("quarkus.oidc.client-id", CLIENT);
            config.put("quarkus.oidc.credentials.secret", "test-only-client-secret");
            config.put("quarkus.http.auth.permission.staff-pages.auth-mechanism", "code");
            return config;
        }
    }

    @Test
    void shouldSignInThroughTheProviderAndSignOutEverywhere() throws InterruptedException {
        Map<String, String> session = signIn("oidc-steward");
        Thread.sleep(1100); // a token names its issue time in whole seconds: sign out in a later second than it
        Response home = given().redirects().follow(false).cookies(session).get("/staff");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString()).contains("oidc-steward");
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(home.asString());
        assertThat(csrf.find()).isTrue();

        Response out = given().redirects().follow(false).cookies(session).contentType(ContentType.URLENC)
                .formParam("csrf", csrf.group(1)).post("/staff/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/staff/oidc-logout");

        Response atProvider = given().redirects().follow(false).cookies(session).get("/staff/oidc-logout");
        assertThat(atProvider.statusCode()).isEqualTo(302);
        assertThat(atProvider.header("Location")).startsWith(PROVIDER.address() + "/end-session")
                .contains("post_logout_redirect_uri=").contains("%2Fstaff%2Flogin");
        assertThat(atProvider.getDetailedCookies().asList()).anySatisfy(c -> {
            assertThat(c.getName()).startsWith("q_session");
            assertThat(c.getMaxAge()).isZero();
        });

        // A copy of the session kept from before the sign-out opens nothing: the token in it was issued before.
        Response replayed = given().redirects().follow(false).cookies(session).get("/staff");
        assertThat(replayed.statusCode()).isNotEqualTo(200);
        assertThat(replayed.asString()).doesNotContain("oidc-steward");

        // Signing in again through the provider works.
        assertThat(given().redirects().follow(false).cookies(signIn("oidc-steward")).get("/staff").statusCode()).isEqualTo(200);
    }

    /** Walks the code flow: the service sends the browser to the provider, which comes back with a code. */
    private static Map<String, String> signIn(String name) {
        System.setProperty(Provider.NEXT, name);
        Response toProvider = given().redirects().follow(false).get("/staff");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String location = toProvider.header("Location");
        assertThat(location).startsWith(PROVIDER.address() + "/authorize");
        Map<String, String> query = query(location);
        String back = query.get("redirect_uri");
        Response returned = given().redirects().follow(false).cookies(toProvider.getCookies()).urlEncodingEnabled(true)
                .queryParam("code", "code-for-" + name).queryParam("state", query.get("state"))
                .get(back.substring(back.indexOf("/staff")));
        assertThat(returned.statusCode()).as(returned.asString()).isIn(302, 303);
        Map<String, String> cookies = new HashMap<>(returned.getCookies());
        assertThat(cookies.keySet()).anySatisfy(c -> assertThat(c).startsWith("q_session"));
        return cookies;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new HashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    /**
     * The stand-in provider: a token endpoint that signs for whoever the system property {@link #NEXT} names, and its
     * public key. Quarkus loads the test class twice (for the profile and for the test), so the one server that runs
     * is found through system properties, which both copies share.
     */
    static final class Provider {
        static final String NEXT = "youthvoice.test.oidc.next";
        static final String PORT = "youthvoice.test.oidc.port";

        Provider() {
            synchronized (System.class) {
                if (System.getProperty(PORT) == null) {
                    System.setProperty(PORT, String.valueOf(start()));
                }
            }
        }

        private int start() {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/token", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String next = System.getProperty(NEXT, "nobody");
                String idToken = Jwt.issuer(address()).audience(CLIENT).subject(next).upn(next)
                        .claim("youthvoice_roles", List.of("steward")).expiresIn(300).jws().keyId("test-key").sign(KEYS.getPrivate());
                reply(exchange, "{\"id_token\":\"" + idToken + "\",\"access_token\":\"opaque-" + next
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
            });
            server.createContext("/keys", exchange -> {
                RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
                reply(exchange, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test-key\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                        + unsigned(key.getModulus().toByteArray()) + "\",\"e\":\"" + unsigned(key.getPublicExponent().toByteArray()) + "\"}]}");
            });
            server.start();
            return server.getAddress().getPort();
        }

        String address() {
            return "http://127.0.0.1:" + System.getProperty(PORT);
        }

        private static String unsigned(byte[] bytes) {
            int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
        }

        private static void reply(HttpExchange exchange, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }
}
