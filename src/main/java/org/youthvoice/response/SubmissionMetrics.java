package org.youthvoice.response;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.youthvoice.catalog.Catalog;

/**
 * Prometheus counters of submissions: stored ones by consultation, language and channel, and refused ones by
 * consultation, channel and the first problem found. Tags come from closed sets only (known consultation ids, the six
 * languages, the problem codes), so no input can make up a new series — and none of them describes a respondent.
 */
@ApplicationScoped
public class SubmissionMetrics {

    static final String STORED = "youthvoice.submissions";
    static final String REFUSED = "youthvoice.submissions.refused";

    private final MeterRegistry registry;
    private final Catalog catalog;

    public SubmissionMetrics(MeterRegistry registry, Catalog catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    /** Counts the outcome of one submission; a response sent again after it was stored counts as neither. */
    public Outcome record(String consultationId, Submission submission, Outcome outcome) {
        String consultation = catalog.find(consultationId).isPresent() ? consultationId : "unknown";
        String channel = submission.channel().name().toLowerCase(Locale.ROOT);
        if (outcome instanceof Outcome.Stored) {
            registry.counter(STORED, "consultation", consultation, "lang", submission.lang().code(), "channel", channel).increment();
        } else if (outcome instanceof Outcome.Refused refused) {
            String problem = refused.errors().isEmpty() ? "unknown" : refused.errors().get(0).code();
            registry.counter(REFUSED, "consultation", consultation, "channel", channel, "problem", problem).increment();
        }
        return outcome;
    }
}
