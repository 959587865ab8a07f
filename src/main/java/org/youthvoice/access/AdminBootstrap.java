package org.youthvoice.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.jboss.logging.Logger;

/** On the first start, creates the "admin" account with ADMIN_PASSWORD, or a generated password printed once. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    static final String ADMIN = "admin";

    private final StaffConfig config;
    private final EntityManager em;

    public AdminBootstrap(StaffConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (StaffAccount.byUsername(em, ADMIN).isPresent()) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warnf("Created the first staff account 'admin' with the generated password %s — sign in at /staff/login and"
                    + " change it; set ADMIN_PASSWORD to choose it instead. This password is not shown again.", password);
        } else {
            LOG.info("Created the first staff account 'admin' with the password from ADMIN_PASSWORD");
        }
        StaffAccount admin = new StaffAccount();
        admin.username = ADMIN;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.role = StaffRole.ADMIN.code();
        admin.enabled = true;
        admin.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        em.persist(admin);
    }
}
