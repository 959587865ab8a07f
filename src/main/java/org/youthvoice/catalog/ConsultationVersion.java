package org.youthvoice.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;

/** One version of a consultation file: a new one is recorded when a file changes after answers exist. */
@Entity
@Table(name = "consultation_version")
@IdClass(ConsultationVersion.Key.class)
public class ConsultationVersion {

    @Id
    @Column(name = "consultation_id")
    public String consultationId;

    @Id
    public int version;

    @Column(nullable = false)
    public String fingerprint;

    @Column(name = "loaded_at", nullable = false)
    public LocalDateTime loadedAt;

    public static Optional<ConsultationVersion> latest(EntityManager em, String consultationId) {
        return em.createQuery("from ConsultationVersion where consultationId = ?1 order by version desc", ConsultationVersion.class)
                .setParameter(1, consultationId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Composite key of a version. */
    public record Key(String consultationId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
