package org.youthvoice.respondent;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.campaign.CampaignService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.privacy.FormTokens;
import org.youthvoice.privacy.RateLimitFilter;
import org.youthvoice.privacy.SubmissionLimiter;
import org.youthvoice.results.Participation;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.response.Answer;
import org.youthvoice.response.AnswerError;
import org.youthvoice.response.AnswerProblem;
import org.youthvoice.response.ErrorMessages;
import org.youthvoice.response.Outcome;
import org.youthvoice.response.ResponseService;
import org.youthvoice.response.Submission;
import org.youthvoice.response.SubmissionValidator;
import org.youthvoice.response.Visibility;

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
        static native TemplateInstance page(Views.Page page, String consultationTitle, int position, int total, int step,
                                            String token, String campaign, List<Views.QuestionView> questions,
                                            List<Views.Hidden> hidden, List<String> errors, boolean first, boolean last);

        static native TemplateInstance ageSorry(Views.Page page, int min, int max);
    }

    private final Catalog catalog;
    private final ResponseService responses;
    private final CampaignService campaigns;
    private final Participation participation;
    private final FormTokens tokens;
    private final SubmissionLimiter limiter;

    /** The field people leave empty and form-filling robots fill in. */
    static final String HONEYPOT = "website";

    public AnsweringFlow(Catalog catalog, ResponseService responses, CampaignService campaigns, Participation participation,
                         FormTokens tokens, SubmissionLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.catalog = catalog;
        this.responses = responses;
        this.campaigns = campaigns;
        this.participation = participation;
    }

    @POST
    @Path("{lang: [a-z]{2}}/c/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "One step of the answering flow: start, next, back, or the same page in another language")
    public Response step(@PathParam("lang") String code, @PathParam("id") String id, byte[] body,
                         @Context HttpServerRequest request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Lang lang = Lang.of(code).orElse(null);
        Catalog.Versioned served = catalog.find(id).orElse(null);
        if (lang == null || served == null) {
            return RespondentPages.notFound(lang == null ? accept : code);
        }
        MultivaluedMap<String, String> form = FormBody.parse(body).orElse(null);
        if (form == null) {
            return RespondentPages.problem(Response.Status.BAD_REQUEST, lang, served.consultation().title().get(lang),
                    ErrorMessages.of(AnswerError.general(AnswerProblem.MALFORMED), lang));
        }
        String campaign = Optional.ofNullable(form.getFirst("campaign")).filter(given -> campaigns.accepts(id, given)).orElse(null);
        List<AnswerError> refused = responses.admission(id, campaign);
        if (!refused.isEmpty()) {
            return RespondentPages.problem(refused.get(0).problem() == AnswerProblem.BAD_CAMPAIGN
                            ? Response.Status.BAD_REQUEST : Response.Status.CONFLICT, lang,
                    served.consultation().title().get(lang), ErrorMessages.of(refused.get(0), lang));
        }
        Consultation c = served.consultation();
        UUID receipt = tokens.verify(form.getFirst("token"), id).orElse(null);
        if (receipt == null) {
            return RespondentPages.problem(Response.Status.BAD_REQUEST, lang, c.title().get(lang),
                    Localizer.messages(lang).flow_expired());
        }
        FlowPlan plan = new FlowPlan(c);
        Map<String, Answer> answers = FormAnswers.read(c, form);
        int step = parseStep(form.getFirst("step"), plan);
        String nav = Optional.ofNullable(form.getFirst("nav")).orElse("next");
        State state = new State(lang, c, plan, answers, form.getFirst("token"), receipt, campaign);
        return switch (nav) {
            case "start" -> {
                participation.started(c.id(), lang, campaign);
                yield state.render(0, Map.of(), Response.Status.OK);
            }
            case "stay" -> state.render(step, Map.of(), Response.Status.OK);
            case "back" -> state.render(plan.previous(step, c, answers), Map.of(), Response.Status.OK);
            default -> next(state, step, served, form, request);
        };
    }

    private Response next(State state, int step, Catalog.Versioned served, MultivaluedMap<String, String> form,
                          HttpServerRequest request) {
        Consultation c = state.consultation;
        List<AnswerError> errors = SubmissionValidator.validate(c, state.answers, state.plan.visibleOn(step, c, state.answers));
        if (errors.stream().anyMatch(e -> e.problem() == AnswerProblem.OUTSIDE_AUDIENCE)) {
            return Response.ok(Templates.ageSorry(Views.Page.of(state.lang, c.title().get(state.lang), "/c/" + c.id()),
                    c.audience().minAge(), c.audience().maxAge()).setLocale(state.lang.locale())).build();
        }
        if (!errors.isEmpty()) {
            return state.render(step, byQuestion(errors, state.lang), Response.Status.BAD_REQUEST);
        }
        Optional<Integer> following = state.plan.next(step, c, state.answers);
        if (following.isPresent()) {
            return state.render(following.get(), Map.of(), Response.Status.OK);
        }
        Map<String, Answer> shown = new LinkedHashMap<>(state.answers);
        shown.keySet().retainAll(Visibility.visible(c, state.answers));
        String country = c.withRole(org.youthvoice.definition.Role.COUNTRY).map(q -> shown.get(q.id()))
                .map(a -> a.codes().isEmpty() ? null : a.codes().get(0)).orElse(null);
        String thanks = "/" + state.lang.code() + "/c/" + c.id() + "/thanks"
                + (country == null ? "" : "?country=" + RespondentPages.urlEncode(country));
        String website = form.getFirst(HONEYPOT);
        if (website != null && !website.isBlank()) {
            return Response.seeOther(URI.create(thanks)).build();
        }
        if (!limiter.allow(request, SubmissionLimiter.Kind.SUBMISSION)) {
            return RateLimitFilter.tooMany(state.lang);
        }
        Outcome outcome = responses.submit(c.id(), new Submission(state.lang, state.campaign, shown, Submission.Channel.WEB), state.receipt);
        if (outcome instanceof Outcome.Refused refusal) {
            AnswerError first = refusal.errors().get(0);
            if (first.question() == null || c.question(first.question()).isEmpty()) {
                return RespondentPages.problem(Response.Status.CONFLICT, state.lang, c.title().get(state.lang),
                        ErrorMessages.of(first, state.lang));
            }
            return state.render(state.plan.pageOf(first.question()), byQuestion(refusal.errors(), state.lang),
                    Response.Status.BAD_REQUEST);
        }
        if (outcome instanceof Outcome.AlreadyStored) {
            thanks += (country == null ? "?" : "&") + "again=1";
        }
        return Response.seeOther(URI.create(thanks)).build();
    }

    private static Map<String, String> byQuestion(List<AnswerError> errors, Lang lang) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach(e -> messages.putIfAbsent(e.question(), ErrorMessages.of(e, lang)));
        return messages;
    }

    private static int parseStep(String given, FlowPlan plan) {
        try {
            int step = Integer.parseInt(given);
            return plan.exists(step) ? step : 0;
        } catch (NumberFormatException absent) {
            return 0;
        }
    }

    /** Everything one request of the flow knows. */
    private record State(Lang lang, Consultation consultation, FlowPlan plan, Map<String, Answer> answers, String token,
                         UUID receipt, String campaign) {

        Response render(int step, Map<String, String> errors, Response.Status status) {
            List<Question> questions = plan.visibleOn(step, consultation, answers);
            int[] progress = plan.progress(step, consultation, answers);
            Messages m = Localizer.messages(lang);
            boolean last = plan.next(step, consultation, answers).isEmpty();
            List<String> summary = errors.values().stream().distinct().toList();
            TemplateInstance page = Templates.page(new Views.Page(lang, consultation.title().get(lang), "/c/" + consultation.id(), true),
                    consultation.title().get(lang), progress[0], progress[1], step, token, campaign == null ? "" : campaign,
                    QuestionViews.of(questions, answers, errors, lang), FormAnswers.carried(answers, questions), summary,
                    step == 0, last).setLocale(lang.locale());
            return Response.status(status).entity(page).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
    }
}
