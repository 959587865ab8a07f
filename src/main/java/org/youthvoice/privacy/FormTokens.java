package org.youthvoice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.youthvoice.system.Hmac;

/**
 * Signed tokens for the answering forms: the receipt drawn on the welcome page, the minute it was drawn and the
 * consultation, under an HMAC with a secret every replica shares. No server state: any replica verifies any page, a
 * forged or expired token is refused, and a token used again after its response was stored adds nothing.
 */
@ApplicationScoped
public class FormTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] secret;
    private final long lifetimeMinutes;
    private final Clock clock;

    public FormTokens(PrivacyConfig config, Clock clock) {
        this.secret = config.formSecret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> Hmac.processSecret(FormTokens.class, "FORM_SECRET",
                        "a form started on another replica or before a restart is refused"));
        this.lifetimeMinutes = config.formLifetime().toMinutes();
        this.clock = clock;
    }

    /** A new token for a new answering flow. */
    public String issue(String consultationId) {
        ByteBuffer payload = ByteBuffer.allocate(20);
        UUID receipt = UUID.randomUUID();
        payload.putLong(receipt.getMostSignificantBits()).putLong(receipt.getLeastSignificantBits()).putInt(minute());
        return ENCODE.encodeToString(payload.array()) + "." + ENCODE.encodeToString(sign(payload.array(), consultationId));
    }

    /** The receipt of a token made by this service for this consultation and still valid; empty otherwise. */
    public Optional<UUID> verify(String token, String consultationId) {
        if (token == null || token.length() > 80 || token.indexOf('.') < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODE.decode(token.substring(0, token.indexOf('.')));
            byte[] mac = DECODE.decode(token.substring(token.indexOf('.') + 1));
            if (payload.length != 20 || !MessageDigest.isEqual(mac, sign(payload, consultationId))) {
                return Optional.empty();
            }
            ByteBuffer read = ByteBuffer.wrap(payload);
            UUID receipt = new UUID(read.getLong(), read.getLong());
            int age = minute() - read.getInt();
            return age >= 0 && age <= lifetimeMinutes ? Optional.of(receipt) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private int minute() {
        return (int) (clock.millis() / 60_000);
    }

    private byte[] sign(byte[] payload, String consultationId) {
        return Arrays.copyOf(Hmac.sha256(secret, payload, consultationId.getBytes(StandardCharsets.UTF_8)), 16);
    }
}
