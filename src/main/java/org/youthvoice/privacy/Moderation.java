package org.youthvoice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.youthvoice.staff.Audit;

/** The data steward's decisions on free-text quotes; only approved ones are ever published. */
@ApplicationScoped
@Transactional
public class Moderation {

    private final TextCipher cipher;
    private final Audit audit;

    public Moderation(TextCipher cipher, Audit audit) {
        this.cipher = cipher;
        this.audit = audit;
    }

    /** A quote opened for reading. */
    public record Opened(long id, String consultationId, String questionId, String lang, String text, String status) {
    }

    /** Queues a stored text answer (already scrubbed and sealed); a flagged one goes to the steward's care instead. */
    public void queue(String consultationId, String questionId, String lang, String sealed, boolean flagged) {
        Quote q = new Quote();
        q.consultationId = consultationId;
        q.questionId = questionId;
        q.lang = lang;
        q.textValue = sealed;
        q.status = flagged ? Quote.FLAGGED : Quote.PENDING;
        q.persist();
    }

    /** Approves or rejects a pending quote; false when it is not pending (a flagged text can never be approved). */
    public boolean decide(String actor, long id, boolean approve) {
        Quote q = Quote.findById(id);
        if (q == null || !Quote.PENDING.equals(q.status)) {
            return false;
        }
        q.status = approve ? Quote.APPROVED : Quote.REJECTED;
        q.decidedBy = actor;
        audit.record(actor, Audit.Action.MODERATION, q.consultationId + "/" + q.questionId + "#" + id, q.status);
        return true;
    }

    /** The pending quotes, opened for the steward (the reading is audited by the page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Opened> pending(int limit) {
        return Quote.<Quote>find("status = ?1 order by id", Quote.PENDING).page(0, limit).list().stream().map(this::open).toList();
    }

    /** The approved quotes of one question, for publication. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Opened> approved(String consultationId, String questionId) {
        return Quote.<Quote>find("consultationId = ?1 and questionId = ?2 and status = ?3 order by id", consultationId, questionId,
                Quote.APPROVED).list().stream().map(this::open).toList();
    }

    /** Deletes every quote of a consultation that was not approved for publication; returns how many. */
    public long purgeUnpublished(String consultationId) {
        return Quote.delete("consultationId = ?1 and status <> ?2", consultationId, Quote.APPROVED);
    }

    private Opened open(Quote q) {
        return new Opened(q.id, q.consultationId, q.questionId, q.lang, cipher.open(q.textValue, q.consultationId, q.questionId), q.status);
    }
}
