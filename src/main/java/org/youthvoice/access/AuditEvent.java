package org.youthvoice.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One audited staff action: who, what, when, on what. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public LocalDateTime at;

    @Column(nullable = false, length = 64)
    public String actor;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(length = 120)
    public String target;

    @Column(length = 500)
    public String detail;
}
