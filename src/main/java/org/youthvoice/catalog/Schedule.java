package org.youthvoice.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Status;

/**
 * The dates in force for each consultation: the file's, unless an admin changed them. Read from the database and
 * kept for a few seconds, so that every replica follows a change within that time without a query per request.
 */
@ApplicationScoped
public class Schedule {

    static final Duration FRESH_FOR = Duration.ofSeconds(3);

    private final Clock clock;
    private final EntityManager em;
    private volatile Map<String, ConsultationControl> controls;
    private volatile Instant readAt = Instant.MIN;

    public Schedule(Clock clock, EntityManager em) {
        this.clock = clock;
        this.em = em;
    }

    /** The dates in force, and the target if one is set. */
    public record Dates(LocalDate opens, LocalDate closes, Integer target) {
        public Status statusOn(LocalDate day) {
            return day.isBefore(opens) ? Status.SCHEDULED : day.isAfter(closes) ? Status.CLOSED : Status.OPEN;
        }
    }

    public Dates of(Consultation c) {
        ConsultationControl control = controls().get(c.id());
        if (control == null) {
            return new Dates(c.opens(), c.closes(), null);
        }
        return new Dates(Optional.ofNullable(control.opens).orElse(c.opens()),
                Optional.ofNullable(control.closes).orElse(c.closes()), control.target);
    }

    /** Forgets what was read, after a change made by this replica. */
    public void changed() {
        readAt = Instant.MIN;
    }

    private Map<String, ConsultationControl> controls() {
        Instant now = clock.instant();
        if (controls == null || readAt.plus(FRESH_FOR).isBefore(now)) {
            controls = read();
            readAt = now;
        }
        return controls;
    }

    /** The admins' dates of every consultation, read in a transaction only when the kept ones are stale. */
    @Transactional
    Map<String, ConsultationControl> read() {
        return em.createQuery("from ConsultationControl", ConsultationControl.class)
                .getResultStream().collect(Collectors.toMap(c -> c.consultationId, Function.identity()));
    }
}
