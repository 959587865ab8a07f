package org.youthvoice.results;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Publish;
import org.youthvoice.definition.Status;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.results.Rollups.Cell;

/**
 * Releases each consultation's results in snapshots and serves the newest one. A snapshot is released when at least
 * min_cell responses arrived since the previous one and its interval has passed (the file's
 * {@code results.snapshot_seconds}; 60 s for {@code live}, a day otherwise), and once more at closing. Between
 * releases every published number stays as it was, so a before/after comparison never isolates fewer than min_cell
 * respondents. Snapshots are stored, so every replica serves the same one; a release is written once whichever
 * replica computes it first.
 */
@ApplicationScoped
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class);
    public static final Duration LIVE = Duration.ofSeconds(60);
    public static final Duration DAILY = Duration.ofDays(1);

    /** One released snapshot, as read back. */
    public record Released(int seq, Instant at, boolean atClose, Publication publication) {
    }

    private final EntityManager em;
    private final Catalog catalog;
    private final ItuRegions regions;
    private final Clock clock;
    private final Map<String, Released> served = new ConcurrentHashMap<>();

    public Snapshots(EntityManager em, Catalog catalog, ItuRegions regions, Clock clock) {
        this.em = em;
        this.catalog = catalog;
        this.regions = regions;
        this.clock = clock;
    }

    /** How long a consultation's published figures stay as they are at least. */
    public static Duration interval(Consultation c) {
        Integer seconds = c.results().snapshotSeconds();
        if (seconds != null) {
            return Duration.ofSeconds(seconds);
        }
        return c.results().publish() == Publish.LIVE ? LIVE : DAILY;
    }

    /** The newest released snapshot of a consultation, or an empty set before the first release. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Publication latest(Consultation c) {
        Released r = newest(c);
        return r == null ? Publication.empty(c) : r.publication();
    }

    /** The newest released snapshot with its number and time, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Released newest(Consultation c) {
        Number seq = (Number) em.createNativeQuery("select max(seq) from result_snapshot where consultation_id = ?1")
                .setParameter(1, c.id()).getSingleResult();
        if (seq == null) {
            served.remove(c.id());
            return null;
        }
        Released cached = served.get(c.id());
        if (cached != null && cached.seq() == seq.intValue()) {
            return cached;
        }
        Object[] row = (Object[]) em.createNativeQuery("select released_at, at_close, body from result_snapshot"
                + " where consultation_id = ?1 and seq = ?2").setParameter(1, c.id()).setParameter(2, seq.intValue()).getSingleResult();
        Released read = new Released(seq.intValue(), Instant.ofEpochMilli(((Number) row[0]).longValue()), Boolean.TRUE.equals(row[1]),
                Publication.fromJson(c, text(row[2])));
        served.put(c.id(), read);
        return read;
    }

    /** Releases the snapshots that are due, for every consultation. */
    @Scheduled(every = "{youthvoice.results.snapshot-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseDue() {
        for (Catalog.Versioned v : catalog.all()) {
            try {
                releaseIfDue(v.consultation(), clock.instant());
            } catch (RuntimeException e) {
                LOG.errorf(e, "releasing a results snapshot of %s failed; the previous one keeps being served", v.consultation().id());
            }
        }
    }

    /** Releases a snapshot of one consultation if the policy says one is due at {@code now}; true if it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean releaseIfDue(Consultation c, Instant now) {
        Released last = newest(c);
        long responses = ((Number) em.createNativeQuery("select coalesce(sum(n), 0) from result_day where consultation_id = ?1")
                .setParameter(1, c.id()).getSingleResult()).longValue();
        boolean closed = catalog.status(c) == Status.CLOSED;
        if (!due(c, last, responses, closed, now)) {
            return false;
        }
        Publication previous = last == null || closed ? null : last.publication();
        Publication fresh = Publication.of(c, stored(c.id()), previous, country -> regions.regionOf(country).orElse(ItuRegions.UNKNOWN))
                .withChannels(channels(c.id()));
        int seq = last == null ? 1 : last.seq() + 1;
        int written = em.createNativeQuery("insert into result_snapshot (consultation_id, seq, released_at, responses, at_close, body)"
                        + " select ?1, ?2, ?3, ?4, ?5, ?6 where not exists (select 1 from result_snapshot where consultation_id = ?1 and seq = ?2)")
                .setParameter(1, c.id()).setParameter(2, seq).setParameter(3, now.toEpochMilli()).setParameter(4, fresh.responses())
                .setParameter(5, closed).setParameter(6, fresh.toJson()).executeUpdate();
        Publication.Audit a = fresh.audit();
        LOG.infof("results snapshot %d of %s released%s: %d responses, %d quantities, %d hidden, %d audited, %d linear programs,"
                        + " %d ms%s", seq, c.id(), closed ? " at closing" : "", fresh.responses(), a.quantities(), a.hidden(), a.audited(),
                a.linearPrograms(), a.millis(), a.withheld() ? "; all but the overall count withheld" : "");
        return written == 1;
    }

    /**
     * The release policy: the first snapshot once min_cell responses arrived; then at least min_cell new responses and
     * the interval passed; and once at closing — with any new responses when the results were not public before it
     * (after_close, never), with at least min_cell new ones for live results.
     */
    static boolean due(Consultation c, Released last, long responses, boolean closed, Instant now) {
        int minCell = c.results().minCell();
        if (last == null) {
            return responses >= minCell || (closed && responses > 0 && c.results().publish() != Publish.LIVE);
        }
        long arrived = responses - last.publication().responses();
        if (last.atClose()) {
            return false;
        }
        if (closed) {
            return c.results().publish() == Publish.LIVE ? arrived >= minCell : arrived > 0 || !last.atClose();
        }
        return arrived >= minCell && !now.isBefore(last.at().plus(interval(c)));
    }

    @SuppressWarnings("unchecked")
    private Map<Cell, Long> stored(String consultationId) {
        Map<Cell, Long> stored = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("select question_id, option_code, dim, dim_key, sum(n) from result_cell where consultation_id = ?1"
                        + " group by question_id, option_code, dim, dim_key")
                .setParameter(1, consultationId).getResultList();
        for (Object[] row : rows) {
            stored.put(new Cell((String) row[0], (String) row[1], (String) row[2], (String) row[3]), ((Number) row[4]).longValue());
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> channels(String consultationId) {
        Map<String, Long> channels = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("select channel, sum(n) from result_day where consultation_id = ?1 group by channel")
                .setParameter(1, consultationId).getResultList();
        rows.forEach(row -> channels.put((String) row[0], ((Number) row[1]).longValue()));
        return channels;
    }

    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (String) value;
    }
}
