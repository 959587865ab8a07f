package org.youthvoice.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * When each staff member last signed out, kept in the database so that every replica knows: a session issued until
 * then (a local session cookie, or an OIDC token) is refused, although it has not expired yet. Signing out therefore
 * ends the member's sessions on every device, and so does a password reset.
 */
@ApplicationScoped
public class SignOuts {

    /** quarkus.oidc.logout.path: where a member signed in through OIDC is sent to sign out. */
    public static final String OIDC_LOGOUT_PATH = "/staff/oidc-logout";

    private final EntityManager em;
    private final Clock clock;
    private final Audit audit;

    public SignOuts(EntityManager em, Clock clock, Audit audit) {
        this.em = em;
        this.clock = clock;
        this.audit = audit;
    }

    /** A member signs out: every session of theirs ends, on every device, and the sign-out is audited. */
    @Transactional
    public void signOut(String username) {
        record(username);
        audit.record(username, Audit.Action.SIGN_OUT, username, null);
    }

    /** Ends every session of {@code username} issued until now. */
    @Transactional
    public void record(String username) {
        long now = clock.millis();
        int updated = em.createNativeQuery("update staff_sign_out set signed_out_at = ?1 where username = ?2")
                .setParameter(1, now).setParameter(2, username).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into staff_sign_out (username, signed_out_at) values (?1, ?2)")
                    .setParameter(1, username).setParameter(2, now).executeUpdate();
        }
    }

    /** Whether a session of {@code username} issued at {@code issuedMillis} was ended by a later sign-out. */
    @Transactional
    public boolean ended(String username, long issuedMillis) {
        List<?> at = em.createNativeQuery("select signed_out_at from staff_sign_out where username = ?1")
                .setParameter(1, username).getResultList();
        return !at.isEmpty() && issuedMillis <= ((Number) at.get(0)).longValue();
    }
}
