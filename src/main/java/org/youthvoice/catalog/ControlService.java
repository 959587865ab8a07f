package org.youthvoice.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.youthvoice.access.Audit;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionError;
import org.youthvoice.definition.DefinitionException;
import org.youthvoice.system.Refusal;

/** What an admin does with consultations: open or close now, change dates, set a target, reload the files. */
@ApplicationScoped
@Transactional
public class ControlService {

    private final Catalog catalog;
    private final CatalogLoader loader;
    private final Schedule schedule;
    private final Audit audit;
    private final ResponseCounts counts;
    private final EntityManager em;

    public ControlService(Catalog catalog, CatalogLoader loader, Schedule schedule, Audit audit, ResponseCounts counts,
                          EntityManager em) {
        this.catalog = catalog;
        this.loader = loader;
        this.schedule = schedule;
        this.audit = audit;
        this.counts = counts;
        this.em = em;
    }

    /** A consultation as an admin sees it: dates in force, status, version, target and responses per day. */
    public record Overview(Consultation consultation, int version, Schedule.Dates dates, String status, long responses,
                           Map<LocalDate, Long> perDay) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Overview> overview() {
        return catalog.all().stream().map(v -> {
            Consultation c = v.consultation();
            Map<LocalDate, Long> perDay = counts.perDay(c.id());
            return new Overview(c, v.version(), catalog.dates(c), catalog.status(c).code(),
                    perDay.values().stream().mapToLong(Long::longValue).sum(), perDay);
        }).toList();
    }

    public void openNow(String actor, String id) {
        Consultation c = existing(id);
        LocalDate today = catalog.today();
        Schedule.Dates dates = catalog.dates(c);
        save(id, today, dates.closes().isBefore(today) ? today.plusDays(30) : dates.closes(), dates.target());
        audit.record(actor, Audit.Action.CONSULTATION_OPENED, id, "opens " + today);
    }

    public void closeNow(String actor, String id) {
        Consultation c = existing(id);
        LocalDate yesterday = catalog.today().minusDays(1);
        Schedule.Dates dates = catalog.dates(c);
        save(id, dates.opens().isAfter(yesterday) ? yesterday : dates.opens(), yesterday, dates.target());
        audit.record(actor, Audit.Action.CONSULTATION_CLOSED, id, "closed after " + yesterday);
    }

    public void changeDates(String actor, String id, LocalDate opens, LocalDate closes) {
        Consultation c = existing(id);
        if (opens == null || closes == null || closes.isBefore(opens)) {
            throw Refusal.invalid(CatalogProblem.DATES_ORDER);
        }
        save(id, opens, closes, catalog.dates(c).target());
        audit.record(actor, Audit.Action.CONSULTATION_DATES_CHANGED, id, opens + " to " + closes);
    }

    public void setTarget(String actor, String id, Integer target) {
        Schedule.Dates dates = catalog.dates(existing(id));
        if (target != null && (target < 1 || target > 100_000_000)) {
            throw Refusal.field("target", CatalogProblem.TARGET_RANGE);
        }
        save(id, dates.opens(), dates.closes(), target);
        audit.record(actor, Audit.Action.CONSULTATION_TARGET_SET, id, String.valueOf(target));
    }

    /** Reloads the survey files; on mistakes, keeps serving the previous files and returns the messages. */
    public List<DefinitionError> reload(String actor) {
        try {
            loader.load();
            audit.record(actor, Audit.Action.SURVEYS_RELOADED, null, "ok");
            return List.of();
        } catch (DefinitionException e) {
            audit.record(actor, Audit.Action.SURVEYS_RELOADED, null, e.errors().size() + " mistake(s), previous files kept");
            return e.errors();
        }
    }

    private void save(String id, LocalDate opens, LocalDate closes, Integer target) {
        ConsultationControl control = em.find(ConsultationControl.class, id);
        if (control == null) {
            control = new ConsultationControl();
            control.consultationId = id;
            em.persist(control);
        }
        control.opens = opens;
        control.closes = closes;
        control.target = target;
        schedule.changed();
    }

    private Consultation existing(String id) {
        return catalog.require(id).consultation();
    }
}
