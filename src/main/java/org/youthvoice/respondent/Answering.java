package org.youthvoice.respondent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.youthvoice.campaign.CampaignService;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.Lang;
import org.youthvoice.participation.Participation;
import org.youthvoice.privacy.FormTokens;
import org.youthvoice.response.Answer;
import org.youthvoice.response.AnswerProblem;
import org.youthvoice.response.Outcome;
import org.youthvoice.response.ResponseService;
import org.youthvoice.response.Submission;
import org.youthvoice.response.SubmissionValidator;
import org.youthvoice.response.Visibility;
import org.youthvoice.system.Fault;
import org.youthvoice.system.Problem;
import org.youthvoice.system.Refusal;

/**
 * The rules of one step of the answering flow, without HTTP: which page comes next, when the age gate turns a child
 * away, and the final submission. Every page posts all answers so far, so no cookie or server session is needed; the
 * receipt drawn on the welcome page makes the final submission count once however often it is sent.
 */
@ApplicationScoped
public class Answering {

    /** The field people leave empty and form-filling robots fill in. */
    static final String HONEYPOT = "website";

    private final ResponseService responses;
    private final CampaignService campaigns;
    private final Participation participation;
    private final FormTokens tokens;

    public Answering(ResponseService responses, CampaignService campaigns, Participation participation, FormTokens tokens) {
        this.responses = responses;
        this.campaigns = campaigns;
        this.participation = participation;
        this.tokens = tokens;
    }

    /** Everything one post of the flow carries, read and checked: the consultation, the answers so far, the receipt. */
    public record State(Lang lang, Consultation consultation, FlowPlan plan, Map<String, Answer> answers, String token,
                        UUID receipt, String campaign, int step, String nav, boolean robot) {
    }

    /** What a post leads to. */
    public sealed interface Step {
        /** A page of questions, with the errors of its answers by question id. */
        record Questions(int page, Map<String, String> errors, Response.Status status) implements Step {
        }

        /** The kind page for a child outside the audience; nothing is stored. */
        record AgeSorry() implements Step {
        }

        /** The thank-you page; {@code again} when this receipt had been stored before. */
        record Thanks(String country, boolean again) implements Step {
        }

        /** Only the last page counts against the rate limit: the caller asks before the submission is made. */
        record Submit() implements Step {
        }
    }

    /**
     * Reads a posted form of consultation {@code c}: refuses (as a page in the respondent's language) a form that cannot
     * be read (null), a consultation that is not open, a campaign not running for it, or an expired form.
     */
    public State read(Lang lang, Consultation c, MultivaluedMap<String, String> form) {
        String id = c.id();
        if (form == null) {
            throw Refusal.invalid(Problem.MALFORMED);
        }
        String campaign = Optional.ofNullable(form.getFirst("campaign")).filter(given -> campaigns.accepts(id, given)).orElse(null);
        List<Fault> refused = responses.admission(id, campaign);
        if (!refused.isEmpty()) {
            throw new Refusal(refused.get(0).reason() == AnswerProblem.BAD_CAMPAIGN ? Response.Status.BAD_REQUEST
                    : Response.Status.CONFLICT, refused);
        }
        String token = form.getFirst("token");
        UUID receipt = tokens.verify(token, id).orElseThrow(() -> Refusal.invalid(FlowProblem.EXPIRED));
        FlowPlan plan = new FlowPlan(c);
        String website = form.getFirst(HONEYPOT);
        return new State(lang, c, plan, FormAnswers.read(c, form), token, receipt, campaign, step(form.getFirst("step"), plan),
                Optional.ofNullable(form.getFirst("nav")).orElse("next"), website != null && !website.isBlank());
    }

    /** Where the post leads: the same or another page, the age gate, or (on the last page) a submission to make. */
    public Step step(State s) {
        Consultation c = s.consultation();
        return switch (s.nav()) {
            case "start" -> {
                participation.started(c.id(), s.lang(), s.campaign());
                yield new Step.Questions(0, Map.of(), Response.Status.OK);
            }
            case "stay" -> new Step.Questions(s.step(), Map.of(), Response.Status.OK);
            case "back" -> new Step.Questions(s.plan().previous(s.step(), c, s.answers()), Map.of(), Response.Status.OK);
            default -> next(s);
        };
    }

    private Step next(State s) {
        Consultation c = s.consultation();
        List<Fault> errors = SubmissionValidator.validate(c, s.answers(), s.plan().visibleOn(s.step(), c, s.answers()));
        if (errors.stream().anyMatch(e -> e.reason() == AnswerProblem.OUTSIDE_AUDIENCE)) {
            return new Step.AgeSorry();
        }
        if (!errors.isEmpty()) {
            return new Step.Questions(s.step(), byQuestion(errors, s.lang()), Response.Status.BAD_REQUEST);
        }
        Optional<Integer> following = s.plan().next(s.step(), c, s.answers());
        if (following.isPresent()) {
            return new Step.Questions(following.get(), Map.of(), Response.Status.OK);
        }
        // A robot that filled the honeypot sees the thank-you page and stores nothing.
        return s.robot() ? new Step.Thanks(country(s.consultation(), shown(s)), false) : new Step.Submit();
    }

    /** Stores the visible answers once under the receipt; a refusal sends the respondent back to the question at fault. */
    public Step submit(State s) {
        Consultation c = s.consultation();
        Map<String, Answer> shown = shown(s);
        Outcome outcome = responses.submit(c.id(), new Submission(s.lang(), s.campaign(), shown, Submission.Channel.WEB), s.receipt());
        if (outcome instanceof Outcome.Refused refusal) {
            Fault first = refusal.errors().get(0);
            if (first.question() == null || c.question(first.question()).isEmpty()) {
                throw new Refusal(Response.Status.CONFLICT, refusal.errors());
            }
            return new Step.Questions(s.plan().pageOf(first.question()), byQuestion(refusal.errors(), s.lang()), Response.Status.BAD_REQUEST);
        }
        return new Step.Thanks(country(c, shown), outcome instanceof Outcome.AlreadyStored);
    }

    /** The answers to the questions the respondent was shown; answers to hidden ones are not sent on. */
    private static Map<String, Answer> shown(State s) {
        Map<String, Answer> shown = new LinkedHashMap<>(s.answers());
        shown.keySet().retainAll(Visibility.visible(s.consultation(), s.answers()));
        return shown;
    }

    /** The answered country, for the helpline the thank-you page names. */
    private static String country(Consultation c, Map<String, Answer> shown) {
        return c.withRole(Role.COUNTRY).map(q -> shown.get(q.id()))
                .map(a -> a.codes().isEmpty() ? null : a.codes().get(0)).orElse(null);
    }

    private static Map<String, String> byQuestion(List<Fault> errors, Lang lang) {
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach(e -> messages.putIfAbsent(e.question(), e.message(lang)));
        return messages;
    }

    private static int step(String given, FlowPlan plan) {
        try {
            int step = Integer.parseInt(given);
            return plan.exists(step) ? step : 0;
        } catch (NumberFormatException absent) {
            return 0;
        }
    }
}
