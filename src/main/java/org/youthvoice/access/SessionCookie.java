package org.youthvoice.access;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads when a staff session cookie was issued, so that signing out can refuse the cookies issued before it. Quarkus's
 * form sign-in writes the cookie as AES-GCM under the SHA-256 of the session key: one byte of IV length, the IV, then
 * the sealed text {@code <idle expiry in ms>:<username>}; it writes a new one, expiring a full timeout later, at most
 * every {@code new-cookie-interval}, so the expiry less the timeout is when this cookie was issued.
 * SignInTest holds this reading to the cookies Quarkus really writes.
 */
@ApplicationScoped
public class SessionCookie {

    private final SecretKeySpec key;
    private final String name;
    private final long timeoutMillis;

    public SessionCookie(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String secret,
                         @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String name,
                         @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout) {
        try {
            this.key = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.name = name;
        this.timeoutMillis = timeout.toMillis();
    }

    /** When the request's session cookie was issued (ms since 1970), or empty when it has none that this key opens. */
    public OptionalLong issuedAt(RoutingContext context) {
        Cookie cookie = context == null ? null : context.request().getCookie(name);
        return cookie == null ? OptionalLong.empty() : issuedAt(cookie.getValue());
    }

    /** When a session cookie of this value was issued (ms since 1970), or empty when this key does not open it. */
    public OptionalLong issuedAt(String value) {
        try {
            ByteBuffer sealed = ByteBuffer.wrap(Base64.getDecoder().decode(value));
            byte[] iv = new byte[sealed.get()];
            sealed.get(iv);
            byte[] text = new byte[sealed.remaining()];
            sealed.get(text);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
            String opened = new String(cipher.doFinal(text), StandardCharsets.UTF_8);
            return OptionalLong.of(Long.parseLong(opened.substring(0, opened.indexOf(':'))) - timeoutMillis);
        } catch (GeneralSecurityException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }
}
