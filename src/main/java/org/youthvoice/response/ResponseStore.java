package org.youthvoice.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.youthvoice.definition.Consultation;

/** Writes one response in a transaction of its own, with everything its observers derive from it, or nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ResponseStore {

    private final EntityManager em;
    private final Event<ResponseStored> stored;

    public ResponseStore(EntityManager em, Event<ResponseStored> stored) {
        this.em = em;
        this.stored = stored;
    }

    /** Stores the response and tells its observers, all in one transaction that commits before this returns. */
    public void store(Consultation consultation, StoredResponse response) {
        em.persist(response);
        stored.fire(new ResponseStored(consultation, response));
    }

    /** Whether a response with this receipt is stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(UUID receipt) {
        return em.createQuery("select count(*) from StoredResponse where id = ?1", Long.class)
                .setParameter(1, receipt).getSingleResult() > 0;
    }
}
