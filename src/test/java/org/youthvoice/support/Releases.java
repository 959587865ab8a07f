package org.youthvoice.support;

import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.Instant;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.results.Snapshots;

/**
 * Releases the results snapshots that the policy allows, as the scheduler would once every interval has passed (the
 * test profile turns the scheduler off). The min_cell rule still holds: fewer new responses release nothing.
 */
public final class Releases {

    /** How many times snapshots were released: each release happens a further 400 days on, past any interval. */
    private static final java.util.concurrent.atomic.AtomicLong RELEASES = new java.util.concurrent.atomic.AtomicLong();

    private Releases() {
    }

    /** Releases every consultation's due snapshot, as if a further 400 days had passed since the last call. */
    public static void due() {
        Snapshots snapshots = Arc.container().instance(Snapshots.class).get();
        Catalog catalog = Arc.container().instance(Catalog.class).get();
        Instant later = Instant.now().plus(Duration.ofDays(400 * RELEASES.incrementAndGet()));
        catalog.all().forEach(v -> snapshots.releaseIfDue(v.consultation(), later));
    }
}
