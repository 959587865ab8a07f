package org.youthvoice.response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.youthvoice.campaign.CampaignService;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.definition.Role;
import org.youthvoice.definition.Status;
import org.youthvoice.privacy.HarmSignals;
import org.youthvoice.privacy.Moderation;
import org.youthvoice.privacy.TextCipher;
import org.youthvoice.privacy.TextScrubber;
import org.youthvoice.results.Rollups;

/**
 * Checks and stores anonymous responses, exactly once per receipt. Free text is scrubbed of contact details, checked
 * for signs that a child is being hurt, and sealed before it is kept.
 */
@ApplicationScoped
public class ResponseService {

    private static final Pattern CAMPAIGN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private final Catalog catalog;
    private final TextScrubber scrubber;
    private final CampaignService campaigns;
    private final TextCipher cipher;
    private final HarmSignals harmSignals;
    private final Rollups rollups;
    private final Moderation moderation;
    private final EntityManager em;
    private final SubmissionMetrics metrics;

    public ResponseService(Catalog catalog, TextScrubber scrubber, CampaignService campaigns, TextCipher cipher,
                           HarmSignals harmSignals, Rollups rollups, Moderation moderation, EntityManager em,
                           SubmissionMetrics metrics) {
        this.metrics = metrics;
        this.rollups = rollups;
        this.moderation = moderation;
        this.catalog = catalog;
        this.scrubber = scrubber;
        this.campaigns = campaigns;
        this.cipher = cipher;
        this.harmSignals = harmSignals;
        this.em = em;
    }

    /** Refusals that concern the consultation as a whole: unknown, not open, or a campaign code not running for it. */
    public List<AnswerError> admission(String consultationId, String campaign) {
        Catalog.Versioned served = catalog.find(consultationId).orElse(null);
        if (served == null) {
            return List.of(AnswerError.general(AnswerProblem.UNKNOWN_CONSULTATION));
        }
        Status status = catalog.status(served.consultation());
        if (status != Status.OPEN) {
            return List.of(AnswerError.general(status == Status.CLOSED ? AnswerProblem.CLOSED : AnswerProblem.NOT_OPEN_YET));
        }
        if (campaign != null && (!CAMPAIGN.matcher(campaign).matches() || !campaigns.accepts(consultationId, campaign))) {
            return List.of(new AnswerError("campaign", AnswerProblem.BAD_CAMPAIGN));
        }
        return List.of();
    }

    /** Stores a response once under its receipt, or says why not; every outcome is counted in the metrics. */
    public Outcome submit(String consultationId, Submission submission, UUID receipt) {
        return metrics.record(consultationId, submission, decide(consultationId, submission, receipt));
    }

    private Outcome decide(String consultationId, Submission submission, UUID receipt) {
        List<AnswerError> refused = admission(consultationId, submission.campaign());
        if (!refused.isEmpty()) {
            return new Outcome.Refused(refused);
        }
        Catalog.Versioned served = catalog.find(consultationId).orElseThrow();
        List<AnswerError> errors = SubmissionValidator.validate(served.consultation(), submission.answers());
        if (!errors.isEmpty()) {
            return new Outcome.Refused(errors);
        }
        if (exists(receipt)) {
            return new Outcome.AlreadyStored(receipt);
        }
        for (int attempt = 1; ; attempt++) {
            StoredResponse response = toEntity(served, submission, receipt);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    em.persist(response);
                    response.answers.stream().filter(a -> a.textValue != null).forEach(a -> moderation.queue(response.consultationId,
                            a.questionId, response.lang, a.textValue, Boolean.TRUE.equals(a.harmFlag)));
                    // The running counts come last: their rows are shared by every response, so they are held locked
                    // only from here to the commit.
                    em.flush();
                    rollups.add(served.consultation(), response);
                });
                return new Outcome.Stored(receipt);
            } catch (PersistenceException | IllegalStateException conflict) {
                if (exists(receipt)) {
                    return new Outcome.AlreadyStored(receipt);
                }
                if (attempt == 3) {
                    throw conflict;
                }
                // Another response created the same new count row at the same moment: the next attempt updates it.
            }
        }
    }

    private boolean exists(UUID receipt) {
        return QuarkusTransaction.joiningExisting().call(() -> em.createQuery("select count(*) from StoredResponse where id = ?1", Long.class)
                .setParameter(1, receipt).getSingleResult() > 0);
    }

    private StoredResponse toEntity(Catalog.Versioned served, Submission submission, UUID receipt) {
        Consultation consultation = served.consultation();
        String country = consultation.withRole(Role.COUNTRY)
                .map(q -> submission.answers().get(q.id()))
                .map(a -> a.codes().isEmpty() ? null : a.codes().get(0)).orElse(null);
        StoredResponse response = new StoredResponse();
        response.id = receipt;
        response.consultationId = consultation.id();
        response.version = served.version();
        response.lang = submission.lang().code();
        response.campaign = submission.campaign();
        response.channel = submission.channel().name().toLowerCase(java.util.Locale.ROOT);
        response.submittedHour = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        for (Question q : consultation.questions()) {
            Answer answer = submission.answers().get(q.id());
            if (answer == null) {
                continue;
            }
            if (q.type() == QuestionType.TEXT) {
                String given = ((Answer.Text) answer).value();
                String scrubbed = scrubber.scrub(given, country, submission.lang().code());
                boolean harm = harmSignals.flags(given, submission.lang().code());
                response.answers.add(StoredAnswer.text(q.id(), cipher.seal(scrubbed, consultation.id(), q.id()), harm));
            } else {
                answer.codes().forEach(code -> response.answers.add(StoredAnswer.code(q.id(), code)));
            }
        }
        return response;
    }

    /**
     * Answers as both channels treat them: control characters (a NUL cannot even be stored by PostgreSQL) and lone
     * surrogates removed from free text, and empty answers dropped as skipped questions.
     */
    public static Map<String, Answer> withoutEmpty(Map<String, Answer> answers) {
        return answers.entrySet().stream()
                .map(e -> e.getValue() instanceof Answer.Text t ? Map.entry(e.getKey(), (Answer) new Answer.Text(clean(t.value()))) : e)
                .filter(e -> !(e.getValue() instanceof Answer.Text t && t.value().isBlank()))
                .filter(e -> !(e.getValue() instanceof Answer.Choices c && c.chosen().isEmpty()))
                .filter(e -> !(e.getValue() instanceof Answer.Choice c && c.code().isBlank()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || (!Character.isISOControl(c) && !(c >= 0xD800 && c <= 0xDFFF)))
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }
}
