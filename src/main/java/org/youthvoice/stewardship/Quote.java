package org.youthvoice.stewardship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scrubbed free-text answer in the moderation queue: pending, approved for publication, rejected, or flagged. */
@Entity
@Table(name = "quote")
public class Quote {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    /** A possible disclosure of harm: for the steward's care, never publishable. */
    public static final String FLAGGED = "flagged";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "consultation_id", nullable = false, length = 64)
    public String consultationId;

    @Column(name = "question_id", nullable = false, length = 64)
    public String questionId;

    @Column(nullable = false, length = 2)
    public String lang;

    /** Sealed with TextCipher, bound to the consultation and question. */
    @Column(name = "text_value", nullable = false, length = 12000)
    public String textValue;

    @Column(nullable = false, length = 10)
    public String status;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;
}
