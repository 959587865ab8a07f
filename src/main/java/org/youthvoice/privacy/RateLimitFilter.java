package org.youthvoice.privacy;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.system.ApiErrors;
import org.youthvoice.system.Fault;
import org.youthvoice.system.Problem;
import org.youthvoice.system.ProblemPage;

/** Refuses, with 429 in the respondent's language, what one client sends beyond the limits of {@link SubmissionLimiter}. */
public class RateLimitFilter {

    private static final Pattern API_SUBMISSION = Pattern.compile("/api/v1/consultations/[^/]+/responses");
    private static final Pattern ANSWERING_PAGE = Pattern.compile("/([a-z]{2})/c/[^/]+");

    private final SubmissionLimiter limiter;

    public RateLimitFilter(SubmissionLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!"POST".equals(context.getMethod())) {
            return Optional.empty();
        }
        String path = context.getUriInfo().getPath();
        if (API_SUBMISSION.matcher(path).matches()) {
            return limiter.allow(request, SubmissionLimiter.Kind.SUBMISSION) ? Optional.empty()
                    : Optional.of(ApiErrors.response(Response.Status.TOO_MANY_REQUESTS,
                    List.of(Fault.general(Problem.TOO_MANY)), Lang.DEFAULT));
        }
        var page = ANSWERING_PAGE.matcher(path);
        if (page.matches() && !limiter.allow(request, SubmissionLimiter.Kind.POST)) {
            return Optional.of(tooMany(Lang.of(page.group(1))
                    .orElseGet(() -> Lang.fromAcceptLanguage(context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))));
        }
        return Optional.empty();
    }

    /** The page telling a respondent to wait. */
    public static Response tooMany(Lang lang) {
        var m = Localizer.messages(lang);
        return ProblemPage.of(Response.Status.TOO_MANY_REQUESTS, lang, m.try_again_title(), m.error_too_many());
    }
}
