package org.youthvoice.access;

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
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.system.Fault;
import org.youthvoice.system.Refusal;

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

    /** Why an account cannot be created or given this role and region: the first wrong field, or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Fault> problem(String username, String role, String region, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of(new Fault("username", AccountProblem.USERNAME));
        }
        if (password != null && password.length() < MIN_PASSWORD) {
            return Optional.of(new Fault("password", AccountProblem.PASSWORD_SHORT, MIN_PASSWORD));
        }
        return roleProblem(role, region);
    }

    private Optional<Fault> roleProblem(String role, String region) {
        StaffRole parsed = StaffRole.of(role).orElse(null);
        if (parsed == null) {
            return Optional.of(new Fault("role", AccountProblem.ROLE));
        }
        if (parsed == StaffRole.PROMOTER && (region == null || !regions.regions().contains(region))) {
            return Optional.of(new Fault("region", AccountProblem.REGION, String.join(", ", regions.regions())));
        }
        return Optional.empty();
    }

    private static void refuse(Optional<Fault> fault) {
        fault.ifPresent(f -> {
            throw Refusal.of(f);
        });
    }

    public StaffAccount create(String actor, String username, String role, String region, String password) {
        refuse(problem(username, role, region, password));
        if (password == null) {
            throw Refusal.field("password", AccountProblem.PASSWORD_SHORT, MIN_PASSWORD);
        }
        if (StaffAccount.byUsername(em, username).isPresent()) {
            throw Refusal.field("username", AccountProblem.USERNAME_TAKEN);
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
        refuse(roleProblem(role, region));
        StaffAccount a = existing(username);
        a.role = role;
        a.region = StaffRole.PROMOTER.code().equals(role) ? region : null;
        audit.record(actor, Audit.Action.ACCOUNT_ROLE_CHANGED, username, role + (a.region == null ? "" : " " + a.region));
    }

    public void resetPassword(String actor, String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw Refusal.field("password", AccountProblem.PASSWORD_SHORT, MIN_PASSWORD);
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
            throw Refusal.invalid(AccountProblem.OWN_ACCOUNT);
        }
        existing(username).enabled = enabled;
        audit.record(actor, enabled ? Audit.Action.ACCOUNT_ENABLED : Audit.Action.ACCOUNT_DISABLED, username, null);
    }

    private StaffAccount existing(String username) {
        return (username != null && USERNAME.matcher(username).matches() ? StaffAccount.byUsername(em, username) : Optional.<StaffAccount>empty())
                .orElseThrow(() -> Refusal.notFound(AccountProblem.UNKNOWN_ACCOUNT));
    }
}
