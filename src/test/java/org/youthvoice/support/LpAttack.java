package org.youthvoice.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Option;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.Lang;
import org.youthvoice.results.Rollups.Cell;

/**
 * An intruder who reads everything the service publishes about one consultation (the overall view and each breakdown,
 * as JSON), knows the public definition, and bounds every hidden number by linear programming, the way τ-ARGUS and
 * sdcTable audit a suppressed table: for each unknown, minimise and maximise it over every table consistent with what
 * was published (LP relaxation: counts continuous and non-negative). Written apart from the service's own audit, from
 * the structure of the data alone.
 *
 * <p>The unknowns are the cells of every group of every breakdown (responses, answered per question, count per option),
 * groups that were not listed included where their keys are knowable (age bands, genders, regions, languages and
 * countries that appear somewhere), and, per breakdown, the sum over the groups the intruder cannot name. Each
 * {@link Finding} names the quantity, gives its interval and says which true cells it adds up, so that a test holding
 * the true counts can attach the true value. {@link Attack#unsound} checks the model itself against true counts: every
 * constraint must hold for them, or the intervals could be too narrow. -Dlp.debug=true prints each LP it still solves.
 */
public final class LpAttack {

    public static final List<String> DIMS = List.of("age_band", "gender", "region", "country", "lang", "campaign");
    static final String ALL = "all";
    static final String NONE = "-";
    static final String UNKNOWN = "unknown";
    static final List<String> ITU = List.of("africa", "americas", "arab-states", "asia-pacific", "cis", "europe", UNKNOWN);
    static final double EPS = 1e-6;
    static final boolean DEBUG = Boolean.getBoolean("lp.debug");
    /** Shares are published rounded to four decimals. */
    static final double SHARE_SLACK = 0.00005 + 1e-9;

    private LpAttack() {
    }

    /** A hidden number, or the sum over the groups of a breakdown that were not listed. */
    public enum Kind { CELL, REMAINDER }

    /** The true cells a quantity adds up: one dimension, the keys and codes that match, one question ('' for responses). */
    public record Covers(String dim, Predicate<String> key, String question, Predicate<String> code) {

        static Covers cell(String dim, String key, String question, String code) {
            return new Covers(dim, key::equals, question, code::equals);
        }

        boolean matches(Cell cell) {
            return cell.dim().equals(dim) && cell.question().equals(question) && code.test(cell.code()) && key.test(cell.key());
        }
    }

    /**
     * One quantity the intruder bounds: its name (question, option code, dimension, key; '' question for responses, ''
     * code for answered), the interval [min, max] of the LP (max is {@link Double#POSITIVE_INFINITY} when nothing bounds
     * it), whether the definition alone fixes it at zero, the published number it is equal to by definition (when it
     * is), and what it adds up so that {@link #withTruth} can attach the true value.
     */
    public record Finding(Kind kind, String question, String code, String dim, String key, double min, double max,
                          boolean knownZero, String publishedAs, List<Covers> covers, Long truth) {

        public String name() {
            String what = question.isEmpty() ? "responses" : code.isEmpty() ? question + " answered" : question + "=" + code;
            String where = dim.equals(ALL) ? "all" : dim + "=" + key;
            return (kind == Kind.REMAINDER ? "sum of unlisted groups: " : "") + what + " [" + where + "]";
        }

        /** The true value: the sum of the covered cells (missing cells are 0). */
        public long truthIn(Map<Cell, Long> counts) {
            return new Truth(counts).sum(covers);
        }

        public long truthIn(Truth truth) {
            return truth.sum(covers);
        }

        public Finding withTruth(Map<Cell, Long> counts) {
            return withTruth(new Truth(counts));
        }

        public Finding withTruth(Truth truth) {
            return new Finding(kind, question, code, dim, key, min, max, knownZero, publishedAs, covers, truth.sum(covers));
        }

        /** The keys of the groups (with responses in the true counts) this quantity adds up: for a remainder, the unlisted groups. */
        public Set<String> groupsIn(Map<Cell, Long> counts) {
            return groupsIn(new Truth(counts));
        }

        public Set<String> groupsIn(Truth truth) {
            return truth.groups(covers);
        }

        public boolean exact() {
            return max - min < EPS;
        }

        public boolean holds(double value) {
            return min <= value + EPS && max >= value - EPS;
        }

        public double width() {
            return max - min;
        }

        public String interval() {
            return "[" + number(min) + ", " + (max == Double.POSITIVE_INFINITY ? "∞" : number(max)) + "]";
        }

        @Override
        public String toString() {
            return name() + " in " + interval() + (truth == null ? "" : ", true " + truth)
                    + (knownZero ? " (zero by definition)" : "") + (publishedAs == null ? "" : " (= published " + publishedAs + ")");
        }

        private static String number(double v) {
            return Math.abs(v - Math.rint(v)) < EPS ? String.valueOf((long) Math.rint(v)) : String.format(Locale.ROOT, "%.3f", v);
        }
    }

    /** The true counts, indexed by dimension and question, to attach true values to many findings quickly. */
    public static final class Truth {
        private final Map<String, List<Map.Entry<Cell, Long>>> byDimQuestion = new HashMap<>();

        public Truth(Map<Cell, Long> counts) {
            for (Map.Entry<Cell, Long> e : counts.entrySet()) {
                byDimQuestion.computeIfAbsent(e.getKey().dim() + '\u0001' + e.getKey().question(), k -> new ArrayList<>()).add(e);
            }
        }

        /** The sum of the true counts of the covered cells. */
        public long sum(List<Covers> covers) {
            long sum = 0;
            for (Covers c : covers) {
                for (Map.Entry<Cell, Long> e : byDimQuestion.getOrDefault(c.dim() + '\u0001' + c.question(), List.of())) {
                    if (c.matches(e.getKey())) {
                        sum += e.getValue();
                    }
                }
            }
            return sum;
        }

        /** The keys of the groups with responses whose key the covers match. */
        public Set<String> groups(List<Covers> covers) {
            Set<String> keys = new LinkedHashSet<>();
            for (Covers c : covers) {
                for (Map.Entry<Cell, Long> e : byDimQuestion.getOrDefault(c.dim() + '\u0001', List.of())) {
                    Cell cell = e.getKey();
                    if (e.getValue() > 0 && cell.code().isEmpty() && c.key().test(cell.key())) {
                        keys.add(cell.key());
                    }
                }
            }
            return keys;
        }
    }

    /** The findings of one attack, with the size of the model, the LPs solved and anything the published views contradict. */
    public static final class Attack {
        private final List<Finding> findings;
        private final int variables;
        private final int constraints;
        private final int lps;
        private final List<String> inconsistencies;
        private final Model model;

        Attack(List<Finding> findings, int variables, int constraints, int lps, List<String> inconsistencies, Model model) {
            this.findings = findings;
            this.variables = variables;
            this.constraints = constraints;
            this.lps = lps;
            this.inconsistencies = inconsistencies;
            this.model = model;
        }

        public List<Finding> findings() {
            return findings;
        }

        public int variables() {
            return variables;
        }

        public int constraints() {
            return constraints;
        }

        public int lps() {
            return lps;
        }

        /** The published numbers that are 0 although the definition does not make them so ("nobody chose X"). */
        public List<String> publishedZeros() {
            return model.publishedZeros();
        }

        /** Published numbers that contradict each other or the definition (empty when the views are consistent). */
        public List<String> inconsistencies() {
            return inconsistencies;
        }

        /**
         * The constraints and identities of the model that the true counts break: empty when the intruder's model is
         * sound (it only assumes what is true of every set of responses), which is what makes its intervals trustworthy.
         */
        public List<String> unsound(Map<Cell, Long> counts) {
            return model.unsound(counts);
        }
    }

    /** The findings of an attack on the published views of one consultation. */
    public static List<Finding> attack(Consultation c, Map<String, JsonNode> views, Function<String, String> regionOf) {
        return run(c, views, regionOf).findings();
    }

    /** An attack on the published views ("all" and one per breakdown) of one consultation. */
    public static Attack run(Consultation c, Map<String, JsonNode> views, Function<String, String> regionOf) {
        Model model = new Model(c, views, regionOf);
        model.build();
        return model.solve();
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A group of one breakdown: listed (its size published), unlisted but nameable, or the remainder of unnamed groups. */
    private record Group(String dim, String key, boolean listed, boolean remainder, Predicate<String> keys) {
    }

    /** A linear constraint over nodes: sum of coefficient × node, then sense (-1 ≤, 0 =, 1 ≥) and right-hand side. */
    private record Lin(Map<Integer, Double> terms, int sense, double rhs, String label) {
    }

    /** A quantity to report, before its interval is known. */
    private record Target(Kind kind, int node, String question, String code, String dim, String key, List<Covers> covers) {
    }

    private static final class Model {
        final Consultation c;
        final Function<String, String> regionOf;
        final Question ageQ;
        final Question genderQ;
        final Question countryQ;
        final Map<String, JsonNode> views;

        // nodes: every quantity, with union-find over the identities of the definition
        final List<String> labels = new ArrayList<>();
        final List<List<Covers>> covers = new ArrayList<>();
        final List<Integer> parent = new ArrayList<>();
        final Map<Integer, Double> value = new HashMap<>();
        final Map<Integer, String> valueFrom = new HashMap<>();
        final Set<Integer> zero = new HashSet<>();
        final Set<Integer> publishedSelf = new HashSet<>();
        final Set<Integer> seenHidden = new HashSet<>();
        final Map<String, Integer> ids = new HashMap<>();
        final List<int[]> unions = new ArrayList<>();
        final List<Lin> lins = new ArrayList<>();
        final List<String> inconsistencies = new ArrayList<>();

        // what the views show
        final Map<String, Map<String, JsonNode>> listed = new LinkedHashMap<>();
        final Set<String> known = new LinkedHashSet<>();
        final List<String> regions = new ArrayList<>();
        final Map<String, List<Group>> groups = new LinkedHashMap<>();
        final Map<String, Set<String>> groupCountryOptions = new LinkedHashMap<>();
        final List<Target> targets = new ArrayList<>();
        final List<Object[]> shares = new ArrayList<>();
        final Map<Integer, List<Integer>> auxParts = new HashMap<>();
        Group all;

        Model(Consultation c, Map<String, JsonNode> views, Function<String, String> regionOf) {
            this.c = c;
            this.views = views;
            this.regionOf = key -> {
                if (key == null || key.equals(NONE)) {
                    return UNKNOWN;
                }
                String r = regionOf.apply(key);
                return r == null ? UNKNOWN : r;
            };
            this.ageQ = c.withRole(Role.AGE_BAND).orElse(null);
            this.genderQ = c.withRole(Role.GENDER).orElse(null);
            this.countryQ = c.withRole(Role.COUNTRY).orElse(null);
        }

        // ---------------------------------------------------------------- nodes and identities

        int node(Group g, String question, String code) {
            return node(g.dim(), g.key(), question, code, List.of(new Covers(g.dim(), g.keys(), question, code::equals)));
        }

        int node(String dim, String key, String question, String code, List<Covers> cover) {
            String id = dim + '\u0001' + key + '\u0001' + question + '\u0001' + code;
            Integer existing = ids.get(id);
            if (existing != null) {
                return existing;
            }
            int n = labels.size();
            labels.add(label(dim, key, question, code));
            covers.add(cover);
            parent.add(n);
            ids.put(id, n);
            return n;
        }

        int aux(String label, List<Covers> cover) {
            int n = labels.size();
            labels.add(label);
            covers.add(cover);
            parent.add(n);
            return n;
        }

        static String label(String dim, String key, String question, String code) {
            String what = question.isEmpty() ? "responses" : code.isEmpty() ? question + " answered" : question + "=" + code;
            return what + " [" + (dim.equals(ALL) ? "all" : dim + "=" + key) + "]";
        }

        int find(int n) {
            int p = parent.get(n);
            if (p == n) {
                return n;
            }
            int root = find(p);
            parent.set(n, root);
            return root;
        }

        void union(int a, int b) {
            unions.add(new int[] {a, b});
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            parent.set(rb, ra);
            if (zero.remove(rb)) {
                zero.add(ra);
            }
            Double vb = value.remove(rb);
            String fb = valueFrom.remove(rb);
            if (vb != null) {
                setValue(ra, vb, fb, labels.get(a) + " = " + labels.get(b));
            }
        }

        void fixZero(int n) {
            int r = find(n);
            zero.add(r);
            setValue(r, 0.0, "definition", labels.get(n) + " is 0 by definition");
        }

        void publish(int n, double v) {
            publishedSelf.add(n);
            setValue(find(n), v, labels.get(n), labels.get(n) + " published as " + (long) v);
        }

        private void setValue(int root, double v, String from, String why) {
            Double old = value.get(root);
            if (old == null) {
                value.put(root, v);
                valueFrom.put(root, from);
            } else if (Math.abs(old - v) > EPS) {
                inconsistencies.add(why + " but " + valueFrom.get(root) + " gives " + old);
            }
        }

        // ---------------------------------------------------------------- constraints

        final class L {
            final Map<Integer, Double> terms = new LinkedHashMap<>();
            final String label;

            L(String label) {
                this.label = label;
            }

            L add(double coef, int n) {
                terms.merge(n, coef, Double::sum);
                return this;
            }

            L plus(int n) {
                return add(1, n);
            }

            L minus(int n) {
                return add(-1, n);
            }

            L plusAll(Collection<Integer> ns) {
                ns.forEach(this::plus);
                return this;
            }

            L minusAll(Collection<Integer> ns) {
                ns.forEach(this::minus);
                return this;
            }

            void eq(double rhs) {
                lins.add(new Lin(terms, 0, rhs, label));
            }

            void le(double rhs) {
                lins.add(new Lin(terms, -1, rhs, label));
            }

            void ge(double rhs) {
                lins.add(new Lin(terms, 1, rhs, label));
            }
        }

        L lin(String label) {
            return new L(label);
        }

        // ---------------------------------------------------------------- the groups

        /** Whether every ISO country code has a region, as the published reference file says. */
        boolean everyCountryMapped() {
            return java.util.Arrays.stream(Locale.getISOCountries()).noneMatch(x -> regionOf.apply(x).equals(UNKNOWN));
        }

        /** Question id and code of every row of a group: responses, answered per question, each option of option questions. */
        List<String[]> rows() {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"", ""});
            for (Question q : c.questions()) {
                rows.add(new String[] {q.id(), ""});
                if (q.type().hasOptions() && q.options() != null) {
                    q.options().forEach(o -> rows.add(new String[] {q.id(), o.code()}));
                }
            }
            return rows;
        }

        Group group(String dim, String key) {
            return groups.get(dim).stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
        }

        int r(Group g) {
            return node(g, "", "");
        }

        int a(Group g, Question q) {
            return node(g, q.id(), "");
        }

        int o(Group g, Question q, String code) {
            return node(g, q.id(), code);
        }

        boolean requiredAlways(Question q) {
            return q != null && q.required() && q.showIf() == null;
        }

        boolean outside(Option o) {
            return !o.within(c.audience());
        }

        /** Whether the definition alone empties the group: an age band outside the audience, or "no answer" to a required role question. */
        boolean emptyByDefinition(Group g) {
            if (g.remainder()) {
                // every country has a region: no country falls under "unknown" but those not given
                return g.dim().equals("country") && g.key().equals("*other:" + UNKNOWN) && everyCountryMapped();
            }
            if (g.dim().equals("age_band") && ageQ != null) {
                if (g.key().equals(NONE)) {
                    return requiredAlways(ageQ);
                }
                return ageQ.option(g.key()).map(this::outside).orElse(false);
            }
            if (g.dim().equals("gender") && genderQ != null && g.key().equals(NONE)) {
                return requiredAlways(genderQ);
            }
            if (g.dim().equals("country") && countryQ != null && g.key().equals(NONE)) {
                return requiredAlways(countryQ);
            }
            return false;
        }

        void build() {
            if (views.values().stream().noneMatch(Objects::nonNull)) {
                throw new IllegalArgumentException("no published views to attack");
            }
            for (String dim : DIMS) {
                Map<String, JsonNode> byKey = new LinkedHashMap<>();
                JsonNode view = views.get(dim);
                if (view != null) {
                    for (JsonNode g : view.path("groups")) {
                        if (dim.equals(g.path("by").asText(dim))) {
                            byKey.put(g.path("key").asText(), g);
                        }
                    }
                }
                listed.put(dim, byKey);
            }
            // countries the intruder can name: listed groups, and options listed anywhere
            if (countryQ != null) {
                listed.get("country").keySet().stream().filter(k -> !k.equals(NONE)).forEach(known::add);
                for (JsonNode view : views.values()) {
                    if (view == null) {
                        continue;
                    }
                    countryOptions(view).forEach(known::add);
                    for (JsonNode g : view.path("groups")) {
                        countryOptions(g).forEach(known::add);
                    }
                }
                regions.addAll(ITU);
                known.forEach(x -> {
                    if (!regions.contains(regionOf.apply(x))) {
                        regions.add(regionOf.apply(x));
                    }
                });
                listed.get("region").keySet().forEach(k -> {
                    if (!regions.contains(k)) {
                        regions.add(k);
                    }
                });
            } else {
                regions.add(UNKNOWN);
            }
            makeGroups();
            // published numbers, from every view
            for (JsonNode view : views.values()) {
                if (view == null) {
                    continue;
                }
                publishTable(all, view);
                for (JsonNode g : view.path("groups")) {
                    String dim = g.path("by").asText();
                    if (!groups.containsKey(dim)) {
                        continue;
                    }
                    String key = g.path("key").asText();
                    groups.get(dim).stream().filter(x -> x.key().equals(key) && !x.remainder()).findFirst()
                            .ifPresent(x -> publishTable(x, g));
                }
            }
            structure();
            roles();
            sums();
            crossViews();
            shareConstraints();
            chooseTargets();
        }

        List<String> countryOptions(JsonNode table) {
            List<String> codes = new ArrayList<>();
            if (countryQ == null || table == null) {
                return codes;
            }
            for (JsonNode q : table.path("questions")) {
                if (q.path("id").asText().equals(countryQ.id())) {
                    q.path("options").forEach(o -> codes.add(o.path("code").asText()));
                }
            }
            return codes;
        }

        void makeGroups() {
            all = new Group(ALL, "", true, false, ""::equals);
            groups.put(ALL, List.of(all));
            groups.put("age_band", roleGroups("age_band", ageQ));
            groups.put("gender", roleGroups("gender", genderQ));
            List<Group> region = new ArrayList<>();
            for (String r : regions) {
                region.add(new Group("region", r, listed.get("region").containsKey(r), false, r::equals));
            }
            groups.put("region", region);
            List<Group> country = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            if (countryQ != null) {
                keys.addAll(known);
            }
            keys.add(NONE);
            for (String k : keys) {
                country.add(new Group("country", k, listed.get("country").containsKey(k), false, k::equals));
            }
            if (countryQ != null) {
                for (String r : regions) {
                    country.add(new Group("country", "*other:" + r, false, true,
                            k -> !k.equals(NONE) && !known.contains(k) && regionOf.apply(k).equals(r)));
                }
            }
            groups.put("country", country);
            List<Group> lang = new ArrayList<>();
            Set<String> listedLangs = listed.get("lang").keySet();
            listedLangs.forEach(k -> lang.add(new Group("lang", k, true, false, k::equals)));
            Set<String> unlisted = unlistedLangs();
            if (!unlisted.isEmpty()) {
                lang.add(new Group("lang", "*rest", false, true, unlisted::contains));
            }
            groups.put("lang", lang);
            List<Group> campaign = new ArrayList<>();
            Set<String> listedCampaigns = Set.copyOf(listed.get("campaign").keySet());
            listedCampaigns.forEach(k -> campaign.add(new Group("campaign", k, true, false, k::equals)));
            campaign.add(new Group("campaign", "*rest", false, true, k -> !listedCampaigns.contains(k)));
            groups.put("campaign", campaign);
        }

        Set<String> unlistedLangs() {
            Set<String> u = new LinkedHashSet<>();
            for (Lang l : Lang.values()) {
                if (!listed.get("lang").containsKey(l.code())) {
                    u.add(l.code());
                }
            }
            return u;
        }

        List<Group> roleGroups(String dim, Question q) {
            Set<String> keys = new LinkedHashSet<>();
            if (q != null && q.options() != null) {
                q.options().forEach(o -> keys.add(o.code()));
            }
            keys.add(NONE);
            keys.addAll(listed.get(dim).keySet());
            List<Group> out = new ArrayList<>();
            for (String k : keys) {
                out.add(new Group(dim, k, listed.get(dim).containsKey(k), false, k::equals));
            }
            return out;
        }

        List<Group> allGroups() {
            List<Group> out = new ArrayList<>();
            groups.values().forEach(out::addAll);
            return out;
        }

        // ---------------------------------------------------------------- published numbers

        void publishTable(Group g, JsonNode table) {
            JsonNode responses = table.get("responses");
            if (responses != null && responses.isNumber()) {
                publish(r(g), responses.asDouble());
            } else {
                seenHidden.add(r(g));
            }
            for (JsonNode qj : table.path("questions")) {
                Question q = c.question(qj.path("id").asText()).orElse(null);
                if (q == null) {
                    continue;
                }
                int answered = a(g, q);
                JsonNode an = qj.get("answered");
                if (an != null && an.isNumber()) {
                    publish(answered, an.asDouble());
                } else {
                    seenHidden.add(answered);
                }
                for (JsonNode oj : qj.path("options")) {
                    String code = oj.path("code").asText();
                    int option;
                    if (q.type() == QuestionType.COUNTRY) {
                        if (g != all || q != countryQ) {
                            groupCountryOptions.computeIfAbsent(g.dim() + '\u0001' + g.key() + '\u0001' + q.id(), k -> new LinkedHashSet<>()).add(code);
                        }
                        option = o(g, q, code);
                    } else if (q.option(code).isPresent()) {
                        option = o(g, q, code);
                    } else {
                        inconsistencies.add("option " + code + " of " + q.id() + " is not in the definition");
                        continue;
                    }
                    JsonNode count = oj.get("count");
                    if (count != null && count.isNumber()) {
                        publish(option, count.asDouble());
                    } else {
                        seenHidden.add(option);
                    }
                    JsonNode share = oj.get("share");
                    if (share != null && share.isNumber()) {
                        shares.add(new Object[] {option, answered, share.asDouble()});
                    }
                }
            }
        }

        void shareConstraints() {
            for (Object[] s : shares) {
                int option = (Integer) s[0];
                int answered = (Integer) s[1];
                double share = (Double) s[2];
                lin("share " + share + " of " + labels.get(option)).plus(option).add(-(share + SHARE_SLACK), answered).le(0);
                lin("share " + share + " of " + labels.get(option)).plus(option).add(-(share - SHARE_SLACK), answered).ge(0);
            }
        }

        // ---------------------------------------------------------------- the structure of one table

        void structure() {
            for (Group g : allGroups()) {
                int responses = r(g);
                if (emptyByDefinition(g)) {
                    fixZero(responses);
                    for (String[] row : rows()) {
                        fixZero(node(g, row[0], row[1]));
                    }
                }
                for (Question q : c.questions()) {
                    int answered = a(g, q);
                    lin("answered ≤ responses: " + labels.get(answered)).plus(answered).minus(responses).le(0);
                    if (requiredAlways(q)) {
                        union(responses, answered);
                    }
                    if (q.type().hasOptions() && q.options() != null) {
                        List<Integer> options = new ArrayList<>();
                        q.options().forEach(o -> options.add(o(g, q, o.code())));
                        if (q.type() == QuestionType.MULTIPLE) {
                            int cap = q.max() == null ? q.options().size() : Math.min(q.max(), q.options().size());
                            for (int option : options) {
                                lin("option ≤ answered: " + labels.get(option)).plus(option).minus(answered).le(0);
                            }
                            lin("options ≥ answered: " + labels.get(answered)).plusAll(options).minus(answered).ge(0);
                            lin("options ≤ max × answered: " + labels.get(answered)).plusAll(options).add(-cap, answered).le(0);
                        } else {
                            lin("options = answered: " + labels.get(answered)).plusAll(options).minus(answered).eq(0);
                        }
                        if (q == ageQ) {
                            q.options().stream().filter(this::outside).forEach(o -> fixZero(o(g, q, o.code())));
                        }
                    }
                    if (q.type() == QuestionType.COUNTRY) {
                        countryOptions(g, q, answered);
                    }
                    if (q.showIf() != null) {
                        showIf(g, q, answered);
                    }
                }
            }
        }

        /** The country question's options: overall, every nameable country and one "other countries" per region. */
        void countryOptions(Group g, Question q, int answered) {
            if (g == all && q == countryQ) {
                List<Integer> options = new ArrayList<>();
                known.forEach(x -> options.add(o(g, q, x)));
                for (String r : regions) {
                    options.add(otherCountries(r));
                }
                lin("countries = answered: " + labels.get(answered)).plusAll(options).minus(answered).eq(0);
                return;
            }
            Set<String> shown = groupCountryOptions.get(g.dim() + '\u0001' + g.key() + '\u0001' + q.id());
            if (shown == null) {
                return;
            }
            List<Integer> options = new ArrayList<>();
            shown.forEach(x -> options.add(o(g, q, x)));
            lin("countries ≤ answered: " + labels.get(answered)).plusAll(options).minus(answered).le(0);
            if (q != countryQ) {
                // another country question: a group's count of a country is at most the overall one
                for (String x : shown) {
                    if (g != all) {
                        lin("within group ≤ overall: " + labels.get(o(g, q, x))).plus(o(g, q, x)).minus(o(all, q, x)).le(0);
                    }
                    lin("option ≤ answered: " + labels.get(o(all, q, x))).plus(o(all, q, x)).minus(a(all, q)).le(0);
                }
                return;
            }
            for (String x : shown) {
                int option = o(g, q, x);
                int whole = r(group("country", x));
                lin("country within group ≤ country: " + labels.get(option)).plus(option).minus(whole).le(0);
                switch (g.dim()) {
                    case "country" -> {
                        if (g.key().equals(x)) {
                            union(option, r(g));
                        } else {
                            fixZero(option);
                        }
                    }
                    case "region" -> {
                        if (regionOf.apply(x).equals(g.key())) {
                            union(option, whole);
                        } else {
                            fixZero(option);
                        }
                    }
                    case "age_band", "gender" -> {
                        Question role = g.dim().equals("age_band") ? ageQ : genderQ;
                        if (role != null && !g.key().equals(NONE) && role.option(g.key()).isPresent()) {
                            union(option, o(group("country", x), role, g.key()));
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        int otherCountries(String region) {
            Set<String> k = known;
            return node(ALL, "", countryQ.id(), "*other:" + region,
                    List.of(new Covers(ALL, ""::equals, countryQ.id(),
                            code -> !code.isEmpty() && !k.contains(code) && regionOf.apply(code).equals(region))));
        }

        void showIf(Group g, Question q, int answered) {
            Question q1 = c.question(q.showIf().question()).orElse(null);
            if (q1 == null) {
                return;
            }
            lin("shown only after " + q1.id() + ": " + labels.get(answered)).plus(answered).minus(a(g, q1)).le(0);
            if (!q1.type().hasOptions() || q1.options() == null) {
                return;
            }
            List<Integer> shownBy = new ArrayList<>();
            for (String code : q.showIf().anyOf()) {
                if (q1.option(code).isPresent()) {
                    shownBy.add(o(g, q1, code));
                }
            }
            lin("show_if: " + labels.get(answered)).plus(answered).minusAll(shownBy).le(0);
            boolean everyAnswer = q1.options().stream().allMatch(o -> q.showIf().anyOf().contains(o.code()));
            if (q.required() && everyAnswer) {
                // whatever the answer to the question before, this one follows it: answered by everyone who answered that
                union(answered, a(g, q1));
            } else if (q.required()) {
                if (q1.type() == QuestionType.MULTIPLE) {
                    for (int option : shownBy) {
                        lin("required show_if: " + labels.get(answered)).plus(answered).minus(option).ge(0);
                    }
                } else if (shownBy.size() == 1) {
                    union(answered, shownBy.get(0));
                } else {
                    lin("required show_if: " + labels.get(answered)).plus(answered).minusAll(shownBy).eq(0);
                }
            }
        }

        // ---------------------------------------------------------------- the role questions

        void roles() {
            role("age_band", ageQ);
            role("gender", genderQ);
            if (countryQ == null) {
                return;
            }
            for (Group g : groups.get("country")) {
                if (g.key().equals(NONE)) {
                    fixZero(a(g, countryQ));
                } else {
                    union(r(g), a(g, countryQ));
                    union(r(g), g.remainder() ? otherCountries(g.key().substring("*other:".length())) : o(all, countryQ, g.key()));
                }
            }
            for (Group g : groups.get("region")) {
                if (!g.key().equals(UNKNOWN)) {
                    union(r(g), a(g, countryQ));
                } else if (everyCountryMapped()) {
                    // every country has a region: the unknown region holds exactly those who gave no country
                    fixZero(a(g, countryQ));
                }
            }
        }

        void role(String dim, Question q) {
            if (q == null || q.options() == null) {
                return;
            }
            for (Group g : groups.get(dim)) {
                if (g.key().equals(NONE)) {
                    fixZero(a(g, q));
                    q.options().forEach(o -> fixZero(o(g, q, o.code())));
                    continue;
                }
                if (q.option(g.key()).isEmpty()) {
                    continue;
                }
                union(r(g), a(g, q));
                union(r(g), o(g, q, g.key()));
                union(r(g), o(all, q, g.key()));
                q.options().stream().filter(o -> !o.code().equals(g.key())).forEach(o -> fixZero(o(g, q, o.code())));
            }
        }

        /** The same respondents seen from two breakdowns: age band k within gender g is gender g within age band k. */
        void crossViews() {
            List<Object[]> roles = new ArrayList<>();
            if (ageQ != null && ageQ.options() != null) {
                roles.add(new Object[] {"age_band", ageQ});
            }
            if (genderQ != null && genderQ.options() != null) {
                roles.add(new Object[] {"gender", genderQ});
            }
            for (int i = 0; i < roles.size(); i++) {
                for (int j = i + 1; j < roles.size(); j++) {
                    cross((String) roles.get(i)[0], (Question) roles.get(i)[1], (String) roles.get(j)[0], (Question) roles.get(j)[1]);
                }
            }
            if (countryQ != null) {
                for (Object[] role : roles) {
                    String dim = (String) role[0];
                    Question q = (Question) role[1];
                    Group noCountry = group("country", NONE);
                    for (Option o : q.options()) {
                        Group g = group(dim, o.code());
                        // in "no country", band k = those of band k who did not answer the country question
                        lin("no country within " + labels.get(r(g))).plus(o(noCountry, q, o.code())).plus(a(g, countryQ)).minus(r(g)).eq(0);
                    }
                    Group none = group(dim, NONE);
                    lin("neither " + q.id() + " nor country").plus(r(none)).minus(a(none, countryQ))
                            .minus(r(noCountry)).plus(a(noCountry, q)).eq(0);
                }
            }
        }

        void cross(String dimA, Question qa, String dimB, Question qb) {
            for (Option oa : qa.options()) {
                for (Option ob : qb.options()) {
                    union(o(group(dimB, ob.code()), qa, oa.code()), o(group(dimA, oa.code()), qb, ob.code()));
                }
            }
            Group noneA = group(dimA, NONE);
            Group noneB = group(dimB, NONE);
            for (Option oa : qa.options()) {
                Group g = group(dimA, oa.code());
                lin("no " + qb.id() + " within " + labels.get(r(g))).plus(o(noneB, qa, oa.code())).plus(a(g, qb)).minus(r(g)).eq(0);
            }
            for (Option ob : qb.options()) {
                Group g = group(dimB, ob.code());
                lin("no " + qa.id() + " within " + labels.get(r(g))).plus(o(noneA, qb, ob.code())).plus(a(g, qa)).minus(r(g)).eq(0);
            }
            lin("neither " + qa.id() + " nor " + qb.id()).plus(r(noneA)).minus(a(noneA, qb)).minus(r(noneB)).plus(a(noneB, qa)).eq(0);
        }

        // ---------------------------------------------------------------- the breakdowns add up

        void sums() {
            for (String dim : DIMS) {
                for (String[] row : rows()) {
                    List<Integer> parts = new ArrayList<>();
                    groups.get(dim).forEach(g -> parts.add(node(g, row[0], row[1])));
                    if (parts.size() == 1) {
                        // a breakdown with one possible group (no gender question: everyone gave none) is everyone
                        union(node(all, row[0], row[1]), parts.get(0));
                    } else {
                        lin(dim + " groups add up: " + labels.get(node(all, row[0], row[1]))).plusAll(parts).minus(node(all, row[0], row[1])).eq(0);
                    }
                }
            }
            if (countryQ == null) {
                return;
            }
            for (String region : regions) {
                Group rg = group("region", region);
                List<Group> members = groups.get("country").stream().filter(g -> inRegion(g, region)).toList();
                for (String[] row : rows()) {
                    List<Integer> parts = new ArrayList<>();
                    members.forEach(g -> parts.add(node(g, row[0], row[1])));
                    lin("countries of " + region + " add up: " + labels.get(node(rg, row[0], row[1])))
                            .plusAll(parts).minus(node(rg, row[0], row[1])).eq(0);
                }
            }
        }

        boolean inRegion(Group country, String region) {
            if (country.remainder()) {
                return country.key().equals("*other:" + region);
            }
            return regionOf.apply(country.key()).equals(region);
        }

        // ---------------------------------------------------------------- what to bound

        void chooseTargets() {
            for (Group g : allGroups()) {
                if (g.remainder()) {
                    continue;
                }
                for (String[] row : rows()) {
                    int n = node(g, row[0], row[1]);
                    if (!publishedSelf.contains(n)) {
                        targets.add(new Target(Kind.CELL, n, row[0], row[1], g.dim(), g.key(), covers.get(n)));
                    }
                }
            }
            // country options inside groups or overall that were listed but suppressed
            Set<Integer> chosen = new HashSet<>();
            targets.forEach(t -> chosen.add(t.node()));
            for (int n : seenHidden) {
                if (!publishedSelf.contains(n) && chosen.add(n)) {
                    Covers cv = covers.get(n).get(0);
                    String key = groupsKeyOf(n);
                    targets.add(new Target(Kind.CELL, n, cv.question(), codeOf(n), cv.dim(), key, covers.get(n)));
                }
            }
            // remainders: the sum over the groups of a breakdown that were not listed
            for (String dim : List.of("age_band", "gender", "region")) {
                List<Group> unlisted = groups.get(dim).stream().filter(g -> !g.listed() && !emptyByDefinition(g)).toList();
                if (unlisted.size() >= 2) {
                    Set<String> listedKeys = Set.copyOf(listed.get(dim).keySet());
                    remainder(dim, "unlisted", unlisted, k -> !listedKeys.contains(k));
                }
            }
            if (countryQ != null) {
                Set<String> listedKeys = Set.copyOf(listed.get("country").keySet());
                for (String region : regions) {
                    List<Group> unlisted = groups.get("country").stream()
                            .filter(g -> !g.listed() && !emptyByDefinition(g) && inRegion(g, region)).toList();
                    remainder("country", "unlisted in " + region, unlisted, k -> !listedKeys.contains(k) && regionOf.apply(k).equals(region));
                }
            }
            for (String dim : List.of("lang", "campaign")) {
                Set<String> listedKeys = Set.copyOf(listed.get(dim).keySet());
                List<Group> rest = groups.get(dim).stream().filter(Group::remainder).toList();
                if (!rest.isEmpty()) {
                    Set<String> unlisted = dim.equals("lang") ? unlistedLangs() : null;
                    remainder(dim, dim.equals("lang") && unlisted.size() == 1 ? unlisted.iterator().next() : "unlisted", rest,
                            dim.equals("lang") ? unlisted::contains : k -> !listedKeys.contains(k));
                }
            }
        }

        String groupsKeyOf(int n) {
            for (Map.Entry<String, Integer> e : ids.entrySet()) {
                if (e.getValue() == n) {
                    return e.getKey().split("\u0001", -1)[1];
                }
            }
            return "?";
        }

        String codeOf(int n) {
            for (Map.Entry<String, Integer> e : ids.entrySet()) {
                if (e.getValue() == n) {
                    return e.getKey().split("\u0001", -1)[3];
                }
            }
            return "?";
        }

        void remainder(String dim, String key, List<Group> members, Predicate<String> keys) {
            if (members.isEmpty()) {
                return;
            }
            // one lang left unlisted is a cell of its own, named by its key
            Kind kind = dim.equals("lang") && !key.equals("unlisted") ? Kind.CELL : Kind.REMAINDER;
            for (String[] row : rows()) {
                List<Covers> cover = List.of(new Covers(dim, keys, row[0], row[1]::equals));
                int n;
                if (members.size() == 1) {
                    n = node(members.get(0), row[0], row[1]);
                } else {
                    n = aux("sum of unlisted groups: " + label(dim, key, row[0], row[1]), cover);
                    List<Integer> parts = new ArrayList<>();
                    members.forEach(g -> parts.add(node(g, row[0], row[1])));
                    auxParts.put(n, parts);
                    lin("definition of " + labels.get(n)).plus(n).minusAll(parts).eq(0);
                }
                targets.add(new Target(kind, n, row[0], row[1], dim, key, cover));
            }
        }

        // ---------------------------------------------------------------- solving

        /** One constraint over the LP's variables, published numbers already moved to the right-hand side. */
        private record Row(int[] vars, double[] coefs, int sense, double rhs) {
        }

        Attack solve() {
            // variables: one per class of nodes that nothing fixes
            Map<Integer, Integer> index = new LinkedHashMap<>();
            List<Row> rows = new ArrayList<>();
            for (Lin lin : lins) {
                Map<Integer, Double> free = new LinkedHashMap<>();
                double rhs = lin.rhs();
                for (Map.Entry<Integer, Double> t : lin.terms().entrySet()) {
                    int root = find(t.getKey());
                    Double v = value.get(root);
                    if (v != null) {
                        rhs -= t.getValue() * v;
                    } else {
                        free.merge(root, t.getValue(), Double::sum);
                    }
                }
                free.values().removeIf(coef -> Math.abs(coef) < 1e-12);
                if (free.isEmpty()) {
                    boolean ok = lin.sense() == 0 ? Math.abs(rhs) < EPS : lin.sense() < 0 ? 0 <= rhs + EPS : 0 >= rhs - EPS;
                    if (!ok) {
                        inconsistencies.add("published numbers break: " + lin.label());
                    }
                    continue;
                }
                int[] vars = new int[free.size()];
                double[] coefs = new double[free.size()];
                int k = 0;
                for (Map.Entry<Integer, Double> t : free.entrySet()) {
                    vars[k] = index.computeIfAbsent(t.getKey(), x -> index.size());
                    coefs[k++] = t.getValue();
                }
                rows.add(new Row(vars, coefs, lin.sense(), rhs));
            }
            for (Target t : targets) {
                int root = find(t.node());
                if (!value.containsKey(root)) {
                    index.computeIfAbsent(root, x -> index.size());
                }
            }
            // presolve: equalities that fix one variable or equate two shrink the LP (only the LP: a quantity pinned
            // here by arithmetic on published numbers is still a hidden one, recovered)
            Reduction reduced = new Reduction(index.size(), rows);
            rows = reduced.rows;
            int n = reduced.size;
            String[] names = new String[n];
            for (Map.Entry<Integer, Integer> e : index.entrySet()) {
                int v = reduced.var(e.getValue());
                if (v >= 0 && names[v] == null) {
                    names[v] = labels.get(e.getKey());
                }
            }
            Solver solver = new Solver(n, rows, names);
            // the quantities to bound, each class once
            List<Integer> wanted = new ArrayList<>();
            Set<Integer> seenVars = new HashSet<>();
            for (Target t : targets) {
                int root = find(t.node());
                if (!value.containsKey(root) && reduced.var(index.get(root)) >= 0 && seenVars.add(reduced.var(index.get(root)))) {
                    wanted.add(reduced.var(index.get(root)));
                }
            }
            boolean feasible = solver.run(wanted);
            List<Finding> findings = new ArrayList<>();
            Map<String, double[]> langRest = new LinkedHashMap<>();
            for (Target t : targets) {
                int root = find(t.node());
                double min;
                double max;
                boolean knownZero = false;
                String publishedAs = null;
                if (value.containsKey(root)) {
                    min = max = value.get(root);
                    knownZero = zero.contains(root) || (t.kind() == Kind.REMAINDER && allZero(t.node()));
                    if (!knownZero) {
                        publishedAs = valueFrom.get(root);
                    }
                } else if (!feasible) {
                    min = Double.NaN;
                    max = Double.NaN;
                } else {
                    int i = reduced.var(index.get(root));
                    if (i < 0) {
                        min = max = reduced.fixed(index.get(root));
                    } else {
                        min = solver.min[i];
                        max = solver.max[i];
                    }
                    knownZero = allZero(t.node());
                }
                findings.add(new Finding(t.kind(), t.question(), t.code(), t.dim(), t.key(), min, max, knownZero, publishedAs, t.covers(), null));
                if (t.dim().equals("lang") && t.kind() == Kind.REMAINDER) {
                    langRest.put(t.question() + '\u0001' + t.code(), new double[] {min, max});
                }
            }
            // each unlisted language: anything from 0 to the most the unlisted languages together may hold
            Set<String> unlistedLangs = unlistedLangs();
            if (unlistedLangs.size() >= 2) {
                for (String k : unlistedLangs) {
                    for (String[] row : rows()) {
                        double[] rest = langRest.get(row[0] + '\u0001' + row[1]);
                        if (rest != null) {
                            findings.add(new Finding(Kind.CELL, row[0], row[1], "lang", k, 0, rest[1], isZeroByRow(row), null,
                                    List.of(Covers.cell("lang", k, row[0], row[1])), null));
                        }
                    }
                }
            }
            return new Attack(List.copyOf(findings), n, rows.size(), solver.lps, List.copyOf(inconsistencies), this);
        }

        /** The LP after substituting equalities of one variable (fixed) and of two (the same variable). */
        private final class Reduction {
            final int[] parent;
            final double[] fixed;
            final int[] var;
            List<Row> rows;
            int size;

            Reduction(int n, List<Row> original) {
                parent = new int[n];
                fixed = new double[n];
                java.util.Arrays.fill(fixed, Double.NaN);
                for (int i = 0; i < n; i++) {
                    parent[i] = i;
                }
                boolean changed = true;
                List<Row> current = original;
                while (changed) {
                    changed = false;
                    List<Row> next = new ArrayList<>();
                    for (Row row : current) {
                        Map<Integer, Double> free = new LinkedHashMap<>();
                        double rhs = row.rhs();
                        for (int k = 0; k < row.vars().length; k++) {
                            int r = find(row.vars()[k]);
                            if (!Double.isNaN(fixed[r])) {
                                rhs -= row.coefs()[k] * fixed[r];
                            } else {
                                free.merge(r, row.coefs()[k], Double::sum);
                            }
                        }
                        free.values().removeIf(coef -> Math.abs(coef) < 1e-12);
                        if (free.isEmpty()) {
                            boolean ok = row.sense() == 0 ? Math.abs(rhs) < EPS : row.sense() < 0 ? 0 <= rhs + EPS : 0 >= rhs - EPS;
                            if (!ok) {
                                inconsistencies.add("published numbers contradict the structure (after substitution)");
                            }
                            continue;
                        }
                        List<Integer> vs = new ArrayList<>(free.keySet());
                        if (row.sense() == 0 && vs.size() == 1) {
                            double x = rhs / free.get(vs.get(0));
                            if (x < -EPS) {
                                inconsistencies.add("published numbers force a count below zero");
                            }
                            fixed[vs.get(0)] = Math.abs(x - Math.rint(x)) < 1e-9 ? Math.rint(x) : x;
                            changed = true;
                            continue;
                        }
                        if (row.sense() == 0 && vs.size() == 2 && Math.abs(rhs) < 1e-12
                                && Math.abs(free.get(vs.get(0)) + free.get(vs.get(1))) < 1e-12) {
                            parent[vs.get(1)] = vs.get(0);
                            changed = true;
                            continue;
                        }
                        int[] v = new int[vs.size()];
                        double[] a = new double[vs.size()];
                        for (int k = 0; k < v.length; k++) {
                            v[k] = vs.get(k);
                            a[k] = free.get(vs.get(k));
                        }
                        next.add(new Row(v, a, row.sense(), rhs));
                    }
                    current = next;
                }
                // renumber the variables left
                var = new int[n];
                java.util.Arrays.fill(var, -1);
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if (find(i) == i && Double.isNaN(fixed[i])) {
                        var[i] = count++;
                    }
                }
                size = count;
                rows = new ArrayList<>();
                for (Row row : current) {
                    Map<Integer, Double> free = new LinkedHashMap<>();
                    double rhs = row.rhs();
                    for (int k = 0; k < row.vars().length; k++) {
                        int r = find(row.vars()[k]);
                        if (!Double.isNaN(fixed[r])) {
                            rhs -= row.coefs()[k] * fixed[r];
                        } else {
                            free.merge(var[r], row.coefs()[k], Double::sum);
                        }
                    }
                    free.values().removeIf(coef -> Math.abs(coef) < 1e-12);
                    if (free.isEmpty()) {
                        continue;
                    }
                    int[] v = new int[free.size()];
                    double[] a = new double[free.size()];
                    int k = 0;
                    for (Map.Entry<Integer, Double> e : free.entrySet()) {
                        v[k] = e.getKey();
                        a[k++] = e.getValue();
                    }
                    rows.add(new Row(v, a, row.sense(), rhs));
                }
            }

            int find(int i) {
                while (parent[i] != i) {
                    parent[i] = parent[parent[i]];
                    i = parent[i];
                }
                return i;
            }

            /** The LP variable of an original variable, or -1 when the reduction fixed it. */
            int var(int original) {
                return var[find(original)];
            }

            double fixed(int original) {
                return snap(fixed[find(original)]);
            }
        }

        /**
         * Bounds variables by LP, one minimisation and one maximisation each, but skips an LP whenever its answer is
         * already certain: when a solution seen so far reaches a bound that constraint propagation proves (a valid outer
         * bound), that bound is the LP's optimum. A few LPs over sums of the open variables push many of them to such
         * bounds at once. Which maxima are unbounded is settled first on the recession cone of the feasible set: a
         * variable can grow without end exactly when some direction d ≥ 0 that keeps every constraint has d_i > 0.
         */
        private final class Solver {
            final String[] names;
            final List<Row> rows;
            final int n;
            final double[] lo;
            final double[] hi;
            final double[] seenMin;
            final double[] seenMax;
            final double[] min;
            final double[] max;
            final boolean[] minDone;
            final boolean[] maxDone;
            final ExpressionsBasedModel lp = new ExpressionsBasedModel();
            final Variable[] vars;
            int lps;

            Solver(int n, List<Row> rows, String[] names) {
                this.n = n;
                this.rows = rows;
                this.names = names;
                lo = new double[n];
                hi = new double[n];
                java.util.Arrays.fill(hi, Double.POSITIVE_INFINITY);
                seenMin = new double[n];
                seenMax = new double[n];
                java.util.Arrays.fill(seenMin, Double.POSITIVE_INFINITY);
                java.util.Arrays.fill(seenMax, Double.NEGATIVE_INFINITY);
                min = new double[n];
                max = new double[n];
                minDone = new boolean[n];
                maxDone = new boolean[n];
                vars = model(lp, false);
            }

            /** The LP over the rows; for the recession cone, every right-hand side 0 and every variable at most 1. */
            Variable[] model(ExpressionsBasedModel model, boolean cone) {
                Variable[] v = new Variable[n];
                for (int i = 0; i < n; i++) {
                    v[i] = model.addVariable("v" + i).lower(0);
                    if (cone) {
                        v[i].upper(1);
                    }
                }
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    Expression e = model.addExpression("c" + r);
                    for (int k = 0; k < row.vars().length; k++) {
                        e.set(v[row.vars()[k]], row.coefs()[k]);
                    }
                    double rhs = cone ? 0 : row.rhs();
                    if (row.sense() == 0) {
                        e.level(rhs);
                    } else if (row.sense() < 0) {
                        e.upper(rhs);
                    } else {
                        e.lower(rhs);
                    }
                }
                return v;
            }

            boolean run(List<Integer> wanted) {
                if (n == 0) {
                    return true;
                }
                propagate();
                if (solve(List.of(), 1) == null) {
                    inconsistencies.add("no table fits the published views");
                    return false;
                }
                unbounded(wanted);
                // sums of what is still open: many variables reach a proven bound at once
                for (int round = 0; round < 4; round++) {
                    List<Integer> open = wanted.stream().filter(i -> !certify(i, true)).toList();
                    if (open.isEmpty() || solve(open, 1) == null) {
                        break;
                    }
                    if (wanted.stream().filter(i -> !certify(i, true)).count() > open.size() * 0.8) {
                        break;
                    }
                }
                for (int round = 0; round < 2; round++) {
                    List<Integer> open = wanted.stream().filter(i -> !certify(i, false)).toList();
                    if (open.isEmpty() || solve(open, -1) == null) {
                        break;
                    }
                }
                for (int i : wanted) {
                    if (!certify(i, false)) {
                        if (DEBUG) {
                            System.out.println("min LP " + names[i] + " lo " + lo[i] + " seen " + seenMin[i]);
                        }
                        Double v = solve(List.of(i), -1);
                        if (v == null) {
                            inconsistencies.add("minimising " + names[i] + " failed");
                            min[i] = Double.NaN;
                        } else {
                            min[i] = snap(v);
                            lo[i] = Math.max(lo[i], min[i]);
                        }
                        minDone[i] = true;
                    }
                    if (!certify(i, true)) {
                        if (DEBUG) {
                            System.out.println("max LP " + names[i] + " hi " + hi[i] + " seen " + seenMax[i]);
                        }
                        Double v = solve(List.of(i), 1);
                        if (v == null) {
                            inconsistencies.add("maximising " + names[i] + " failed");
                            max[i] = Double.NaN;
                        } else {
                            max[i] = snap(v);
                            hi[i] = Math.min(hi[i], max[i]);
                            propagate();
                        }
                        maxDone[i] = true;
                    }
                }
                return true;
            }

            /** Marks the maxima that nothing bounds, with LPs over the recession cone until one finds no new direction. */
            void unbounded(List<Integer> wanted) {
                List<Integer> open = new ArrayList<>(wanted.stream().filter(i -> hi[i] == Double.POSITIVE_INFINITY).toList());
                if (open.isEmpty()) {
                    return;
                }
                ExpressionsBasedModel coneModel = new ExpressionsBasedModel();
                Variable[] d = model(coneModel, true);
                while (!open.isEmpty()) {
                    open.forEach(i -> d[i].weight(1));
                    Optimisation.Result r = coneModel.maximise();
                    open.forEach(i -> d[i].weight(0));
                    lps++;
                    if (!r.getState().isFeasible() || r.getValue() < 1e-7) {
                        return;
                    }
                    List<Integer> left = new ArrayList<>();
                    for (int i : open) {
                        if (r.doubleValue(i) > 1e-7) {
                            max[i] = Double.POSITIVE_INFINITY;
                            maxDone[i] = true;
                        } else {
                            left.add(i);
                        }
                    }
                    if (left.size() == open.size()) {
                        return;
                    }
                    open = left;
                }
            }

            /** Whether the bound (max when {@code upper}) of variable i is known, recording it if it just became so. */
            boolean certify(int i, boolean upper) {
                if (upper) {
                    if (!maxDone[i] && seenMax[i] >= hi[i] - EPS) {
                        max[i] = snap(Math.min(seenMax[i], hi[i]));
                        maxDone[i] = true;
                    }
                    return maxDone[i];
                }
                if (!minDone[i] && seenMin[i] <= lo[i] + EPS) {
                    min[i] = snap(Math.max(seenMin[i], lo[i]));
                    minDone[i] = true;
                }
                return minDone[i];
            }

            /** Maximises (sense 1) or minimises (-1) the sum of the given variables; the optimum, or null if none was found. */
            Double solve(List<Integer> objective, int sense) {
                // unbounded variables stay out of sums: they would make the sum unbounded
                List<Integer> terms = objective.size() == 1 ? objective
                        : objective.stream().filter(i -> sense < 0 || max[i] != Double.POSITIVE_INFINITY).toList();
                terms.forEach(i -> vars[i].weight(1));
                Optimisation.Result r = sense > 0 ? lp.maximise() : lp.minimise();
                terms.forEach(i -> vars[i].weight(0));
                lps++;
                if (DEBUG && terms.size() != 1) {
                    System.out.println("batch of " + terms.size() + " sense " + sense + ": " + r.getState() + " " + r.getValue());
                }
                if (!r.getState().isFeasible()) {
                    return null;
                }
                for (int i = 0; i < n; i++) {
                    double x = r.doubleValue(i);
                    seenMin[i] = Math.min(seenMin[i], x);
                    seenMax[i] = Math.max(seenMax[i], x);
                }
                return terms.isEmpty() ? 0.0 : r.getValue();
            }

            /** Tightens lo and hi by constraint propagation until nothing moves; every bound found is valid for the LP. */
            void propagate() {
                for (int pass = 0; pass < 60; pass++) {
                    boolean changed = false;
                    for (Row row : rows) {
                        int[] v = row.vars();
                        double[] a = row.coefs();
                        // the least and the most the left side can be: finite part and number of infinite terms
                        double least = 0;
                        double most = 0;
                        int leastInf = 0;
                        int mostInf = 0;
                        for (int k = 0; k < v.length; k++) {
                            double l = a[k] > 0 ? a[k] * lo[v[k]] : a[k] * hi[v[k]];
                            double m = a[k] > 0 ? a[k] * hi[v[k]] : a[k] * lo[v[k]];
                            if (Double.isInfinite(l)) {
                                leastInf++;
                            } else {
                                least += l;
                            }
                            if (Double.isInfinite(m)) {
                                mostInf++;
                            } else {
                                most += m;
                            }
                        }
                        for (int k = 0; k < v.length; k++) {
                            int x = v[k];
                            double l = a[k] > 0 ? a[k] * lo[x] : a[k] * hi[x];
                            double m = a[k] > 0 ? a[k] * hi[x] : a[k] * lo[x];
                            if (row.sense() <= 0) {
                                // a_k x ≤ rhs − (least of the others)
                                int inf = leastInf - (Double.isInfinite(l) ? 1 : 0);
                                if (inf == 0) {
                                    double bound = (row.rhs() - (least - (Double.isInfinite(l) ? 0 : l))) / a[k];
                                    changed |= tighten(x, a[k] > 0, bound);
                                }
                            }
                            if (row.sense() >= 0) {
                                // a_k x ≥ rhs − (most of the others)
                                int inf = mostInf - (Double.isInfinite(m) ? 1 : 0);
                                if (inf == 0) {
                                    double bound = (row.rhs() - (most - (Double.isInfinite(m) ? 0 : m))) / a[k];
                                    changed |= tighten(x, a[k] < 0, bound);
                                }
                            }
                        }
                    }
                    if (!changed) {
                        return;
                    }
                }
            }

            /** Lowers hi (when {@code upper}) or raises lo of x to the bound, if that tightens it. */
            private boolean tighten(int x, boolean upper, double bound) {
                if (upper && bound < hi[x] - 1e-9) {
                    hi[x] = Math.max(bound, lo[x]);
                    return true;
                }
                if (!upper && bound > lo[x] + 1e-9) {
                    lo[x] = Math.min(bound, hi[x]);
                    return true;
                }
                return false;
            }
        }

        boolean isZeroByRow(String[] row) {
            // an age option outside the audience is 0 in every group
            return ageQ != null && row[0].equals(ageQ.id()) && !row[1].isEmpty()
                    && ageQ.option(row[1]).map(this::outside).orElse(false);
        }

        /** Whether a node is 0 by definition, directly or as a sum of such nodes. */
        boolean allZero(int n) {
            int root = find(n);
            if (zero.contains(root)) {
                return true;
            }
            List<Integer> parts = auxParts.get(n);
            return parts != null && parts.stream().allMatch(k -> zero.contains(find(k)));
        }

        private static double snap(double x) {
            double r = Math.rint(x);
            double s = Math.abs(x - r) < 1e-6 ? r : x;
            return s == 0 ? 0 : s;
        }

        // ---------------------------------------------------------------- soundness against the truth

        List<String> publishedZeros() {
            List<String> out = new ArrayList<>();
            for (int n : publishedSelf) {
                int root = find(n);
                if (!zero.contains(root) && value.get(root) == 0.0) {
                    out.add(labels.get(n));
                }
            }
            out.sort(null);
            return out;
        }

        List<String> unsound(Map<Cell, Long> counts) {
            Truth index = new Truth(counts);
            Map<Integer, Long> truth = new HashMap<>();
            Function<Integer, Long> t = n -> truth.computeIfAbsent(n, k -> index.sum(covers.get(k)));
            List<String> out = new ArrayList<>();
            for (int[] u : unions) {
                if (!t.apply(u[0]).equals(t.apply(u[1]))) {
                    out.add("identity " + labels.get(u[0]) + " (" + t.apply(u[0]) + ") = " + labels.get(u[1]) + " (" + t.apply(u[1]) + ")");
                }
            }
            for (int n = 0; n < labels.size(); n++) {
                Double v = value.get(find(n));
                if (v != null && Math.abs(v - t.apply(n)) > EPS) {
                    out.add(labels.get(n) + " is " + t.apply(n) + " but the model fixes it at " + v + " (" + valueFrom.get(find(n)) + ")");
                }
            }
            for (Lin lin : lins) {
                double lhs = 0;
                for (Map.Entry<Integer, Double> e : lin.terms().entrySet()) {
                    lhs += e.getValue() * t.apply(e.getKey());
                }
                boolean ok = lin.sense() == 0 ? Math.abs(lhs - lin.rhs()) < EPS : lin.sense() < 0 ? lhs <= lin.rhs() + EPS : lhs >= lin.rhs() - EPS;
                if (!ok) {
                    out.add(lin.label() + ": true left side " + lhs + (lin.sense() == 0 ? " ≠ " : lin.sense() < 0 ? " > " : " < ") + lin.rhs());
                }
            }
            return out;
        }
    }
}
