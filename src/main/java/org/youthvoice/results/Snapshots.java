package org.youthvoice.results;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Publish;
import org.youthvoice.definition.Status;
import org.youthvoice.i18n.ItuRegions;

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

    private final SnapshotStore store;
    private final Catalog catalog;
    private final ItuRegions regions;
    private final Clock clock;
    private final Map<String, Released> served = new ConcurrentHashMap<>();

    public Snapshots(SnapshotStore store, Catalog catalog, ItuRegions regions, Clock clock) {
        this.store = store;
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
    public Publication latest(Consultation c) {
        Released r = newest(c);
        return r == null ? Publication.empty(c) : r.publication();
    }

    /** The newest released snapshot with its number and time, or null; parsed once per replica and number. */
    public Released newest(Consultation c) {
        Integer seq = store.newestSeq(c.id());
        if (seq == null) {
            served.remove(c.id());
            return null;
        }
        Released cached = served.get(c.id());
        if (cached != null && cached.seq() == seq) {
            return cached;
        }
        SnapshotStore.Row row = store.row(c.id(), seq);
        Released read = new Released(row.seq(), row.at(), row.atClose(), Publication.fromJson(c, row.body()));
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

    /**
     * Releases a snapshot of one consultation if the policy says one is due at {@code now}; true if it did. The counts
     * are read in one transaction and the snapshot written in another; protecting the set runs between them, in no
     * transaction, however long the audit takes.
     */
    public boolean releaseIfDue(Consultation c, Instant now) {
        Released last = newest(c);
        SnapshotStore.Reading reading = store.read(c.id());
        boolean closed = catalog.status(c) == Status.CLOSED;
        if (!due(c, last, reading.responses(), closed, now)) {
            return false;
        }
        Publication previous = last == null || closed ? null : last.publication();
        Publication fresh = Publication.of(c, reading.cells(), previous, country -> regions.regionOf(country).orElse(ItuRegions.UNKNOWN))
                .withChannels(reading.channels());
        int seq = last == null ? 1 : last.seq() + 1;
        boolean written = store.insert(c.id(), seq, now, fresh.responses(), closed, fresh.toJson());
        Publication.Audit a = fresh.audit();
        LOG.infof("results snapshot %d of %s %s%s: %d responses, %d quantities, %d hidden, %d audited, %d linear programs,"
                        + " %d ms%s", seq, c.id(), written ? "released" : "already released by another replica", closed ? " at closing" : "",
                fresh.responses(), a.quantities(), a.hidden(), a.audited(), a.linearPrograms(), a.millis(),
                a.withheld() ? "; all but the overall count withheld" : "");
        return written;
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

}
