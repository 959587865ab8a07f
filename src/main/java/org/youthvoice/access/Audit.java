package org.youthvoice.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records and lists audited staff actions; the record survives even when the audited action fails afterwards. */
@ApplicationScoped
public class Audit {

    /** The audited actions. */
    public enum Action {
        SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, ACCOUNT_CREATED, ACCOUNT_ROLE_CHANGED, PASSWORD_RESET,
        ACCOUNT_DISABLED, ACCOUNT_ENABLED, CONSULTATION_OPENED, CONSULTATION_CLOSED, CONSULTATION_DATES_CHANGED,
        CONSULTATION_TARGET_SET, SURVEYS_RELOADED, CAMPAIGN_CREATED, CAMPAIGN_DISABLED, CAMPAIGN_ENABLED, EXPORT,
        MODERATION, RETENTION, FLAGGED_TEXT_VIEWED
    }

    private final Clock clock;
    private final EntityManager em;

    public Audit(Clock clock, EntityManager em) {
        this.clock = clock;
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, Action action, String target, String detail) {
        AuditEvent e = new AuditEvent();
        e.at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        e.actor = truncate(actor == null ? "?" : actor, 64);
        e.action = action.name().toLowerCase();
        e.target = target == null ? null : truncate(target, 120);
        e.detail = detail == null ? null : truncate(detail, 500);
        em.persist(e);
    }

    /** The newest events first, filtered by whichever of actor, action and day range are given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> find(String actor, String action, LocalDate from, LocalDate to, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.add("actor = :actor");
            params.put("actor", actor);
        }
        if (action != null && !action.isBlank()) {
            where.add("action = :action");
            params.put("action", action);
        }
        if (from != null) {
            where.add("at >= :from");
            params.put("from", from.atStartOfDay());
        }
        if (to != null) {
            where.add("at < :to");
            params.put("to", to.plusDays(1).atStartOfDay());
        }
        String query = "from AuditEvent" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by at desc, id desc";
        var found = em.createQuery(query, AuditEvent.class).setMaxResults(limit);
        params.forEach(found::setParameter);
        return found.getResultList();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
