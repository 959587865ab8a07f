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

    private Releases() {
    }

    /** Releases every consultation's due snapshot, a year from now. */
    public static void due() {
        Snapshots snapshots = Arc.container().instance(Snapshots.class).get();
        Catalog catalog = Arc.container().instance(Catalog.class).get();
        Instant later = Instant.now().plus(Duration.ofDays(400));
        catalog.all().forEach(v -> snapshots.releaseIfDue(v.consultation(), later));
    }
}
