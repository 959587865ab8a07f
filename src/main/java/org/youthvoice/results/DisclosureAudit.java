package org.youthvoice.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.youthvoice.results.Rollups.Cell;
import org.youthvoice.results.Tables.Relation;

/**
 * The audit of a suppression pattern by linear programming, as an attacker who reads every published number and knows
 * every structural relation would run it: for each hidden quantity (and each sum over the groups a breakdown does not
 * list), the smallest and largest value consistent with everything published. A quantity below the minimum cell
 * passes when its range holds both 0 and min_cell − 1; one at or above passes when its range is at least min_cell
 * wide. A range is proved by feasible points: each linear program frees the hidden quantities around the one audited
 * (the rest held at their true counts, which is one feasible choice), widening to the whole table when needed, and
 * every solution widens the known range of every quantity it frees. A quantity not proved is a failure.
 */
final class DisclosureAudit {

    /** One audited unknown: a hidden quantity, or the sum of the hidden quantities of a breakdown's unlisted groups. */
    record Target(String name, List<Cell> members, long truth) {
    }

    /** What one audit did. */
    record Figures(int quantities, int hidden, int audited, int linearPrograms, long millis) {
    }

    /** Components larger than this are first audited in slices of this many hidden quantities around each target. */
    private static final int LOCAL = 150;
    private static final double EPSILON = 1e-6;
    /** Components up to this many hidden quantities are solved whole; a larger one takes seconds a linear program. */
    private static final int WHOLE = 2500;
    /** The hidden quantities a wider slice frees around a target of a component too large to solve whole. */
    private static final int WIDE = 1200;

    private final Tables tables;
    private final int minCell;
    private final Map<Cell, double[]> seen = new HashMap<>();
    private final Map<String, double[]> pseudo = new HashMap<>();
    private final Map<Cell, List<Relation>> relationsOf = new HashMap<>();
    private final Set<String> proved = new java.util.HashSet<>();
    private int linearPrograms;
    private int transfers;
    private int audited;

    private final Rectangles rectangles;

    DisclosureAudit(Tables tables, int minCell, Rectangles rectangles) {
        this.tables = tables;
        this.minCell = minCell;
        this.rectangles = rectangles;
    }

    int linearPrograms() {
        return linearPrograms;
    }

    /** Feasible points found by moving unlisted groups, without a linear program. */
    int transfers() {
        return transfers;
    }

    int audited() {
        return audited;
    }

    /** The targets that fail under the hidden set. */
    List<Target> failures(Set<Cell> hidden) {
        relationsOf.clear();
        for (Relation r : tables.relations) {
            r.terms().keySet().stream().filter(hidden::contains).forEach(cell -> relationsOf.computeIfAbsent(cell, k -> new ArrayList<>()).add(r));
        }
        List<Target> open = new ArrayList<>();
        for (Target t : targets(hidden)) {
            if (!proved.contains(key(t))) {
                audited++;
                open.add(t);
            }
        }
        open.removeIf(this::settle);
        if (!open.isEmpty()) {
            transfers(hidden, open);
            open.removeIf(this::settle);
        }
        for (Target t : open) {
            if (t.members().size() == 1 && !settle(t)) {
                List<Map<Cell, Long>> moves = rectangles.protect(t.members().get(0), hidden, true);
                if (moves != null) {
                    moves.forEach(delta -> take(delta, open));
                }
            }
        }
        open.removeIf(this::settle);
        if (!open.isEmpty()) {
            components(hidden, open);
            open.removeIf(this::settle);
        }
        return open;
    }

    /**
     * Feasible points without a linear program: the respondents of a group the breakdown does not list moved, as a
     * whole, into another such group of the same breakdown (and region, for countries), or every other one moved into
     * it. Every relation is linear and holds within each group, so such a move keeps them all, as long as every number
     * it changes is hidden; each point is checked against every relation it touches before it counts.
     */
    private void transfers(Set<Cell> hidden, List<Target> watched) {
        for (String dim : tables.keys.keySet()) {
            if (dim.equals(Rollups.ALL)) {
                continue;
            }
            Map<String, List<String>> unlisted = new LinkedHashMap<>();
            for (String key : tables.keys.get(dim)) {
                Cell size = tables.quantity.get(Tables.size(dim, key));
                if (size != Tables.ZERO && hidden.contains(size)) {
                    unlisted.computeIfAbsent(dim.equals("country") ? tables.regionOfKey(key) : "", r -> new ArrayList<>()).add(key);
                }
            }
            for (List<String> keys : unlisted.values()) {
                if (keys.size() < 2) {
                    continue;
                }
                for (String into : keys) {
                    Map<Cell, Double> gather = new HashMap<>();
                    String largest = null;
                    for (String from : keys) {
                        if (!from.equals(into)) {
                            move(dim, from, into, gather);
                            if (largest == null || size(dim, from) > size(dim, largest)) {
                                largest = from;
                            }
                        }
                    }
                    accept(gather, hidden, watched);
                    Map<Cell, Double> empty = new HashMap<>();
                    move(dim, into, largest, empty);
                    accept(empty, hidden, watched);
                }
            }
        }
    }

    private long size(String dim, String key) {
        return tables.truth.getOrDefault(tables.quantity.get(Tables.size(dim, key)), 0L);
    }

    /** Adds to {@code delta} the change of moving every respondent of group {@code from} into group {@code into}. */
    private void move(String dim, String from, String into, Map<Cell, Double> delta) {
        Set<List<Cell>> pairs = new LinkedHashSet<>();
        for (Map.Entry<Cell, Cell> shown : tables.quantity.entrySet()) {
            Cell cell = shown.getKey();
            Cell source = null;
            Cell target = null;
            if (cell.dim().equals(dim) && cell.key().equals(from)) {
                source = shown.getValue();
                target = tables.quantity.get(new Cell(cell.question(), cell.code(), dim, into));
            } else if (!cell.code().isEmpty() && cell.code().equals(from) && tables.roleQuestion(dim).filter(cell.question()::equals).isPresent()) {
                source = shown.getValue();
                target = tables.quantity.get(new Cell(cell.question(), into, cell.dim(), cell.key()));
            }
            if (source != null && source != Tables.ZERO && !source.equals(target)) {
                pairs.add(java.util.Arrays.asList(source, target));
            }
        }
        for (List<Cell> pair : pairs) {
            double n = tables.truth.getOrDefault(pair.get(0), 0L);
            delta.merge(pair.get(0), -n, Double::sum);
            delta.merge(pair.get(1) == null ? Tables.ZERO : pair.get(1), n, Double::sum);
        }
    }

    /** Takes a moved point in when it changes hidden numbers only and keeps every relation it touches. */
    private void accept(Map<Cell, Double> delta, Set<Cell> hidden, List<Target> watched) {
        delta.values().removeIf(d -> Math.abs(d) < EPSILON);
        if (delta.isEmpty() || delta.containsKey(Tables.ZERO) || !hidden.containsAll(delta.keySet())) {
            return;
        }
        Set<Relation> touched = new LinkedHashSet<>();
        delta.keySet().forEach(c -> touched.addAll(relationsOf.getOrDefault(c, List.of())));
        for (Relation r : touched) {
            double sum = 0;
            for (Map.Entry<Cell, Integer> term : r.terms().entrySet()) {
                sum += term.getValue() * (tables.truth.getOrDefault(term.getKey(), 0L) + delta.getOrDefault(term.getKey(), 0.0));
            }
            if (r.equal() ? Math.abs(sum) > EPSILON : sum > EPSILON) {
                return;
            }
        }
        for (Map.Entry<Cell, Double> d : delta.entrySet()) {
            double value = tables.truth.getOrDefault(d.getKey(), 0L) + d.getValue();
            if (value < -EPSILON) {
                return;
            }
        }
        take(delta, watched);
    }

    /**
     * Takes in a feasible point found without a linear program, given as changes from the true counts: the known range
     * of every quantity it moves, and of every watched target, widens to hold it.
     */
    private void take(Map<Cell, ? extends Number> delta, List<Target> watched) {
        transfers++;
        Map<Cell, Double> point = new HashMap<>();
        delta.forEach((cell, d) -> {
            double value = tables.truth.getOrDefault(cell, 0L) + d.doubleValue();
            point.put(cell, value);
            double[] range = seen(cell);
            range[0] = Math.min(range[0], value);
            range[1] = Math.max(range[1], value);
        });
        widen(point, watched);
    }

    private void widen(Map<Cell, Double> point, List<Target> watched) {
        for (Target t : watched) {
            if (t.members().size() > 1 && t.members().stream().anyMatch(point::containsKey)) {
                double sum = t.members().stream().mapToDouble(m -> point.getOrDefault(m, (double) tables.truth.getOrDefault(m, 0L))).sum();
                double[] range = range(t);
                range[0] = Math.min(range[0], sum);
                range[1] = Math.max(range[1], sum);
            }
        }
    }

    private static String key(Target t) {
        return t.name() + t.members();
    }

    /** Whether the target's known range passes; a passing target is remembered, since more suppression only widens it. */
    private boolean settle(Target t) {
        double[] range = range(t);
        if (passes(t, range[0], range[1])) {
            proved.add(key(t));
            return true;
        }
        return false;
    }

    /** Whether the target still needs a larger (or smaller) value than any seen. */
    private boolean wants(Target t, boolean largest) {
        double[] range = range(t);
        if (passes(t, range[0], range[1])) {
            return false;
        }
        if (t.truth() < minCell) {
            return largest ? range[1] < minCell - 1 - EPSILON : range[0] > EPSILON;
        }
        return true;
    }

    private void solve(Model model, Target t, List<Target> watched) {
        if (wants(t, true)) {
            model.solve(t.members(), true, watched);
        }
        if (wants(t, false)) {
            model.solve(t.members(), false, watched);
        }
    }

    /** Every hidden quantity, and every sum over a breakdown's unlisted groups (per region for countries). */
    List<Target> targets(Set<Cell> hidden) {
        List<Target> out = new ArrayList<>();
        hidden.stream().filter(cell -> !tables.inEmptyGroup(cell)).sorted(Comparator.comparing(Cell::toString))
                .forEach(cell -> out.add(new Target(cell.toString(), List.of(cell), tables.truth.getOrDefault(cell, 0L))));
        for (String dim : tables.keys.keySet()) {
            if (dim.equals(Rollups.ALL)) {
                continue;
            }
            Map<String, List<String>> unlisted = new LinkedHashMap<>();
            for (String key : tables.keys.get(dim)) {
                Cell size = tables.quantity.get(Tables.size(dim, key));
                if (size != Tables.ZERO && hidden.contains(size)) {
                    unlisted.computeIfAbsent(dim.equals("country") ? tables.regionOfKey(key) : "", r -> new ArrayList<>()).add(key);
                }
            }
            unlisted.forEach((part, groupKeys) -> {
                if (groupKeys.size() < 2) {
                    return;
                }
                Set<Cell> rows = new LinkedHashSet<>();
                tables.quantity.keySet().stream().filter(cell -> cell.dim().equals(dim)).map(cell -> new Cell(cell.question(), cell.code(), "", ""))
                        .forEach(rows::add);
                for (Cell row : rows) {
                    List<Cell> members = groupKeys.stream().map(k -> tables.quantity.get(new Cell(row.question(), row.code(), dim, k)))
                            .filter(q -> q != null && q != Tables.ZERO).distinct().toList();
                    boolean nobody = groupKeys.stream().allMatch(k -> size(dim, k) == 0);
                    if (members.size() > 1 && !nobody) {
                        long truth = members.stream().mapToLong(m -> tables.truth.getOrDefault(m, 0L)).sum();
                        if (truth < minCell) {
                            out.add(new Target("unlisted " + dim + " " + part + " " + row.question() + "/" + row.code(), members, truth));
                        }
                    }
                }
            });
        }
        return out;
    }

    private boolean passes(Target t, double low, double high) {
        if (t.truth() < minCell) {
            return low <= EPSILON && high >= minCell - 1 - EPSILON;
        }
        return t.members().size() > 1 || high - low >= minCell - EPSILON;
    }


    private double[] range(Target t) {
        if (t.members().size() == 1) {
            return seen(t.members().get(0));
        }
        return pseudo.computeIfAbsent(key(t), k -> new double[] {t.truth(), t.truth()});
    }

    private double[] seen(Cell c) {
        return seen.computeIfAbsent(c, k -> new double[] {tables.truth.getOrDefault(k, 0L), tables.truth.getOrDefault(k, 0L)});
    }

    /**
     * Exact bounds: the hidden quantities fall apart into components, two being in one when a relation holds both
     * (published numbers are constants to the attacker, so nothing else ties them). Each component with open targets is
     * one linear program over all its hidden quantities; it is solved first for the largest and smallest sum of all its
     * open targets (one feasible point settles many at once), then for each target still open on its own.
     */
    private void components(Set<Cell> hidden, List<Target> open) {
        Map<Cell, Cell> parent = new HashMap<>();
        for (Cell cell : hidden) {
            parent.put(cell, cell);
        }
        for (Relation r : tables.relations) {
            Cell first = null;
            for (Cell cell : r.terms().keySet()) {
                if (hidden.contains(cell)) {
                    if (first == null) {
                        first = cell;
                    } else {
                        join(parent, first, cell);
                    }
                }
            }
        }
        Map<Cell, List<Cell>> members = new LinkedHashMap<>();
        hidden.stream().sorted(Comparator.comparing(Cell::toString)).forEach(cell -> members.computeIfAbsent(find(parent, cell), k -> new ArrayList<>()).add(cell));
        Map<Cell, List<Target>> targetsOf = new LinkedHashMap<>();
        for (Target t : open) {
            targetsOf.computeIfAbsent(find(parent, t.members().get(0)), k -> new ArrayList<>()).add(t);
        }
        targetsOf.forEach((root, targets) -> {
            if (members.get(root).size() > LOCAL) {
                // a slice first: the hidden quantities near each target free, the rest at their true counts
                for (Target t : targets) {
                    if (!settle(t)) {
                        solve(new Model(neighbourhood(t.members(), hidden, 2, 24, LOCAL)), t, targets);
                    }
                }
                if (targets.stream().allMatch(this::settle)) {
                    return;
                }
            }
            if (members.get(root).size() > WHOLE) {
                // too large to solve whole in good time: a wider slice around each target still open, and what that does
                // not prove fails and gets more suppression
                for (Target t : targets) {
                    if (!settle(t)) {
                        solve(new Model(neighbourhood(t.members(), hidden, 4, 64, WIDE)), t, targets);
                    }
                }
                return;
            }
            Model model = new Model(members.get(root));
            // batches first: the largest (smallest) sum of every target still wanting a larger (smaller) value, again
            // while a batch settles something
            for (boolean largest : new boolean[] {true, false}) {
                int wanting = Integer.MAX_VALUE;
                while (true) {
                    List<Cell> batch = targets.stream().filter(t -> wants(t, largest)).flatMap(t -> t.members().stream()).distinct().toList();
                    if (batch.isEmpty() || batch.size() >= wanting) {
                        break;
                    }
                    wanting = batch.size();
                    model.solve(batch, largest, targets);
                }
            }
            // one by one only in a small component: in a large one, what the slices and batches did not prove fails
            // and gets more suppression, which is the safe side
            for (Target t : targets) {
                if (!settle(t) && members.get(root).size() <= LOCAL) {
                    solve(model, t, targets);
                }
            }
        });
    }

    /** The hidden quantities within {@code depth} relations of the start, at most {@code perRelation} from each relation. */
    private List<Cell> neighbourhood(List<Cell> start, Set<Cell> hidden, int depth, int perRelation, int limit) {
        Set<Cell> found = new LinkedHashSet<>(start);
        List<Cell> frontier = new ArrayList<>(start);
        for (int d = 0; d < depth && !frontier.isEmpty() && found.size() < limit; d++) {
            List<Cell> next = new ArrayList<>();
            for (Cell cell : frontier) {
                for (Relation r : relationsOf.getOrDefault(cell, List.of())) {
                    List<Cell> others = r.terms().keySet().stream().filter(hidden::contains).filter(o -> !found.contains(o))
                            .sorted(Comparator.comparingLong((Cell o) -> -tables.truth.getOrDefault(o, 0L)).thenComparing(Cell::toString))
                            .limit(perRelation).toList();
                    for (Cell o : others) {
                        if (found.size() >= limit) {
                            break;
                        }
                        found.add(o);
                        next.add(o);
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(found);
    }

    private static Cell find(Map<Cell, Cell> parent, Cell cell) {
        Cell c = cell;
        while (!parent.get(c).equals(c)) {
            parent.put(c, parent.get(parent.get(c)));
            c = parent.get(c);
        }
        return c;
    }

    private static void join(Map<Cell, Cell> parent, Cell a, Cell b) {
        Cell ra = find(parent, a);
        Cell rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.toString().compareTo(rb.toString()) < 0 ? rb : ra, ra.toString().compareTo(rb.toString()) < 0 ? ra : rb);
        }
    }

    /** One linear program: the free quantities as variables, every relation that touches them, the rest at their true counts. */
    private final class Model {

        private final ExpressionsBasedModel model = new ExpressionsBasedModel();
        private final List<Cell> free;
        private final Map<Cell, Variable> variables = new LinkedHashMap<>();

        Model(List<Cell> free) {
            this.free = free;
            for (Cell cell : free) {
                variables.put(cell, model.addVariable(cell.toString()).lower(0));
            }
            Set<Relation> touched = new LinkedHashSet<>();
            free.forEach(cell -> touched.addAll(relationsOf.getOrDefault(cell, List.of())));
            int n = 0;
            for (Relation r : touched) {
                Expression e = model.addExpression("r" + n++);
                double constant = 0;
                for (Map.Entry<Cell, Integer> term : r.terms().entrySet()) {
                    Variable v = variables.get(term.getKey());
                    if (v != null) {
                        e.set(v, term.getValue());
                    } else {
                        constant += term.getValue() * (double) tables.truth.getOrDefault(term.getKey(), 0L);
                    }
                }
                if (r.equal()) {
                    e.level(-constant);
                } else {
                    e.upper(-constant);
                }
            }
        }

        /**
         * Solves for the largest (or smallest) sum of the members. The solution is one feasible point: every free
         * quantity's known range, and that of every watched target, widens to take it in.
         */
        void solve(List<Cell> members, boolean largest, List<Target> watched) {
            variables.values().forEach(v -> v.weight(0));
            members.stream().map(variables::get).filter(java.util.Objects::nonNull).forEach(v -> v.weight(1));
            linearPrograms++;
            Optimisation.Result result = largest ? model.maximise() : model.minimise();
            if (result.getState() == Optimisation.State.UNBOUNDED) {
                members.forEach(m -> seen(m)[largest ? 1 : 0] = largest ? Double.POSITIVE_INFINITY : 0);
                return;
            }
            if (!result.getState().isFeasible()) {
                throw new IllegalStateException("the true counts break a relation of the results tables (" + result.getState() + "): "
                        + tables.relations.stream().filter(r -> {
                            double sum = r.terms().entrySet().stream().mapToDouble(e -> e.getValue() * (double) tables.truth.getOrDefault(e.getKey(), 0L)).sum();
                            return r.equal() ? Math.abs(sum) > EPSILON : sum > EPSILON;
                        }).limit(3).toList());
            }
            Map<Cell, Double> point = new HashMap<>();
            int i = 0;
            for (Cell cell : free) {
                double value = result.doubleValue(i++);
                point.put(cell, value);
                double[] range = seen(cell);
                range[0] = Math.min(range[0], value);
                range[1] = Math.max(range[1], value);
            }
            widen(point, watched);
        }
    }
}
