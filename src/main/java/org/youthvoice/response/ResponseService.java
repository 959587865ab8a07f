package org.youthvoice.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.catalog.CatalogProblem;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.definition.Role;
import org.youthvoice.definition.Status;
import org.youthvoice.privacy.HarmSignals;
import org.youthvoice.privacy.TextCipher;
import org.youthvoice.privacy.TextScrubber;
import org.youthvoice.system.Fault;

/**
 * Checks and stores anonymous responses, exactly once per receipt. Free text is scrubbed of contact details, checked
 * for signs that a child is being hurt, and sealed before it is kept. What derives from a stored response (the
 * running counts, the moderation queue) observes {@link ResponseStored}; this service knows none of it.
 */
@ApplicationScoped
public class ResponseService {

    private static final Pattern CAMPAIGN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    /** How often a response is tried again when another one created the same new count row at the same moment. */
    static final int ATTEMPTS = 3;

    private final Catalog catalog;
    private final CampaignCodes campaigns;
    private final TextScrubber scrubber;
    private final TextCipher cipher;
    private final HarmSignals harmSignals;
    private final ResponseStore store;
    private final SubmissionMetrics metrics;

    public ResponseService(Catalog catalog, CampaignCodes campaigns, TextScrubber scrubber, TextCipher cipher,
                           HarmSignals harmSignals, ResponseStore store, SubmissionMetrics metrics) {
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.scrubber = scrubber;
        this.cipher = cipher;
        this.harmSignals = harmSignals;
        this.store = store;
        this.metrics = metrics;
    }

    /** Refusals that concern the consultation as a whole: unknown, not open, or a campaign code not running for it. */
    public List<Fault> admission(String consultationId, String campaign) {
        Catalog.Versioned served = catalog.find(consultationId).orElse(null);
        if (served == null) {
            return List.of(Fault.general(CatalogProblem.UNKNOWN_CONSULTATION));
        }
        Status status = catalog.status(served.consultation());
        if (status != Status.OPEN) {
            return List.of(Fault.general(status == Status.CLOSED ? AnswerProblem.CLOSED : AnswerProblem.NOT_OPEN_YET));
        }
        if (campaign != null && (!CAMPAIGN.matcher(campaign).matches() || !campaigns.accepts(consultationId, campaign))) {
            return List.of(new Fault("campaign", AnswerProblem.BAD_CAMPAIGN));
        }
        return List.of();
    }

    /** Stores a response once under its receipt, or says why not; every outcome is counted in the metrics. */
    public Outcome submit(String consultationId, Submission submission, UUID receipt) {
        return metrics.record(consultationId, submission, decide(consultationId, submission, receipt));
    }

    private Outcome decide(String consultationId, Submission submission, UUID receipt) {
        List<Fault> refused = admission(consultationId, submission.campaign());
        if (!refused.isEmpty()) {
            return new Outcome.Refused(refused);
        }
        Catalog.Versioned served = catalog.find(consultationId).orElseThrow();
        List<Fault> errors = SubmissionValidator.validate(served.consultation(), submission.answers());
        if (!errors.isEmpty()) {
            return new Outcome.Refused(errors);
        }
        if (store.exists(receipt)) {
            return new Outcome.AlreadyStored(receipt);
        }
        for (int attempt = 1; ; attempt++) {
            StoredResponse response = toEntity(served, submission, receipt);
            try {
                store.store(served.consultation(), response);
                return new Outcome.Stored(receipt);
            } catch (PersistenceException | IllegalStateException | TransactionalException conflict) {
                if (store.exists(receipt)) {
                    return new Outcome.AlreadyStored(receipt);
                }
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                // Another response created the same new count row at the same moment: the next attempt updates it.
            }
        }
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
