package org.youthvoice.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Option;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.definition.Role;
import org.youthvoice.results.Rollups.Cell;

/**
 * The tables of a consultation's results as anyone can read their structure from the definition: every cell any
 * view shows, the one number each cell stands for (the same number shown in two views is one quantity; a cell the
 * definition fixes is a known zero), and the linear relations between those numbers that hold whatever the answers.
 * Suppression and its audit both work on these quantities, so a number hidden in one view is hidden in all.
 */
final class Tables {

    /** The quantity of every cell the definition fixes at zero. */
    static final Cell ZERO = new Cell("\u0000", "0", "", "");
    private static final Cell TOTAL = new Cell("", "", Rollups.ALL, "");

    /**
     * A relation between quantities: the sum of coefficient × quantity is zero ({@code equal}) or at most zero.
     * {@code definition} says whether the definition alone makes it hold, whatever the answers; a breakdown's groups
     * add up over the groups that have responses, which the data decides, so two quantities it equates are never folded
     * into one (that would publish, as the same number, what only these answers make equal).
     */
    record Relation(Map<Cell, Integer> terms, boolean equal, boolean definition) {

        /** Relations are told apart by identity: sets of them are built on every audit step, and hashing the terms is slow. */
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        /** The one quantity with coefficient −1 of an equal sum (its total), or null. */
        Cell total() {
            if (!equal) {
                return null;
            }
            Cell total = null;
            for (Map.Entry<Cell, Integer> t : terms.entrySet()) {
                if (t.getValue() == -1) {
                    if (total != null) {
                        return null;
                    }
                    total = t.getKey();
                } else if (t.getValue() != 1) {
                    return null;
                }
            }
            return total;
        }
    }

    final Consultation consultation;
    /** The group keys of each dimension, sorted; the overall dimension has the one key "". */
    final Map<String, List<String>> keys = new LinkedHashMap<>();
    /** Every cell a view shows, and the quantity it shows. */
    final Map<Cell, Cell> quantity = new LinkedHashMap<>();
    /** The true value of every quantity. */
    final Map<Cell, Long> truth = new LinkedHashMap<>();
    /** The quantities shown inside each group, by the group's size quantity. */
    final Map<Cell, Set<Cell>> inGroup = new LinkedHashMap<>();
    /** Option quantities with the answered quantity of their question in the same group. */
    final Map<Cell, Cell> answeredOf = new LinkedHashMap<>();
    /**
     * Answered quantities of questions shown only after a given answer, with the size of their group: everyone answering
     * such a question would tell that everyone gave that answer.
     */
    final Map<Cell, Set<Cell>> sizesOf = new LinkedHashMap<>();
    final List<Relation> relations = new ArrayList<>();
    final Pools pools;
    private final Map<Cell, Long> stored;

    /** The tables of the counts, small groups pooled ({@link Pools#apply}). */
    Tables(Consultation c, Map<Cell, Long> stored, Pools pools) {
        this.consultation = c;
        this.stored = stored;
        this.pools = pools;
        keys.put(Rollups.ALL, List.of(""));
        Map<String, Set<String>> found = new LinkedHashMap<>();
        Rollups.DIMENSIONS.forEach(d -> found.put(d, new TreeSet<>()));
        stored.keySet().stream().filter(cell -> !cell.dim().equals(Rollups.ALL))
                .forEach(cell -> found.computeIfAbsent(cell.dim(), d -> new TreeSet<>()).add(cell.key()));
        if (!stored.isEmpty()) {
            // the groups without responses too: which groups there are is the definition's, not the data's
            Rollups.DIMENSIONS.forEach(d -> found.get(d).addAll(pools.keys(d)));
        }
        found.forEach((dim, set) -> {
            if (!set.isEmpty()) {
                keys.put(dim, List.copyOf(set));
            }
        });
        keys.forEach((dim, list) -> list.forEach(key -> cellsOf(dim, key)));
        relate();
        while (merge()) {
            relations.clear();
            relate();
        }
        quantity.values().stream().filter(q -> q != ZERO).forEach(q -> truth.putIfAbsent(q, stored.getOrDefault(q, 0L)));
        keys.forEach((dim, list) -> list.forEach(key -> group(dim, key)));
    }

    /**
     * Folds the relations that say two quantities are one number (or one is zero) into the quantities themselves:
     * such a pair is one number shown twice, never protection for each other.
     */
    private boolean merge() {
        Map<Cell, Cell> same = new LinkedHashMap<>();
        for (Relation r : relations) {
            if (!r.equal() || !r.definition()) {
                continue;
            }
            List<Cell> terms = List.copyOf(r.terms().keySet());
            if (terms.size() == 1) {
                same.putIfAbsent(terms.get(0), ZERO);
            } else if (terms.size() == 2 && r.terms().get(terms.get(0)) + r.terms().get(terms.get(1)) == 0
                    && Math.abs(r.terms().get(terms.get(0))) == 1) {
                Cell a = root(same, terms.get(0));
                Cell b = root(same, terms.get(1));
                if (!a.equals(b)) {
                    boolean aFirst = a == ZERO || (b != ZERO && rank(a).compareTo(rank(b)) < 0);
                    same.put(aFirst ? b : a, aFirst ? a : b);
                }
            }
        }
        if (same.isEmpty()) {
            return false;
        }
        quantity.replaceAll((cell, q) -> root(same, q));
        return true;
    }

    private static Cell root(Map<Cell, Cell> same, Cell cell) {
        Cell c = cell;
        while (same.containsKey(c) && same.get(c) != c) {
            c = same.get(c);
        }
        return c;
    }

    /** Which name a merged quantity keeps: a group size before a question's cell, then the shorter name. */
    private static String rank(Cell cell) {
        return (cell.question().isEmpty() ? "0" : "1") + String.format("%04d", cell.toString().length()) + cell;
    }

    private void group(String dim, String key) {
        Cell size = quantity.get(size(dim, key));
        Set<Cell> members = inGroup.computeIfAbsent(size, s -> new LinkedHashSet<>());
        for (Question q : consultation.questions()) {
            if (!shownIn(q, dim)) {
                continue;
            }
            Cell answered = quantity.get(new Cell(q.id(), "", dim, key));
            members.add(answered);
            if (answered != ZERO && !answered.equals(size) && !alwaysShown(q)) {
                sizesOf.computeIfAbsent(answered, a -> new LinkedHashSet<>()).add(size);
            }
            for (String code : codes(q, dim)) {
                Cell option = quantity.get(new Cell(q.id(), code, dim, key));
                members.add(option);
                answeredOf.putIfAbsent(option, answered);
            }
        }
        members.remove(ZERO);
        members.remove(size);
    }

    /**
     * Whether a quantity is about a group nobody is in (a language nobody answered in, a pool of campaigns without
     * responses): that such a group is empty, and every number in it 0, tells about no child, so it needs no protection.
     */
    boolean inEmptyGroup(Cell q) {
        if (q == ZERO) {
            return false;
        }
        if (q.dim().equals(Rollups.ALL)) {
            // the overall count of an answer that makes a group (an age band, a pool of countries) is about that group
            Question role = q.code().isEmpty() ? null : consultation.question(q.question()).filter(x -> x.role() != null).orElse(null);
            Cell size = role == null ? null : quantity.get(size(role.role().code(), q.code()));
            return size != null && size != ZERO && truth.getOrDefault(size, 0L) == 0;
        }
        Cell size = quantity.get(size(q.dim(), q.key()));
        return size != null && size != ZERO && truth.getOrDefault(size, 0L) == 0;
    }

    /** The size quantity of a group. */
    static Cell size(String dim, String key) {
        return new Cell("", "", dim, key);
    }

    /** The id of the question whose answer defines the groups of a dimension (age band, gender, country). */
    java.util.Optional<String> roleQuestion(String dim) {
        return Role.of(dim).flatMap(consultation::withRole).map(Question::id);
    }

    static Cell total() {
        return TOTAL;
    }

    /**
     * Whether a question's figures are shown inside the groups of a breakdown: the age band, gender and country
     * questions only overall and in their own breakdown. So no cross-table of age by gender is published, and nobody
     * can subtract a breakdown's answered count from a group's size to count those who gave no age, gender or country.
     */
    static boolean shownIn(Question q, String dim) {
        return q.role() == null || dim.equals(Rollups.ALL) || dim.equals(q.role().code());
    }

    /** The option codes a question shows in a group: none for free text, countries only overall. */
    List<String> codes(Question q, String dim) {
        if (q.type() == QuestionType.TEXT || !shownIn(q, dim)) {
            return List.of();
        }
        if (q.type() == QuestionType.COUNTRY) {
            if (!dim.equals(Rollups.ALL)) {
                return List.of();
            }
            Set<String> countries = new TreeSet<>();
            stored.keySet().stream().filter(cell -> cell.question().equals(q.id()) && !cell.code().isEmpty()
                    && cell.dim().equals(Rollups.ALL)).forEach(cell -> countries.add(cell.code()));
            if (q.role() == Role.COUNTRY) {
                pools.keys("country").stream().filter(Pools::isPool).forEach(countries::add);
            }
            return List.copyOf(countries);
        }
        return q.options().stream().map(Option::code).toList();
    }

    private void cellsOf(String dim, String key) {
        show(size(dim, key));
        for (Question q : consultation.questions()) {
            if (shownIn(q, dim)) {
                show(new Cell(q.id(), "", dim, key));
                codes(q, dim).forEach(code -> show(new Cell(q.id(), code, dim, key)));
            }
        }
    }

    private Cell show(Cell cell) {
        Cell q = quantityOf(cell);
        quantity.put(cell, q);
        return q;
    }

    /** The quantity a cell shows: itself, the same number under another name, or the known zero. */
    Cell quantityOf(Cell cell) {
        Question q = cell.question().isEmpty() ? null : consultation.question(cell.question()).orElse(null);
        Role groupRole = Role.of(cell.dim()).orElse(null);
        Question groupQuestion = groupRole == null ? null : consultation.withRole(groupRole).orElse(null);
        Set<String> members = pools.members(cell.dim(), cell.key());
        if (groupQuestion != null && members.stream().allMatch(k -> outside(groupQuestion, k))) {
            return ZERO;
        }
        if (q == null) {
            return cell;
        }
        if (!cell.code().isEmpty() && q.role() != null && outside(q, cell.code())) {
            return ZERO;
        }
        if (q.showIf() != null && groupQuestion != null && groupQuestion.id().equals(q.showIf().question())
                && members.stream().noneMatch(q.showIf().anyOf()::contains)) {
            return ZERO;
        }
        if (q.role() != null && q.role() == groupRole) {
            // the question that defines the breakdown, inside one of its groups
            if (!cell.code().isEmpty()) {
                return !members.contains(cell.code()) ? ZERO : Pools.isPool(cell.key()) ? new Cell(q.id(), cell.code(), Rollups.ALL, "")
                        : size(cell.dim(), cell.key());
            }
            return members.equals(Set.of(Rollups.NONE)) ? ZERO : members.contains(Rollups.NONE) ? cell : size(cell.dim(), cell.key());
        }
        if (q.role() != null && !cell.code().isEmpty() && cell.dim().equals(Rollups.ALL)) {
            // an answer pooled with others, or a pool holding those who gave none, is not the size of a group
            return pools.pooled(q.role().code(), cell.code()) || pools.members(q.role().code(), cell.code()).contains(Rollups.NONE) ? cell
                    : size(q.role().code(), cell.code());
        }
        if (cell.code().isEmpty() && q.required() && alwaysShown(q)) {
            return size(cell.dim(), cell.key());
        }
        return cell;
    }

    /** Whether everyone is shown a question: it has no show_if, or one that every answer of a required question meets. */
    private boolean alwaysShown(Question q) {
        if (q.showIf() == null) {
            return true;
        }
        return consultation.question(q.showIf().question()).filter(c -> c.required() && c.showIf() == null && c.options() != null
                && c.options().stream().allMatch(o -> q.showIf().anyOf().contains(o.code()))).isPresent();
    }

    /** Whether an age option lies outside the audience: such children are turned away, so its count is always zero. */
    private boolean outside(Question roleQuestion, String code) {
        return outsideAudience(consultation, roleQuestion, code);
    }

    static boolean outsideAudience(Consultation c, Question roleQuestion, String code) {
        if (roleQuestion.role() != Role.AGE_BAND) {
            return false;
        }
        return roleQuestion.option(code).filter(o -> o.minAge() != null && !o.within(c.audience())).isPresent();
    }

    private void relate() {
        for (String dim : keys.keySet()) {
            for (String key : keys.get(dim)) {
                Cell size = quantity.get(size(dim, key));
                for (Question q : consultation.questions()) {
                    if (!shownIn(q, dim)) {
                        continue;
                    }
                    Cell answered = quantity.get(new Cell(q.id(), "", dim, key));
                    add(false, sum(List.of(answered), size, 1));
                    List<Cell> options = codes(q, dim).stream().map(code -> quantity.get(new Cell(q.id(), code, dim, key))).toList();
                    if (!options.isEmpty() && q.type() == QuestionType.MULTIPLE) {
                        options.forEach(o -> add(false, sum(List.of(o), answered, 1)));
                        int max = q.max() == null ? options.size() : q.max();
                        add(false, sum(options, answered, max));
                        add(false, negate(sum(options, answered, 1)));
                    } else if (!options.isEmpty() && (q.type() != QuestionType.COUNTRY || dim.equals(Rollups.ALL))) {
                        // the countries listed are those with responses: which they are is the data's, not the definition's
                        add(true, sum(options, answered, 1), q.type() != QuestionType.COUNTRY);
                    }
                    if (q.showIf() != null) {
                        Question condition = consultation.question(q.showIf().question()).orElse(null);
                        if (condition != null && shownIn(condition, dim)) {
                            // shown only after an answer to the question before: never answered by more
                            add(false, sum(List.of(answered), quantity.get(new Cell(condition.id(), "", dim, key)), 1));
                        }
                        if (condition != null && condition.options() != null && condition.type() != QuestionType.COUNTRY) {
                            List<Cell> shown = q.showIf().anyOf().stream().map(code -> quantity.get(new Cell(condition.id(), code, dim, key))).toList();
                            boolean exact = q.required() && condition.type() != QuestionType.MULTIPLE;
                            if (!shown.contains(null)) {
                                add(exact, negate(sum(shown, answered, 1)));
                                if (q.required() && condition.type() == QuestionType.MULTIPLE) {
                                    // everyone who ticked one of the answers that show it was shown it, and had to answer
                                    shown.forEach(o -> add(shown.size() == 1, sum(List.of(o), answered, 1)));
                                }
                            }
                        }
                    }
                }
            }
        }
        List<Cell> rows = new ArrayList<>();
        quantity.keySet().stream().filter(cell -> !cell.dim().equals(Rollups.ALL))
                .map(cell -> new Cell(cell.question(), cell.code(), "", "")).distinct().forEach(rows::add);
        for (Cell row : rows) {
            Cell overall = quantity.get(new Cell(row.question(), row.code(), Rollups.ALL, ""));
            if (overall == null) {
                continue;
            }
            for (String dim : keys.keySet()) {
                List<Cell> parts = keys.get(dim).stream().map(k -> quantity.get(new Cell(row.question(), row.code(), dim, k))).toList();
                if (!dim.equals(Rollups.ALL) && !parts.contains(null)) {
                    add(true, sum(parts, overall, 1), oneGroupOnly(dim));
                }
            }
            if (keys.containsKey("region") && keys.containsKey("country")
                    && quantity.containsKey(new Cell(row.question(), row.code(), "region", keys.get("region").get(0)))
                    && quantity.containsKey(new Cell(row.question(), row.code(), "country", keys.get("country").get(0)))) {
                for (String region : keys.get("region")) {
                    List<Cell> parts = keys.get("country").stream().filter(country -> regionOfKey(country).equals(region))
                            .map(country -> quantity.get(new Cell(row.question(), row.code(), "country", country))).toList();
                    add(true, sum(parts, quantity.get(new Cell(row.question(), row.code(), "region", region)), 1), false);
                }
            }
        }
    }

    /** The region group a country group counts towards: its region (unknown when no country was given or it is unmapped), or the pool of small regions. */
    String regionOfKey(String country) {
        return pools.regionGroup(country);
    }

    /** Σ parts − total, as terms (coefficient {@code factor} on the total, subtracted). */
    private static Map<Cell, Integer> sum(List<Cell> parts, Cell total, int factor) {
        Map<Cell, Integer> terms = new LinkedHashMap<>();
        parts.forEach(p -> terms.merge(p, 1, Integer::sum));
        terms.merge(total, -factor, Integer::sum);
        return terms;
    }

    private static Map<Cell, Integer> negate(Map<Cell, Integer> terms) {
        Map<Cell, Integer> out = new LinkedHashMap<>();
        terms.forEach((k, v) -> out.put(k, -v));
        return out;
    }

    /**
     * Whether the definition leaves a breakdown one group: no gender question puts everyone under "no gender", and a
     * required age question whose audience covers one band puts everyone in it.
     */
    private boolean oneGroupOnly(String dim) {
        if (dim.equals("region")) {
            return consultation.withRole(Role.COUNTRY).isEmpty();
        }
        Optional<Role> role = Role.of(dim);
        if (role.isEmpty()) {
            return false;
        }
        Optional<Question> q = consultation.withRole(role.get());
        if (q.isEmpty()) {
            return true;
        }
        if (q.get().options() == null) {
            return false;
        }
        long possible = q.get().options().stream().filter(o -> !outside(q.get(), o.code())).count();
        return possible + (q.get().required() && q.get().showIf() == null ? 0 : 1) == 1;
    }

    private void add(boolean equal, Map<Cell, Integer> raw) {
        add(equal, raw, true);
    }

    private void add(boolean equal, Map<Cell, Integer> raw, boolean definition) {
        Map<Cell, Integer> terms = new LinkedHashMap<>();
        raw.forEach((cell, coefficient) -> {
            if (cell != null && cell != ZERO && coefficient != 0) {
                terms.merge(cell, coefficient, Integer::sum);
            }
        });
        terms.values().removeIf(v -> v == 0);
        if (!terms.isEmpty()) {
            relations.add(new Relation(java.util.Collections.unmodifiableMap(terms), equal, definition));
        }
    }
}
