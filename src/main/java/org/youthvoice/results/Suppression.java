package org.youthvoice.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.results.Rollups.Cell;

/**
 * Decides which counts of a consultation may be published. A count below the minimum cell size is suppressed
 * (zero included); then, until nothing changes, every published total whose parts leave exactly one of them unknown
 * gets a second part suppressed, so that no suppressed count can be recovered by subtraction: options within a
 * question's answered total, groups within the overall count, countries within their ITU region. One pattern is
 * computed for the whole consultation, so that no two published views can be combined to recover a cell.
 */
public final class Suppression {

    private Suppression() {
    }

    /** A published total and the counts that add up to it. */
    record Constraint(Cell total, List<Cell> parts) {
    }

    /** Every cell of the consultation, zeros included, with its count. */
    public static Map<Cell, Long> universe(Consultation c, Map<Cell, Long> stored) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put(Rollups.ALL, new LinkedHashSet<>(List.of("")));
        stored.keySet().forEach(cell -> groups.computeIfAbsent(cell.dim(), d -> new LinkedHashSet<>()).add(cell.key()));
        Map<Cell, Long> all = new LinkedHashMap<>();
        groups.forEach((dim, keys) -> keys.forEach(key -> {
            all.put(new Cell("", "", dim, key), 0L);
            for (Question q : c.questions()) {
                all.put(new Cell(q.id(), "", dim, key), 0L);
                codes(c, q, stored).forEach(code -> all.put(new Cell(q.id(), code, dim, key), 0L));
            }
        }));
        stored.forEach((cell, n) -> all.put(cell, n));
        return all;
    }

    /** The suppressed cells of the universe. */
    public static Set<Cell> suppressed(Consultation c, Map<Cell, Long> universe, int minCell, Function<String, String> regionOf) {
        Set<Cell> hidden = new HashSet<>();
        universe.forEach((cell, n) -> {
            if (n < minCell) {
                hidden.add(cell);
            }
        });
        List<Constraint> constraints = constraints(c, universe, regionOf);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Constraint k : constraints) {
                long unknown = k.parts().stream().filter(hidden::contains).count() + (hidden.contains(k.total()) ? 1 : 0);
                if (unknown != 1) {
                    continue;
                }
                Cell second = k.parts().stream().filter(p -> !hidden.contains(p))
                        .min(Comparator.comparingLong((Cell p) -> universe.getOrDefault(p, 0L)).thenComparing(Cell::toString))
                        .orElse(k.total());
                changed |= hidden.add(second);
            }
        }
        return hidden;
    }

    static List<Constraint> constraints(Consultation c, Map<Cell, Long> universe, Function<String, String> regionOf) {
        List<Constraint> out = new ArrayList<>();
        Map<String, List<String>> keysByDim = new LinkedHashMap<>();
        universe.keySet().forEach(cell -> {
            List<String> keys = keysByDim.computeIfAbsent(cell.dim(), d -> new ArrayList<>());
            if (!keys.contains(cell.key())) {
                keys.add(cell.key());
            }
        });
        Set<String> rows = new LinkedHashSet<>();
        universe.keySet().forEach(cell -> rows.add(cell.question() + "\u0000" + cell.code()));
        for (String row : rows) {
            String question = row.substring(0, row.indexOf('\u0000'));
            String code = row.substring(row.indexOf('\u0000') + 1);
            Cell overall = new Cell(question, code, Rollups.ALL, "");
            for (String dim : keysByDim.keySet()) {
                if (!dim.equals(Rollups.ALL)) {
                    out.add(new Constraint(overall, keysByDim.get(dim).stream().map(k -> new Cell(question, code, dim, k)).toList()));
                }
            }
            if (keysByDim.containsKey("country") && keysByDim.containsKey("region")) {
                Map<String, List<Cell>> byRegion = new LinkedHashMap<>();
                keysByDim.get("country").forEach(country -> byRegion.computeIfAbsent(regionOf.apply(country), r -> new ArrayList<>())
                        .add(new Cell(question, code, "country", country)));
                byRegion.forEach((region, parts) -> out.add(new Constraint(new Cell(question, code, "region", region), parts)));
            }
        }
        for (Question q : c.questions()) {
            if (q.required() && q.showIf() == null) {
                keysByDim.forEach((dim, keys) -> keys.forEach(key ->
                        out.add(new Constraint(new Cell("", "", dim, key), List.of(new Cell(q.id(), "", dim, key))))));
            }
        }
        Map<Cell, List<Cell>> optionsOf = new LinkedHashMap<>();
        universe.keySet().stream().filter(cell -> !cell.code().isEmpty())
                .forEach(cell -> optionsOf.computeIfAbsent(new Cell(cell.question(), "", cell.dim(), cell.key()), t -> new ArrayList<>()).add(cell));
        for (Question q : c.questions()) {
            if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.SCALE || q.type() == QuestionType.COUNTRY) {
                keysByDim.forEach((dim, keys) -> keys.forEach(key -> {
                    Cell answered = new Cell(q.id(), "", dim, key);
                    if (optionsOf.containsKey(answered)) {
                        out.add(new Constraint(answered, optionsOf.get(answered)));
                    }
                }));
            }
        }
        return out;
    }

    private static List<String> codes(Consultation c, Question q, Map<Cell, Long> stored) {
        if (q.type() == QuestionType.TEXT) {
            return List.of();
        }
        if (q.type() == QuestionType.COUNTRY) {
            return stored.keySet().stream().filter(cell -> cell.question().equals(q.id()) && !cell.code().isEmpty())
                    .map(Cell::code).distinct().toList();
        }
        return q.options().stream().map(o -> o.code()).toList();
    }
}
