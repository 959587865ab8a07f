package org.youthvoice.system;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response: a Content-Security-Policy that allows nothing but this service's own files (no
 * inline code, no third party), no framing, no referrer, no sniffing, no powerful browser features, and HSTS in
 * production. Swagger UI, a developer tool, gets its inline scripts allowed by hash, read from its own page when first
 * asked for.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PAGES = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    /** The meeting view may run its one script of our own, for keyboard and clicker navigation. */
    static final String MEETING = PAGES + "; script-src 'self'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?: defer)?>(.*?)</script>", Pattern.DOTALL);

    private final boolean hsts;
    private volatile String swaggerPolicy = policyFor(List.of());
    private final java.util.concurrent.atomic.AtomicBoolean learning = new java.util.concurrent.atomic.AtomicBoolean();

    public SecurityHeaders(HttpConfig config) {
        this.hsts = config.hsts();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            boolean swagger = rc.normalizedPath().startsWith("/q/swagger-ui");
            boolean meeting = rc.normalizedPath().contains("/meeting");
            if (swagger && !learning.getAndSet(true)) {
                learn(URI.create("http://127.0.0.1:" + rc.request().localAddress().port() + "/q/swagger-ui/"), 20);
            }
            rc.addHeadersEndHandler(end -> set(rc.response().headers(), swagger ? swaggerPolicy : meeting ? MEETING : PAGES));
            rc.next();
        }, 20_000);
    }

    private void learn(URI page, int attemptsLeft) {
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> {
                    List<String> hashes = new ArrayList<>();
                    Matcher scripts = INLINE_SCRIPT.matcher(response.statusCode() == 200 ? response.body() : "");
                    while (scripts.find()) {
                        hashes.add("'sha256-" + sha256(scripts.group(1)) + "'");
                    }
                    if (hashes.isEmpty()) {
                        throw new IllegalStateException("Swagger UI not served yet");
                    }
                    swaggerPolicy = policyFor(hashes);
                })
                .exceptionally(notYet -> {
                    if (attemptsLeft > 1) {
                        CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS).execute(() -> learn(page, attemptsLeft - 1));
                    }
                    return null;
                });
    }

    private void set(MultiMap headers, String policy) {
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Permissions-Policy", PERMISSIONS);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        if (hsts) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static String policyFor(List<String> scriptHashes) {
        return "default-src 'none'; script-src 'self' " + String.join(" ", scriptHashes)
                + "; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
