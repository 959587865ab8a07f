package org.youthvoice.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormTokensTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static FormTokens tokens(String secret, Instant at) {
        return new FormTokens(PrivacyConfigs.of(secret, null, null, "x", 10), Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    void shouldVerifyOnAnyReplicaThatSharesTheSecret() {
        String token = tokens("shared", NOW).issue("cyberbullying");
        assertThat(tokens("shared", NOW.plusSeconds(60)).verify(token, "cyberbullying")).isPresent();
        assertThat(tokens("another", NOW).verify(token, "cyberbullying")).isEmpty();
    }

    @Test
    void shouldDrawADifferentReceiptForEachFlow() {
        FormTokens tokens = tokens("s", NOW);
        assertThat(tokens.verify(tokens.issue("c"), "c")).isNotEqualTo(tokens.verify(tokens.issue("c"), "c"));
    }

    @Test
    void shouldRefuseATokenOfAnotherConsultation() {
        assertThat(tokens("s", NOW).verify(tokens("s", NOW).issue("digital-skills"), "cyberbullying")).isEmpty();
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        String token = tokens("s", NOW).issue("c");
        assertThat(tokens("s", NOW.plus(Duration.ofHours(47))).verify(token, "c")).isPresent();
        assertThat(tokens("s", NOW.plus(Duration.ofHours(49))).verify(token, "c")).isEmpty();
    }

    @Test
    void shouldRefuseAForgedOrMalformedToken() {
        String token = tokens("s", NOW).issue("c");
        byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
        payload[3] ^= 1;
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + token.substring(token.indexOf('.'));
        FormTokens tokens = tokens("s", NOW);
        assertThat(tokens.verify(forged, "c")).isEmpty();
        for (String bad : new String[] {null, "", ".", "abc", "a.b", "%%%.###", token + "x".repeat(100)}) {
            assertThat(tokens.verify(bad, "c")).as(String.valueOf(bad)).isEmpty();
        }
    }
}
