package org.youthvoice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.youthvoice.system.Hmac;

/**
 * Limits how much one client can send without keeping who it is: counts are kept in memory under an HMAC of the client
 * address with a secret drawn anew for every window; at the end of a window the counts and the secret are dropped,
 * so no address, nor anything that could be matched to one later, outlives the window.
 */
@ApplicationScoped
public class SubmissionLimiter {

    /** What is being counted. */
    public enum Kind { SUBMISSION, POST }

    private final PrivacyConfig config;
    private final Clock clock;
    private volatile Window window;

    public SubmissionLimiter(PrivacyConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    private record Window(long number, byte[] secret, ConcurrentHashMap<String, AtomicInteger> counts) {
    }

    /**
     * Counts one request from the client of this HTTP request; false when it is over the limit. The only place the
     * service reads a client address: it is hashed at once and never stored or logged.
     */
    public boolean allow(io.vertx.core.http.HttpServerRequest request, Kind kind) {
        return allow(request.remoteAddress() == null ? "" : request.remoteAddress().host(), kind);
    }

    /** Counts one request from this client; false when it is over the limit for this window. */
    public boolean allow(String clientAddress, Kind kind) {
        Window current = current();
        int limit = kind == Kind.SUBMISSION ? config.submissionsPerWindow() : config.postsPerWindow();
        String key = kind.name().charAt(0) + keyOf(clientAddress == null ? "" : clientAddress, current.secret());
        return current.counts().computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= limit;
    }

    /** How many clients are counted in the current window (for tests and metrics); never which. */
    public int clientsCounted() {
        return current().counts().size();
    }

    /** The counting keys of the current window, for the test that proves they hold no address. */
    Iterable<String> keys() {
        return current().counts().keySet();
    }

    private Window current() {
        long number = clock.millis() / config.window().toMillis();
        Window w = window;
        if (w == null || w.number() != number) {
            synchronized (this) {
                if (window == null || window.number() != number) {
                    window = new Window(number, Hmac.randomKey(), new ConcurrentHashMap<>());
                }
                w = window;
            }
        }
        return w;
    }

    private static String keyOf(String address, byte[] secret) {
        return Base64.getEncoder().withoutPadding().encodeToString(Hmac.sha256(secret, address.getBytes(StandardCharsets.UTF_8)));
    }
}
