package org.youthvoice.results;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.youthvoice.results.Rollups.Cell;
import org.youthvoice.results.Tables.Relation;

/**
 * Decides which quantities of a consultation's tables may be published, over all its views at once.
 * <ul>
 *   <li>Primary: a quantity below the minimum cell (zero included), a count equal to its group's total (everyone in
 *   the group gave that answer, everyone answered a question shown only after a given answer, or one group of a breakdown holds everyone), every number of a group whose size is hidden, and, while the consultation runs,
 *   what the previous snapshot hid unless it has grown by the minimum cell since.</li>
 *   <li>Secondary: every sum with a published total whose hidden parts are one alone, or add up to less than the
 *   minimum cell, gets its smallest published part hidden too; ties go by name, so the pattern does not churn.</li>
 *   <li>Audit: {@link DisclosureAudit} bounds every hidden quantity by linear programming; each one that fails gets its
 *   smallest published neighbour hidden, and the audit runs again until everything passes. If that does not settle,
 *   every number but the overall count is withheld.</li>
 * </ul>
 * Known zeros (options outside the audience, questions a group is never shown) are published as 0 and never count as
 * protection.
 */
final class Suppression {

    /** Rounds of audit and more suppression before everything but the overall count is withheld. */
    static final int ROUNDS = 40;
    /** Below this share of publishable numbers, the set is withheld whole rather than audited. */
    static final double WORTH_AUDITING = 0.05;
    /** Linear programs per quantity an audit may solve before the set is withheld whole. */
    static final int BUDGET = 8;

    private Suppression() {
    }

    /** A protected pattern: the hidden quantities and what the audit did. */
    record Pattern(Set<Cell> hidden, int rounds, boolean withheld, DisclosureAudit.Figures figures) {
    }

    static Pattern protect(Tables tables, int minCell, Map<Cell, Long> floor) {
        long start = System.nanoTime();
        Set<Cell> hidden = new LinkedHashSet<>();
        primary(tables, minCell, floor, hidden);
        secondary(tables, minCell, hidden);
        Rectangles rectangles = new Rectangles(tables, minCell);
        rectangles(rectangles, hidden);
        secondary(tables, minCell, hidden);
        DisclosureAudit audit = new DisclosureAudit(tables, minCell, rectangles);
        long published = tables.truth.keySet().stream().filter(q -> !hidden.contains(q)).count();
        boolean withheld = published - 1 < tables.truth.size() * WORTH_AUDITING;
        if (withheld) {
            withhold(tables, minCell, hidden);
        }
        List<DisclosureAudit.Target> failing = withheld ? List.of() : audit.failures(hidden);
        int rounds = 0;
        while (!failing.isEmpty()) {
            rounds++;
            boolean changed = false;
            if (rounds <= ROUNDS && audit.linearPrograms() < BUDGET * tables.truth.size()) {
                for (DisclosureAudit.Target t : failing) {
                    changed |= widen(tables, t, hidden);
                }
            }
            if (!changed) {
                withheld = true;
                withhold(tables, minCell, hidden);
                break;
            }
            secondary(tables, minCell, hidden);
            rectangles(rectangles, hidden);
            secondary(tables, minCell, hidden);
            failing = audit.failures(hidden);
        }
        return new Pattern(hidden, rounds, withheld, new DisclosureAudit.Figures(tables.truth.size(), hidden.size(), audit.audited(),
                audit.linearPrograms(), (System.nanoTime() - start) / 1_000_000));
    }

    /**
     * Hides every number but the overall count (and that too below the minimum cell). Such a set needs no audit: with
     * only the overall count N known, N identical respondents giving any one answer fit everything published, so
     * every hidden count ranges from 0 to N, and N is at least the minimum cell.
     */
    private static void withhold(Tables tables, int minCell, Set<Cell> hidden) {
        tables.truth.keySet().stream().filter(q -> !q.equals(Tables.total()) || tables.truth.get(q) < minCell).forEach(hidden::add);
    }

    private static void primary(Tables tables, int minCell, Map<Cell, Long> floor, Set<Cell> hidden) {
        tables.truth.forEach((q, n) -> {
            if (n < minCell) {
                hidden.add(q);
            }
        });
        tables.answeredOf.forEach((option, answered) -> {
            if (option != Tables.ZERO && !option.question().isEmpty() && answered != Tables.ZERO) {
                long n = tables.truth.getOrDefault(option, 0L);
                if (n > 0 && n == tables.truth.getOrDefault(answered, 0L)) {
                    hidden.add(option);
                }
            }
        });
        // the overall count of a pool of countries is never shown, nor worked out where the country question's answered count is hidden
        Map<Cell, Boolean> onlyPooled = new java.util.HashMap<>();
        tables.quantity.forEach((cell, q) -> onlyPooled.merge(q, Pools.isPool(cell.code()), Boolean::logicalAnd));
        onlyPooled.forEach((q, pool) -> {
            if (pool && q != Tables.ZERO) {
                hidden.add(q);
            }
        });
        // one group of a breakdown holding everyone ("all 30 answered in French"), where other groups were possible
        Long total = tables.truth.get(Tables.total());
        tables.keys.forEach((dim, keys) -> keys.forEach(key -> {
            Cell size = tables.quantity.get(Tables.size(dim, key));
            if (size != null && size != Tables.ZERO && !size.equals(Tables.total()) && total != null && total > 0
                    && total.equals(tables.truth.get(size))) {
                hidden.add(size);
            }
        }));
        // everyone in the group answered a question shown only after a given answer: everyone gave that answer
        tables.sizesOf.forEach((answered, sizes) -> {
            long n = tables.truth.getOrDefault(answered, 0L);
            if (n > 0 && sizes.stream().anyMatch(size -> size != Tables.ZERO && tables.truth.getOrDefault(size, 0L) == n)) {
                hidden.add(answered);
            }
        });
        // those who gave no age, gender or country, when too few to list: the answered count would count them
        for (String dim : tables.keys.keySet()) {
            tables.roleQuestion(dim).filter(q -> tables.pools.pooled(dim, Rollups.NONE) && tables.pools.responses(dim, Rollups.NONE) > 0).ifPresent(q -> {
                hidden.add(tables.quantity.get(new Cell(q, "", Rollups.ALL, "")));
                tables.keys.get(dim).forEach(key -> {
                    Cell answered = tables.quantity.get(new Cell(q, "", dim, key));
                    if (answered != null && !answered.equals(tables.quantity.get(Tables.size(dim, key)))) {
                        hidden.add(answered); // the pool that holds them; in any other group it is the group's size
                    }
                });
            });
        }
        hidden.remove(null);
        hidden.remove(Tables.ZERO);
        // a pooled group's answer stays hidden everywhere: overall and inside every group of other breakdowns
        tables.quantity.forEach((cell, q) -> {
            if (q != Tables.ZERO && !cell.code().isEmpty() && tables.pools.pooled(tableDim(tables, cell.question()), cell.code())) {
                hidden.add(q);
            }
        });
        floor.forEach((q, before) -> {
            Long now = tables.truth.get(q);
            if (now != null && now - before < minCell) {
                hidden.add(q);
            }
        });
    }

    /** The breakdown a question defines (age band, gender), or "" for other questions. */
    private static String tableDim(Tables tables, String question) {
        return tables.consultation.question(question).map(q -> q.role() == null || q.role() == org.youthvoice.definition.Role.COUNTRY
                ? "" : q.role().code()).orElse("");
    }

    /** Hides whole groups whose size is hidden, and second parts of sums left too open, until nothing changes. */
    private static void secondary(Tables tables, int minCell, Set<Cell> hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Cell, Set<Cell>> group : tables.inGroup.entrySet()) {
                if (hidden.contains(group.getKey())) {
                    changed |= hidden.addAll(group.getValue());
                }
            }
            for (Relation r : tables.relations) {
                Cell total = r.total();
                if (total == null || hidden.contains(total)) {
                    continue;
                }
                List<Cell> parts = r.terms().keySet().stream().filter(p -> !p.equals(total)).toList();
                List<Cell> hiddenParts = parts.stream().filter(hidden::contains).toList();
                if (hiddenParts.stream().allMatch(tables::inEmptyGroup)) {
                    continue; // nothing to protect: a group nobody is in needs no cover, though it gives cover to others
                }
                long open = hiddenParts.stream().mapToLong(p -> tables.truth.getOrDefault(p, 0L)).sum();
                if (hiddenParts.size() == 1 || open < minCell) {
                    Optional<Cell> next = smallest(tables, parts, hidden);
                    if (next.isPresent()) {
                        changed |= hidden.add(next.get());
                    } else if (!total.equals(Tables.total())) {
                        changed |= hidden.add(total);
                    }
                }
            }
        }
    }

    /**
     * Gives every hidden cell of a question's table a rectangle of hidden cells to move with, hiding the cheapest
     * corners where it has none; the corners newly hidden get theirs in turn.
     */
    private static void rectangles(Rectangles rectangles, Set<Cell> hidden) {
        java.util.ArrayDeque<Cell> work = new java.util.ArrayDeque<>(hidden.stream().sorted(Comparator.comparing(Cell::toString)).toList());
        while (!work.isEmpty()) {
            Cell cell = work.poll();
            if (!rectangles.inTable(cell) || rectangles.tables().inEmptyGroup(cell) || rectangles.protect(cell, hidden, true) != null) {
                continue;
            }
            List<Map<Cell, Long>> moves = rectangles.protect(cell, hidden, false);
            if (moves != null) {
                moves.get(0).keySet().stream().filter(hidden::add).forEach(work::add);
            }
        }
    }

    /** Hides the smallest published quantity related to a failing target; false when there is none left. */
    private static boolean widen(Tables tables, DisclosureAudit.Target target, Set<Cell> hidden) {
        Set<Cell> related = new LinkedHashSet<>();
        for (Relation r : tables.relations) {
            if (target.members().stream().anyMatch(r.terms()::containsKey)) {
                related.addAll(r.terms().keySet());
            }
        }
        related.remove(Tables.total());
        Optional<Cell> next = smallest(tables, related, hidden);
        if (next.isPresent()) {
            return hidden.add(next.get());
        }
        // nothing published around it is left to hide: the smallest listed group it is in stops being listed
        return tables.inGroup.entrySet().stream().filter(g -> !hidden.contains(g.getKey()) && !g.getKey().equals(Tables.total()))
                .filter(g -> target.members().stream().anyMatch(g.getValue()::contains))
                .map(Map.Entry::getKey).min(Comparator.comparingLong((Cell c) -> tables.truth.getOrDefault(c, 0L)).thenComparing(Cell::toString))
                .map(hidden::add).orElse(false);
    }

    private static Optional<Cell> smallest(Tables tables, java.util.Collection<Cell> cells, Set<Cell> hidden) {
        return cells.stream().filter(c -> !hidden.contains(c) && !c.equals(Tables.total()))
                .min(Comparator.comparingLong((Cell c) -> tables.truth.getOrDefault(c, 0L)).thenComparing(Cell::toString));
    }
}
