package org.youthvoice.access;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff signed in through OIDC: bearer tokens verified against the provider's key, roles mapped from the
 * youthvoice_roles claim and a promoter's region from youthvoice_region. The test stands in for the provider by
 * signing tokens with a key pair of its own, whose public half the service is configured with.
 */
@QuarkusTest
@TestProfile(OidcBearerTest.WithOidc.class)
class OidcBearerTest {

    /** A key pair made for these tests only (src/test/resources/oidc), standing in for the provider's signing key. */
    static final KeyPair KEYS = testProviderKeys();

    /** The service configured for OIDC bearer tokens on the staff API. */
    public static class WithOidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.application-type", "service",
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                    "quarkus.oidc.token.issuer", "https://idp.example/realms/cwg",
                    "quarkus.http.auth.permission.staff-api.auth-mechanism", "bearer");
        }
    }

    static String token(String name, List<String> roles, String region) {
        var claims = Jwt.issuer("https://idp.example/realms/cwg").upn(name).subject(name).claim("youthvoice_roles", roles);
        if (region != null) {
            claims = claims.claim("youthvoice_region", region);
        }
        return claims.sign(KEYS.getPrivate());
    }

    @Test
    void shouldMapRolesFromTheTokenClaim() {
        given().auth().oauth2(token("oidc-chair", List.of("chair"), null)).get("/api/v1/admin/participation/report")
                .then().statusCode(200);
        given().auth().oauth2(token("oidc-chair", List.of("chair"), null)).get("/api/v1/admin/accounts").then().statusCode(403);
        given().auth().oauth2(token("oidc-admin", List.of("admin"), null)).get("/api/v1/admin/accounts").then().statusCode(200);
        given().get("/api/v1/admin/accounts").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        KeyPair other = keys();
        String forged = Jwt.issuer("https://idp.example/realms/cwg").upn("mallory").claim("youthvoice_roles", List.of("admin"))
                .sign(other.getPrivate());
        given().auth().oauth2(forged).get("/api/v1/admin/accounts").then().statusCode(401);
    }

    @Test
    void shouldHoldAnOidcPromoterToTheRegionInTheToken() {
        String africa = token("oidc-promoter", List.of("promoter"), "africa");
        String created = given().auth().oauth2(africa).contentType(ContentType.JSON)
                .body("{\"consultation\":\"test-poll\",\"label\":\"OIDC school\",\"region\":\"africa\",\"default_lang\":\"fr\"}")
                .post("/api/v1/admin/campaigns").then().statusCode(201).extract().path("code");
        assertThat(given().auth().oauth2(africa).get("/api/v1/admin/campaigns").jsonPath().getList("code")).contains(created);
        String europe = token("oidc-promoter-2", List.of("promoter"), "europe");
        given().auth().oauth2(europe).get("/api/v1/admin/campaigns/" + created).then().statusCode(404);
    }

    private static KeyPair testProviderKeys() {
        try {
            java.security.KeyFactory rsa = java.security.KeyFactory.getInstance("RSA");
            byte[] publicKey = pem("oidc/test-provider-public.pem");
            byte[] privateKey = pem("oidc/test-provider-key.pk8.pem");
            return new KeyPair(rsa.generatePublic(new java.security.spec.X509EncodedKeySpec(publicKey)),
                    rsa.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(privateKey)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String resource) {
        try (var in = OidcBearerTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
