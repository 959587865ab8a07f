package org.youthvoice.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Publish;
import org.youthvoice.definition.Status;
import org.youthvoice.system.Refusal;

/**
 * Aggregate results of a consultation, from its newest released snapshot: one protected publish set that every output
 * renders, so that no output computes numbers of its own and every number changes only with a release.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultsService {

    private final Catalog catalog;
    private final Snapshots snapshots;

    public ResultsService(Catalog catalog, Snapshots snapshots) {
        this.catalog = catalog;
        this.snapshots = snapshots;
    }

    /** The newest released publish set of a consultation (empty before the first release). */
    public Publication publication(Consultation c) {
        return snapshots.latest(c);
    }

    /** Whether the consultation's results may be shown without a password now. */
    public boolean isPublic(Consultation c) {
        Publish rule = c.results().publish();
        return rule == Publish.LIVE || (rule == Publish.AFTER_CLOSE && catalog.status(c) == Status.CLOSED);
    }

    /** A consultation whose results the public may see now, or a 404 refusal (unknown, or not published yet). */
    public Consultation published(String id) {
        Consultation c = catalog.require(id).consultation();
        if (!isPublic(c)) {
            throw Refusal.notFound(ResultsProblem.NOT_PUBLISHED);
        }
        return c;
    }

    /** The results, overall and, when {@code by} names a breakdown, per group; a 400 refusal for an unknown breakdown. */
    public ResultsView results(Consultation c, String by) {
        if (by != null && !Rollups.DIMENSIONS.contains(by)) {
            throw Refusal.field("by", ResultsProblem.UNKNOWN_BREAKDOWN);
        }
        return snapshots.latest(c).view(by);
    }

    /** The ways of answering ("web", "api") named in the released snapshot: each brought at least min_cell responses. */
    public List<String> channels(Consultation c) {
        return snapshots.latest(c).channels();
    }
}
