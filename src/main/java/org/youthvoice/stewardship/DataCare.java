package org.youthvoice.stewardship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.youthvoice.access.Audit;
import org.youthvoice.privacy.TextCipher;

/** The free-text answers flagged as a possible disclosure of harm, opened for the data steward; every reading is audited. */
@ApplicationScoped
@Transactional
public class DataCare {

    /** How many flagged answers one reading opens, newest first. */
    static final int SHOWN = 500;

    /** A flagged answer, opened for the steward: where it was given, in which language, the hour, and its scrubbed text. */
    public record Flagged(String consultationId, String questionId, String lang, String hour, String text) {
    }

    private final TextCipher cipher;
    private final Audit audit;
    private final EntityManager em;

    public DataCare(TextCipher cipher, Audit audit, EntityManager em) {
        this.cipher = cipher;
        this.audit = audit;
        this.em = em;
    }

    /** The flagged answers, opened; the reading is audited in the steward's name. */
    @SuppressWarnings("unchecked")
    public List<Flagged> flagged(String actor) {
        List<Object[]> rows = em.createNativeQuery("select r.consultation_id, a.question_id, r.lang, r.submitted_hour, a.text_value"
                + " from response_answer a join response r on r.id = a.response_id where a.harm_flag = true"
                + " order by r.submitted_hour desc").setMaxResults(SHOWN).getResultList();
        List<Flagged> flagged = rows.stream().map(r -> new Flagged((String) r[0], (String) r[1], (String) r[2], String.valueOf(r[3]),
                cipher.open((String) r[4], (String) r[0], (String) r[1]))).toList();
        audit.record(actor, Audit.Action.FLAGGED_TEXT_VIEWED, null, flagged.size() + " flagged answers shown");
        return flagged;
    }
}
