package org.youthvoice.stewardship;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.youthvoice.access.Audit;
import org.youthvoice.privacy.TextCipher;
import org.youthvoice.response.ResponseStored;
import org.youthvoice.response.StoredResponse;
import org.youthvoice.system.Fault;
import org.youthvoice.system.Refusal;

/** The data steward's decisions on free-text quotes; only approved ones are ever published. */
@ApplicationScoped
@Transactional
public class Moderation {

    private final TextCipher cipher;
    private final Audit audit;
    private final EntityManager em;

    public Moderation(TextCipher cipher, Audit audit, EntityManager em) {
        this.cipher = cipher;
        this.audit = audit;
        this.em = em;
    }

    /** A quote opened for reading. */
    public record Opened(long id, String consultationId, String questionId, String lang, String text, String status) {
    }

    /** Queues the text answers of a response just stored, in its transaction. */
    void queue(@Observes @Priority(ResponseStored.QUEUES) ResponseStored stored) {
        StoredResponse r = stored.response();
        r.answers.stream().filter(a -> a.textValue != null)
                .forEach(a -> queue(r.consultationId, a.questionId, r.lang, a.textValue, Boolean.TRUE.equals(a.harmFlag)));
    }

    /** Queues a stored text answer (already scrubbed and sealed); a flagged one goes to the steward's care instead. */
    public void queue(String consultationId, String questionId, String lang, String sealed, boolean flagged) {
        Quote q = new Quote();
        q.consultationId = consultationId;
        q.questionId = questionId;
        q.lang = lang;
        q.textValue = sealed;
        q.status = flagged ? Quote.FLAGGED : Quote.PENDING;
        em.persist(q);
    }

    /** Approves or rejects a pending quote; a 409 refusal when it is not pending (a flagged text can never be approved). */
    public void decide(String actor, long id, boolean approve) {
        Quote q = em.find(Quote.class, id);
        if (q == null || !Quote.PENDING.equals(q.status)) {
            throw new Refusal(Response.Status.CONFLICT, List.of(Fault.general(StewardshipProblem.NOT_PENDING)));
        }
        q.status = approve ? Quote.APPROVED : Quote.REJECTED;
        q.decidedBy = actor;
        audit.record(actor, Audit.Action.MODERATION, q.consultationId + "/" + q.questionId + "#" + id, q.status);
    }

    /** The pending quotes, opened for the steward; the reading is audited in the steward's name. */
    public List<Opened> pending(String actor, int limit) {
        List<Opened> pending = em.createQuery("from Quote where status = ?1 order by id", Quote.class).setParameter(1, Quote.PENDING)
                .setMaxResults(limit).getResultStream().map(this::open).toList();
        audit.record(actor, Audit.Action.MODERATION, null, pending.size() + " pending quotes shown");
        return pending;
    }

    /** The approved quotes of one question, for publication. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Opened> approved(String consultationId, String questionId) {
        return em.createQuery("from Quote where consultationId = ?1 and questionId = ?2 and status = ?3 order by id", Quote.class)
                .setParameter(1, consultationId).setParameter(2, questionId).setParameter(3, Quote.APPROVED)
                .getResultStream().map(this::open).toList();
    }

    /** Deletes every quote of a consultation that was not approved for publication; returns how many. */
    public long purgeUnpublished(String consultationId) {
        return em.createQuery("delete from Quote where consultationId = ?1 and status <> ?2")
                .setParameter(1, consultationId).setParameter(2, Quote.APPROVED).executeUpdate();
    }

    private Opened open(Quote q) {
        return new Opened(q.id, q.consultationId, q.questionId, q.lang, cipher.open(q.textValue, q.consultationId, q.questionId), q.status);
    }
}
