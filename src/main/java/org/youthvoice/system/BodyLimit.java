package org.youthvoice.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;

/**
 * Refuses a body larger than quarkus.http.limits.max-body-size in the caller's terms, where Quarkus would answer a bare
 * 413: JSON errors under /api, a page in the path's language elsewhere. A body up to a few times the limit is read and
 * dropped first, so that the client, still sending, gets the answer instead of a reset connection. A body sent in
 * chunks (HTTP/1.1) is read here up to the limit, since its size is known only at its end.
 */
@ApplicationScoped
public class BodyLimit {

    /** Runs before Quarkus's own check of the limit (route order -2). */
    static final int PRIORITY = 100;
    private static final int DRAINED_MULTIPLE = 8;

    private final long limit;
    private final long drained;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit, ObjectMapper json) {
        this.limit = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.drained = this.limit > Long.MAX_VALUE / DRAINED_MULTIPLE ? Long.MAX_VALUE : this.limit * DRAINED_MULTIPLE;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        long declared = declaredLength(request);
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
        if (declared > limit) {
            if (declared > drained || request.isEnded()) {
                refuse(rc, true);
            } else {
                request.handler(dropped -> { }).endHandler(end -> refuse(rc, false)).resume();
            }
        } else if (declared < 0 && chunked && !request.isEnded()) {
            readUpToLimit(rc);
        } else {
            rc.next();
        }
    }

    /** A body sent in chunks, its length not declared, is read here and handed on whole, or refused past the limit. */
    private void readUpToLimit(RoutingContext rc) {
        Buffer body = Buffer.buffer();
        long[] received = {0};
        rc.request().handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] <= limit) {
                body.appendBuffer(chunk);
            } else if (received[0] > drained && !rc.response().ended()) {
                refuse(rc, true);
            }
        }).endHandler(end -> {
            if (received[0] <= limit) {
                rc.setBody(body);
                rc.next();
            } else if (!rc.response().ended()) {
                refuse(rc, false);
            }
        }).resume();
    }

    private void refuse(RoutingContext rc, boolean close) {
        String path = rc.normalizedPath();
        Lang lang = ErrorMappers.language(path, rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Response.Status status = Response.Status.REQUEST_ENTITY_TOO_LARGE;
        Response refusal = path.startsWith("/api/")
                ? ApiErrors.response(status, List.of(Fault.general(Problem.MALFORMED)), lang)
                : ProblemPage.of(status, lang, Localizer.messages(lang).try_again_title(), Localizer.messages(lang).error_malformed());
        String body;
        try {
            body = refusal.getEntity() instanceof TemplateInstance page ? page.render() : json.writeValueAsString(refusal.getEntity());
        } catch (JsonProcessingException impossible) {
            body = "{\"errors\":[]}";
        }
        var response = rc.response().setStatusCode(status.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, refusal.getMediaType().toString());
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    private static long declaredLength(HttpServerRequest request) {
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }
}
