package org.youthvoice.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.youthvoice.results.ItuRegions;

/** Creates, changes, resets and disables staff accounts; every change is audited. */
@ApplicationScoped
@Transactional
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 12;

    private final Audit audit;
    private final ItuRegions regions;
    private final Clock clock;
    private final EntityManager em;
    private final SignOuts signOuts;

    public AccountService(Audit audit, ItuRegions regions, Clock clock, EntityManager em, SignOuts signOuts) {
        this.signOuts = signOuts;
        this.audit = audit;
        this.regions = regions;
        this.clock = clock;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> list() {
        return em.createQuery("from StaffAccount order by username", StaffAccount.class).getResultList();
    }

    /** Why an account cannot be created or given this role and region, or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> problem(String username, String role, String region, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of("the user name must be 2 to 64 lowercase letters, digits, '.', '_' or '-'");
        }
        if (password != null && password.length() < MIN_PASSWORD) {
            return Optional.of("the password must have at least " + MIN_PASSWORD + " characters");
        }
        return roleProblem(role, region);
    }

    private Optional<String> roleProblem(String role, String region) {
        StaffRole parsed = StaffRole.of(role).orElse(null);
        if (parsed == null) {
            return Optional.of("the role must be admin, chair, promoter or steward");
        }
        if (parsed == StaffRole.PROMOTER && (region == null || !regions.regions().contains(region))) {
            return Optional.of("a promoter needs a region: one of " + regions.regions());
        }
        return Optional.empty();
    }

    public StaffAccount create(String actor, String username, String role, String region, String password) {
        problem(username, role, region, password).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (StaffAccount.byUsername(em, username).isPresent()) {
            throw new IllegalArgumentException("this user name is taken");
        }
        StaffAccount a = new StaffAccount();
        a.username = username;
        a.passwordHash = BcryptUtil.bcryptHash(password);
        a.role = role;
        a.region = StaffRole.PROMOTER.code().equals(role) ? region : null;
        a.enabled = true;
        a.createdAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        em.persist(a);
        audit.record(actor, Audit.Action.ACCOUNT_CREATED, username, role + (a.region == null ? "" : " " + a.region));
        return a;
    }

    public void changeRole(String actor, String username, String role, String region) {
        roleProblem(role, region).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        StaffAccount a = existing(username);
        a.role = role;
        a.region = StaffRole.PROMOTER.code().equals(role) ? region : null;
        audit.record(actor, Audit.Action.ACCOUNT_ROLE_CHANGED, username, role + (a.region == null ? "" : " " + a.region));
    }

    public void resetPassword(String actor, String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD + " characters");
        }
        StaffAccount a = existing(username);
        a.passwordHash = BcryptUtil.bcryptHash(password);
        a.failedAttempts = 0;
        a.lockedUntil = null;
        signOuts.record(username); // whoever knew the old password is signed out too
        audit.record(actor, Audit.Action.PASSWORD_RESET, username, null);
    }

    public void setEnabled(String actor, String username, boolean enabled) {
        if (!enabled && username.equals(actor)) {
            throw new IllegalArgumentException("you cannot disable your own account");
        }
        existing(username).enabled = enabled;
        audit.record(actor, enabled ? Audit.Action.ACCOUNT_ENABLED : Audit.Action.ACCOUNT_DISABLED, username, null);
    }

    private StaffAccount existing(String username) {
        return (username != null && USERNAME.matcher(username).matches() ? StaffAccount.byUsername(em, username) : Optional.<StaffAccount>empty())
                .orElseThrow(() -> new IllegalArgumentException("no such account"));
    }
}
