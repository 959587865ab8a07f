package org.youthvoice.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.youthvoice.system.Hmac;

/**
 * Tokens for every staff form: an HMAC of the signed-in name and the day, under a secret shared by all replicas, so
 * a page from another site cannot post on a staff member's behalf. Yesterday's token is still accepted at midnight.
 */
@ApplicationScoped
public class Csrf {

    public static final String FIELD = "csrf";

    private final byte[] secret;
    private final Clock clock;

    public Csrf(StaffConfig config, Clock clock) {
        this.secret = config.secret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> Hmac.processSecret(Csrf.class, "STAFF_SECRET", "staff form tokens change at every restart"));
        this.clock = clock;
    }

    public String token(SecurityIdentity identity) {
        return token(identity.getPrincipal().getName(), LocalDate.now(clock));
    }

    /** Throws 403 unless the token was made for this staff member today or yesterday. */
    public void check(SecurityIdentity identity, String given) {
        String name = identity.getPrincipal().getName();
        LocalDate today = LocalDate.now(clock);
        if (given == null || !(equal(given, token(name, today)) || equal(given, token(name, today.minusDays(1))))) {
            throw new ForbiddenException("missing or stale form token");
        }
    }

    private String token(String name, LocalDate day) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(secret, (name + "|" + day).getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
