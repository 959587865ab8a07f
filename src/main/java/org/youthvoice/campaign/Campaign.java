package org.youthvoice.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A promoter's link into one consultation; responses through it carry its code. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @Column(length = 16)
    public String code;

    @Column(name = "consultation_id", nullable = false, length = 64)
    public String consultationId;

    @Column(nullable = false, length = 120)
    public String label;

    /** The ITU region of the promoter who runs it. */
    @Column(nullable = false, length = 16)
    public String region;

    @Column(name = "default_lang", nullable = false, length = 2)
    public String defaultLang;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(nullable = false)
    public boolean active;
}
