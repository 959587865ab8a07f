package org.youthvoice.system;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;

/**
 * Every failure answered in the caller's terms: JSON errors under /api, a page in the respondent's language elsewhere.
 * Unexpected errors are logged by class and id only, so that no input (possibly a child's words) reaches the log.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    /** A refusal of any feature: its faults as JSON under /api, its first fault on a page in the reader's language elsewhere. */
    @ServerExceptionMapper
    public Response refusal(Refusal refusal, UriInfo uri, HttpHeaders headers) {
        Lang lang = language(uri, headers);
        return isApi(uri) ? ApiErrors.response(refusal.status(), refusal.faults(), lang) : ProblemPage.of(refusal, lang);
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        Lang lang = language(uri, headers);
        if (isApi(uri)) {
            Problem problem = status == 404 ? Problem.NOT_FOUND : Problem.MALFORMED;
            return ApiErrors.response(Response.Status.fromStatusCode(status), List.of(Fault.general(problem)), lang);
        }
        Messages m = Localizer.messages(lang);
        return status == 404
                ? ProblemPage.of(Response.Status.NOT_FOUND, lang, m.not_found_title(), m.not_found_text())
                : ProblemPage.of(Response.Status.fromStatusCode(status), lang, m.try_again_title(), m.error_malformed());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        String id = UUID.randomUUID().toString();
        LOG.errorf("unexpected %s on %s, error id %s, at %s", e.getClass().getName(),
                uri.getPath().startsWith("/api") ? "an API call" : "a page", id, where(e));
        Lang lang = language(uri, headers);
        if (isApi(uri)) {
            return ApiErrors.response(Response.Status.SERVICE_UNAVAILABLE, List.of(Fault.general(Problem.TRY_AGAIN)), lang);
        }
        Messages m = Localizer.messages(lang);
        return ProblemPage.of(Response.Status.SERVICE_UNAVAILABLE, lang, m.try_again_title(), m.try_again_text());
    }

    /** Where the error arose: class, method and line of the innermost frames, never the message (it may hold input). */
    private static String where(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + " " + java.util.Arrays.stream(root.getStackTrace()).limit(6)
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber())
                .collect(java.util.stream.Collectors.joining(" < "));
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    private static Lang language(UriInfo uri, HttpHeaders headers) {
        return language(uri.getPath(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The language in the path when it names one, else the Accept-Language header's. */
    static Lang language(String path, String acceptLanguage) {
        String[] segments = path.split("/");
        return (segments.length > 1 ? Lang.of(segments[1]) : java.util.Optional.<Lang>empty())
                .orElseGet(() -> Lang.fromAcceptLanguage(acceptLanguage));
    }
}
