package org.youthvoice.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.youthvoice.definition.Question;
import org.youthvoice.results.Rollups.Cell;
import org.youthvoice.results.Tables.Relation;

/**
 * Protection by rectangles, as the hypercube method of statistical offices does it: a hidden cell of a question's
 * table within one breakdown (answers × groups) moves together with three more hidden cells, one in its row, one in its
 * column and one at the opposite corner, so every row and column total stays as published. Such a move is a second
 * table consistent with everything published, so it proves how far the cell can be from its true count. The answered
 * count of a question takes part as the row of those who did not answer (group size less answered), with the sign
 * turned. Every move is checked against every relation it touches before it counts.
 */
final class Rectangles {

    private static final double EPSILON = 1e-9;
    /** Rectangles tried per cell before giving up (the cheapest first). */
    private static final int TRIES = 400;

    private final Tables tables;
    private final int minCell;
    private final Map<Cell, List<Relation>> relationsOf = new HashMap<>();
    /** For each quantity, the tables it is a body cell of: question, breakdown, row code, group key. */
    private final Map<Cell, List<String[]>> places = new LinkedHashMap<>();

    Rectangles(Tables tables, int minCell) {
        this.tables = tables;
        this.minCell = minCell;
        for (Relation r : tables.relations) {
            r.terms().keySet().forEach(cell -> relationsOf.computeIfAbsent(cell, k -> new ArrayList<>()).add(r));
        }
        for (String dim : tables.keys.keySet()) {
            if (dim.equals(Rollups.ALL)) {
                continue;
            }
            for (Question q : tables.consultation.questions()) {
                for (String row : rows(q, dim)) {
                    for (String key : tables.keys.get(dim)) {
                        Cell cell = at(q.id(), dim, row, key);
                        if (cell != null) {
                            places.computeIfAbsent(cell, k -> new ArrayList<>()).add(new String[] {q.id(), dim, row, key});
                        }
                    }
                }
            }
        }
    }

    /** The rows of a question's table: its answers, and "" for the answered count when it is not the group size. */
    private List<String> rows(Question q, String dim) {
        List<String> rows = new ArrayList<>(tables.codes(q, dim));
        if (rows.isEmpty()) {
            return rows;
        }
        boolean answeredIsSize = tables.keys.get(dim).stream().allMatch(key -> {
            Cell a = tables.quantity.get(new Cell(q.id(), "", dim, key));
            return a == null || a == Tables.ZERO || a.equals(tables.quantity.get(Tables.size(dim, key)));
        });
        if (!answeredIsSize) {
            rows.add("");
        }
        return rows;
    }

    private Cell at(String question, String dim, String row, String key) {
        Cell q = tables.quantity.get(new Cell(question, row, dim, key));
        return q == null || q == Tables.ZERO ? null : q;
    }

    Tables tables() {
        return tables;
    }

    /** Whether the quantity is a cell of some question's table inside a breakdown. */
    boolean inTable(Cell quantity) {
        return places.containsKey(quantity);
    }

    /**
     * The feasible points that protect a hidden quantity: its true count moved down and up (by what its rule needs),
     * together with three other cells; null when no rectangle does it. With {@code hiddenOnly} every corner must be
     * hidden already (a proof for the audit); otherwise the cheapest rectangle is chosen, by what its corners would
     * newly hide, and its corners are returned as the first entry's keys.
     */
    List<Map<Cell, Long>> protect(Cell cell, Set<Cell> hidden, boolean hiddenOnly) {
        long v = tables.truth.getOrDefault(cell, 0L);
        record Candidate(long cost, String name, String[] place, String row, String key) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String[] place : places.getOrDefault(cell, List.of())) {
            Question q = tables.consultation.question(place[0]).orElseThrow();
            for (String row : rows(q, place[1])) {
                if (row.equals(place[2])) {
                    continue;
                }
                for (String key : tables.keys.get(place[1])) {
                    if (key.equals(place[3])) {
                        continue;
                    }
                    Cell[] corners = {at(place[0], place[1], place[2], key), at(place[0], place[1], row, place[3]), at(place[0], place[1], row, key)};
                    if (corners[0] == null || corners[1] == null || corners[2] == null
                            || new LinkedHashSet<>(List.of(cell, corners[0], corners[1], corners[2])).size() < 4) {
                        continue;
                    }
                    long cost = 0;
                    for (Cell c : corners) {
                        if (!hidden.contains(c)) {
                            cost += 1 + tables.truth.getOrDefault(c, 0L);
                        }
                    }
                    if (hiddenOnly && cost > 0) {
                        continue;
                    }
                    candidates.add(new Candidate(cost, row + "/" + key, place, row, key));
                }
            }
        }
        candidates.sort(Comparator.comparingLong(Candidate::cost).thenComparing(Candidate::name));
        // below the minimum: down to 0 and up to min_cell − 1; at or above it: min_cell down, or else min_cell up
        long[][] plans = v < minCell ? new long[][] {{-v, minCell - 1 - v}} : new long[][] {{-minCell}, {minCell}};
        int tried = 0;
        for (Candidate c : candidates) {
            if (tried++ >= TRIES) {
                break;
            }
            for (long[] plan : plans) {
                List<Map<Cell, Long>> moves = new ArrayList<>();
                boolean fits = true;
                for (long amount : plan) {
                    if (amount == 0) {
                        continue;
                    }
                    Map<Cell, Long> delta = move(c.place(), c.row(), c.key(), amount);
                    if (delta == null || !feasible(delta)) {
                        fits = false;
                        break;
                    }
                    moves.add(delta);
                }
                if (fits && !moves.isEmpty()) {
                    return moves;
                }
            }
        }
        return null;
    }

    /** The change of moving the cell at {@code place} by {@code amount}, with its row, its column and the opposite corner. */
    private Map<Cell, Long> move(String[] place, String row, String key, long amount) {
        Map<Cell, Long> delta = new LinkedHashMap<>();
        add(delta, place[0], place[1], place[2], place[3], amount);
        add(delta, place[0], place[1], place[2], key, -amount);
        add(delta, place[0], place[1], row, place[3], -amount);
        add(delta, place[0], place[1], row, key, amount);
        delta.values().removeIf(d -> d == 0);
        return delta.isEmpty() ? null : delta;
    }

    /** A change of a row cell; the answered row counts those who did not answer, so its change is turned. */
    private void add(Map<Cell, Long> delta, String question, String dim, String row, String key, long amount) {
        delta.merge(at(question, dim, row, key), row.isEmpty() ? -amount : amount, Long::sum);
    }

    /** Whether the true counts changed by {@code delta} still keep every relation and stay non-negative. */
    boolean feasible(Map<Cell, Long> delta) {
        Set<Relation> touched = new LinkedHashSet<>();
        for (Map.Entry<Cell, Long> d : delta.entrySet()) {
            if (d.getKey() == null || tables.truth.getOrDefault(d.getKey(), 0L) + d.getValue() < 0) {
                return false;
            }
            touched.addAll(relationsOf.getOrDefault(d.getKey(), List.of()));
        }
        for (Relation r : touched) {
            double sum = 0;
            for (Map.Entry<Cell, Integer> term : r.terms().entrySet()) {
                sum += term.getValue() * (double) (tables.truth.getOrDefault(term.getKey(), 0L) + delta.getOrDefault(term.getKey(), 0L));
            }
            if (r.equal() ? Math.abs(sum) > EPSILON : sum > EPSILON) {
                return false;
            }
        }
        return true;
    }
}
