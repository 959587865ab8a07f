package org.youthvoice.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A staff member's account: a bcrypt hash, one role, the region of a promoter, and the sign-in throttle. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(name = "password_hash", length = 100)
    public String passwordHash;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(length = 16)
    public String region;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    @Column(name = "locked_until")
    public LocalDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    public static Optional<StaffAccount> byUsername(EntityManager em, String username) {
        return em.createQuery("from StaffAccount where username = ?1", StaffAccount.class)
                .setParameter(1, username).setMaxResults(1).getResultStream().findFirst();
    }
}
