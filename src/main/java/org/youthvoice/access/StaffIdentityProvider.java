package org.youthvoice.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;

/** Signs staff in against the staff_account table: bcrypt, disabled accounts, and a lock after repeated failures. */
@ApplicationScoped
public class StaffIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The identity attribute holding a promoter's region. */
    public static final String REGION = "region";

    private final Audit audit;
    private final StaffConfig config;
    private final Clock clock;
    private final EntityManager em;

    public StaffIdentityProvider(Audit audit, StaffConfig config, Clock clock, EntityManager em) {
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.em = em;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> signIn(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity signIn(String username, String password) {
        String name = username == null ? "" : username.strip();
        Outcome outcome = check(name, password);
        switch (outcome.kind) {
            case OK -> audit.record(name, Audit.Action.SIGN_IN, name, null);
            case LOCKED -> audit.record(name, Audit.Action.SIGN_IN_LOCKED, name, "account locked after repeated failures");
            default -> audit.record(name.isEmpty() ? "?" : name, Audit.Action.SIGN_IN_FAILED, name, null);
        }
        if (outcome.account == null) {
            throw new AuthenticationFailedException();
        }
        return identity(outcome.account);
    }

    /** The identity of a staff account: its name, its role, and a promoter's region. */
    static SecurityIdentity identity(StaffAccount account) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username)).addRole(account.role);
        if (account.region != null) {
            identity.addAttribute(REGION, account.region);
        }
        return identity.build();
    }

    /** Checks the password and counts a failure, in a transaction of its own so that the count stays even if sign-in fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Outcome check(String username, String password) {
        StaffAccount account = AccountService.USERNAME.matcher(username).matches() ? StaffAccount.byUsername(em, username).orElse(null) : null;
        LocalDateTime now = LocalDateTime.now(clock);
        if (account == null || !account.enabled || account.passwordHash == null) {
            return new Outcome(Kind.FAILED, null);
        }
        if (account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
            return new Outcome(Kind.LOCKED, null);
        }
        if (!BcryptUtil.matches(password, account.passwordHash)) {
            account.failedAttempts++;
            if (account.failedAttempts >= config.maxFailedSignIns()) {
                account.lockedUntil = now.plus(config.lockDuration());
                account.failedAttempts = 0;
                return new Outcome(Kind.LOCKED, null);
            }
            return new Outcome(Kind.FAILED, null);
        }
        account.failedAttempts = 0;
        account.lockedUntil = null;
        return new Outcome(Kind.OK, account);
    }

    enum Kind { OK, FAILED, LOCKED }

    record Outcome(Kind kind, StaffAccount account) {
    }
}
