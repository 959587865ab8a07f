package org.youthvoice.respondent;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.i18n.Lang;
import org.youthvoice.privacy.RateLimitFilter;
import org.youthvoice.privacy.SubmissionLimiter;
import org.youthvoice.system.Page;
import org.youthvoice.system.ProblemPage;
import org.youthvoice.system.Refusal;

/**
 * The answering flow as plain HTML forms: every page posts all answers so far, so no cookie or server session is
 * needed; the receipt drawn on the welcome page makes the final submission count once however often it is sent.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Respondent pages")
public class AnsweringFlow {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Page page, String consultationTitle, int position, int total, int step,
                                            String token, String campaign, List<Views.QuestionView> questions,
                                            List<Views.Hidden> hidden, List<String> errors, boolean first, boolean last);

        static native TemplateInstance ageSorry(Page page, int min, int max);
    }

    private final Catalog catalog;
    private final Answering answering;
    private final SubmissionLimiter limiter;

    public AnsweringFlow(Catalog catalog, Answering answering, SubmissionLimiter limiter) {
        this.catalog = catalog;
        this.answering = answering;
        this.limiter = limiter;
    }

    @POST
    @Path("{lang: [a-z]{2}}/c/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "One step of the answering flow: start, next, back, or the same page in another language")
    public Response step(@PathParam("lang") String code, @PathParam("id") String id, byte[] body,
                         @Context HttpServerRequest request) {
        Lang lang = Refusal.language(code);
        Consultation c = catalog.require(id).consultation();
        try {
            Answering.State state = answering.read(lang, c, FormBody.parse(body).orElse(null));
            Answering.Step step = answering.step(state);
            if (step instanceof Answering.Step.Submit) {
                if (!limiter.allow(request, SubmissionLimiter.Kind.SUBMISSION)) {
                    return RateLimitFilter.tooMany(lang);
                }
                step = answering.submit(state);
            }
            return render(state, step);
        } catch (Refusal refused) {
            // Refusals of the flow are shown under the consultation's title, in the respondent's language.
            return ProblemPage.of(refused.status(), lang, c.title().get(lang), refused.faults().get(0).message(lang));
        }
    }

    /** A page of questions, the thank-you page (by a redirect), or the age gate's page. */
    private static Response render(Answering.State s, Answering.Step step) {
        Consultation c = s.consultation();
        Lang lang = s.lang();
        if (step instanceof Answering.Step.Questions q) {
            return questions(s, q);
        }
        if (step instanceof Answering.Step.Thanks thanks) {
            return Response.seeOther(URI.create("/" + lang.code() + "/c/" + c.id() + "/thanks" + query(thanks))).build();
        }
        return Response.ok(Templates.ageSorry(Page.of(lang, c.title().get(lang), "/c/" + c.id()),
                c.audience().minAge(), c.audience().maxAge()).setLocale(lang.locale())).build();
    }

    private static String query(Answering.Step.Thanks thanks) {
        String country = thanks.country() == null ? "" : "country=" + RespondentPages.urlEncode(thanks.country());
        String again = thanks.again() ? "again=1" : "";
        String both = country.isEmpty() || again.isEmpty() ? country + again : country + "&" + again;
        return both.isEmpty() ? "" : "?" + both;
    }

    private static Response questions(Answering.State s, Answering.Step.Questions q) {
        Consultation c = s.consultation();
        Lang lang = s.lang();
        List<Question> questions = s.plan().visibleOn(q.page(), c, s.answers());
        int[] progress = s.plan().progress(q.page(), c, s.answers());
        boolean last = s.plan().next(q.page(), c, s.answers()).isEmpty();
        List<String> summary = q.errors().values().stream().distinct().toList();
        TemplateInstance page = Templates.page(new Page(lang, c.title().get(lang), "/c/" + c.id(), true),
                c.title().get(lang), progress[0], progress[1], q.page(), s.token(), s.campaign() == null ? "" : s.campaign(),
                QuestionViews.of(questions, s.answers(), q.errors(), lang), FormAnswers.carried(s.answers(), questions), summary,
                q.page() == 0, last).setLocale(lang.locale());
        return Response.status(q.status()).entity(page).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
