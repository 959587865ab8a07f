package org.youthvoice.stewardship;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.youthvoice.access.Audit;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;

/**
 * Deletes raw responses when a consultation's retention period after closing has ended — every night, or earlier on a
 * data steward's request — and audits each purge with its counts.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final Catalog catalog;
    private final EntityManager em;
    private final Audit audit;
    private final Moderation moderation;

    public Retention(Catalog catalog, EntityManager em, Audit audit, Moderation moderation) {
        this.catalog = catalog;
        this.em = em;
        this.audit = audit;
        this.moderation = moderation;
    }

    /** A consultation's retention: the day its raw responses are deleted, and how many are held now. */
    public record Status(String consultationId, LocalDate closes, LocalDate purgeOn, long responses) {
    }

    /** The last day raw responses of this consultation are kept. */
    public LocalDate purgeOn(Consultation c) {
        return catalog.dates(c).closes().plusDays(c.retentionDays());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Status> statuses() {
        return catalog.all().stream().map(v -> new Status(v.consultation().id(), catalog.dates(v.consultation()).closes(),
                purgeOn(v.consultation()), count(v.consultation().id()))).toList();
    }

    /** Every night: purges the consultations whose retention period has ended. */
    @Scheduled(cron = "{youthvoice.privacy.retention-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void nightly() {
        LocalDate today = catalog.today();
        catalog.all().stream().map(Catalog.Versioned::consultation)
                .filter(c -> today.isAfter(purgeOn(c)))
                .forEach(c -> {
                    long purged = purge("retention", c.id(), "retention period ended " + purgeOn(c));
                    if (purged > 0) {
                        LOG.infof("retention: purged %d responses of %s", purged, c.id());
                    }
                });
    }

    /** Deletes every raw response of a consultation now; returns how many. Audited, also when there was nothing to delete. */
    @Transactional
    public long purge(String actor, String consultationId, String reason) {
        long responses = count(consultationId);
        long answers = ((Number) em.createNativeQuery("select count(*) from response_answer a join response r on r.id = a.response_id"
                + " where r.consultation_id = ?1").setParameter(1, consultationId).getSingleResult()).longValue();
        em.createNativeQuery("delete from response_answer where response_id in (select id from response where consultation_id = ?1)")
                .setParameter(1, consultationId).executeUpdate();
        em.createNativeQuery("delete from response where consultation_id = ?1").setParameter(1, consultationId).executeUpdate();
        long quotes = moderation.purgeUnpublished(consultationId);
        audit.record(actor, Audit.Action.RETENTION, consultationId, reason + ": " + responses + " responses, " + answers
                + " answers, " + quotes + " unpublished quotes deleted");
        return responses;
    }

    private long count(String consultationId) {
        return ((Number) em.createNativeQuery("select count(*) from response where consultation_id = ?1")
                .setParameter(1, consultationId).getSingleResult()).longValue();
    }
}
