package org.youthvoice.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Status;
import org.youthvoice.system.Refusal;

/** The consultations this instance serves, each with the version its answers are stored under. */
@ApplicationScoped
public class Catalog {

    private final AtomicReference<Map<String, Versioned>> current = new AtomicReference<>(Map.of());
    private final Clock clock;
    private final Schedule schedule;

    @Inject
    public Catalog(Clock clock, Schedule schedule) {
        this.clock = clock;
        this.schedule = schedule;
    }

    public void replace(Map<String, Versioned> consultations) {
        current.set(Map.copyOf(consultations));
    }

    public Collection<Versioned> all() {
        return current.get().values().stream()
                .sorted(java.util.Comparator.comparing(v -> v.consultation().id())).toList();
    }

    public Optional<Versioned> find(String id) {
        return Optional.ofNullable(id == null ? null : current.get().get(id));
    }

    /** The consultation with this id, or a 404 refusal that every representation answers in the reader's terms. */
    public Versioned require(String id) {
        return find(id).orElseThrow(() -> Refusal.notFound(CatalogProblem.UNKNOWN_CONSULTATION));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the consultation takes answers today, by the dates in force (the file's, or an admin's). */
    public Status status(Consultation consultation) {
        return schedule.of(consultation).statusOn(today());
    }

    public Schedule.Dates dates(Consultation consultation) {
        return schedule.of(consultation);
    }

    /** A consultation as served now: its definition and the version new answers are stored under. */
    public record Versioned(Consultation consultation, int version) {
    }
}
