package org.youthvoice.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.i18n.Lang;
import org.youthvoice.results.Rollups.Cell;

/**
 * The groups of each breakdown that are too small to list, pooled into one group that is never listed either: per
 * region for countries, one per breakdown otherwise. A group is small below twice the minimum cell ({@link #LISTED}). A pool holds at least as
 * many: when its small groups add up to less, the smallest listed groups join it, until it does. So every listed group,
 * and every pool, holds at least twice the minimum cell, and what anyone can work out about a pool (the region's count less its listed countries) is a number
 * about that many respondents together. Each small group's own figures stay hidden inside the pool.
 */
final class Pools {

    /** The key of a pool (for countries followed by the region group it pools). */
    static final String POOL = "~";
    /**
     * A group is listed from this many times the minimum cell: a smaller group has most of its cells hidden, and too
     * few published ones around them to hide them safely.
     */
    static final int LISTED = 2;

    /** The member of a pool that stands for the groups nobody can name one by one: campaigns or countries without responses. */
    static final String UNNAMED = "?";

    /** For each breakdown, the responses of each group before pooling. */
    private final Map<String, Map<String, Long>> sizes = new HashMap<>();
    /** For each breakdown, every group key: listed groups and pools, those without responses included. */
    private final Map<String, Set<String>> keys = new HashMap<>();
    /** For each breakdown, the pool each pooled key went into. */
    private final Map<String, Map<String, String>> poolOf = new HashMap<>();
    /** For each breakdown, each pool's members. */
    private final Map<String, Map<String, Set<String>>> members = new HashMap<>();
    private final Function<String, String> regionOf;

    private Pools(Function<String, String> regionOf) {
        this.regionOf = regionOf;
    }

    /**
     * Pools the groups of the stored counts. Every group anyone can name is a group, with responses or without: each
     * answer of the age and gender questions inside the audience, "no answer" to a question that can be skipped, the
     * six ITU regions, the six languages, "no campaign". Groups nobody can name one by one (campaigns, countries without
     * responses) stand in a pool of their own per breakdown (per region for countries), empty or not. So which groups a
     * breakdown has is the definition's, never the data's: a breakdown with responses in one group only is not read as
     * "everyone is in it".
     */
    static Pools of(Consultation c, Map<Cell, Long> stored, int minCell, Function<String, String> regionOf) {
        Map<String, Map<String, Long>> sizes = new LinkedHashMap<>();
        Rollups.DIMENSIONS.forEach(d -> sizes.put(d, new TreeMap<>()));
        stored.forEach((cell, n) -> {
            if (cell.question().isEmpty() && !cell.dim().equals(Rollups.ALL)) {
                sizes.computeIfAbsent(cell.dim(), d -> new TreeMap<>()).put(cell.key(), n);
            }
        });
        nameable(c).forEach((dim, keys) -> keys.forEach(k -> sizes.get(dim).putIfAbsent(k, 0L)));
        Pools pools = new Pools(regionOf);
        sizes.forEach((dim, groups) -> {
            if (!dim.equals("country")) {
                pools.pool(dim, POOL, groups, minCell);
            }
        });
        pools.unnamed("campaign", POOL);
        Map<String, Map<String, Long>> byRegion = new TreeMap<>();
        sizes.get("country").forEach((country, n) -> byRegion.computeIfAbsent(pools.regionGroup(country), r -> new TreeMap<>()).put(country, n));
        // the countries of pooled regions are pooled whole: a country listed there would bound each region in the pool
        byRegion.forEach((region, groups) -> pools.pool("country", POOL + region, groups, isPool(region) ? Long.MAX_VALUE : minCell));
        if (c.withRole(Role.COUNTRY).isPresent()) {
            sizes.get("region").keySet().stream().map(r -> pools.group("region", r)).filter(r -> !r.equals(ItuRegions.UNKNOWN))
                    .distinct().forEach(r -> pools.unnamed("country", POOL + r));
        }
        sizes.forEach((dim, groups) -> groups.keySet().forEach(k -> pools.keys.computeIfAbsent(dim, d -> new TreeSet<>()).add(pools.group(dim, k))));
        pools.sizes.putAll(sizes);
        return pools;
    }

    /** The groups of each breakdown that anyone can name from the definition alone, with responses or without. */
    private static Map<String, List<String>> nameable(Consultation c) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Role role : List.of(Role.AGE_BAND, Role.GENDER, Role.COUNTRY)) {
            List<String> keys = new ArrayList<>();
            Question q = c.withRole(role).orElse(null);
            if (q != null && q.options() != null) {
                q.options().stream().filter(o -> !Tables.outsideAudience(c, q, o.code())).forEach(o -> keys.add(o.code()));
            }
            if (q == null || !q.required() || q.showIf() != null) {
                keys.add(Rollups.NONE);
            }
            out.put(role.code(), keys);
        }
        Question country = c.withRole(Role.COUNTRY).orElse(null);
        List<String> regions = new ArrayList<>(country == null ? List.of() : ItuRegions.REGIONS);
        if (country == null || !country.required() || country.showIf() != null) {
            regions.add(ItuRegions.UNKNOWN);
        }
        out.put("region", regions);
        out.put("lang", Arrays.stream(Lang.values()).map(Lang::code).toList());
        out.put("campaign", List.of(Rollups.NONE));
        return out;
    }

    private void pool(String dim, String key, Map<String, Long> groups, long minCell) {
        long least = minCell == Long.MAX_VALUE ? minCell : LISTED * minCell;
        List<String> small = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        groups.forEach((k, n) -> (n < least ? small : listed).add(k));
        if (small.isEmpty()) {
            return;
        }
        listed.sort(Comparator.comparingLong((String k) -> groups.get(k)).thenComparing(k -> k));
        long total = small.stream().mapToLong(groups::get).sum();
        // a pool of groups nobody is in tells about no child: it takes no listed group in
        while (total > 0 && total < least && !listed.isEmpty()) {
            String next = listed.remove(0);
            small.add(next);
            total += groups.get(next);
        }
        Set<String> in = new TreeSet<>(small);
        members.computeIfAbsent(dim, d -> new TreeMap<>()).put(key, in);
        in.forEach(k -> poolOf.computeIfAbsent(dim, d -> new HashMap<>()).put(k, key));
    }

    /** Makes sure a breakdown has the pool {@code key}, standing (also) for the groups nobody can name. */
    private void unnamed(String dim, String key) {
        members.computeIfAbsent(dim, d -> new TreeMap<>()).computeIfAbsent(key, k -> new TreeSet<>()).add(UNNAMED);
        keys.computeIfAbsent(dim, d -> new TreeSet<>()).add(key);
    }

    /** Every group key of a breakdown: listed groups and pools, those without responses included, sorted. */
    Set<String> keys(String dim) {
        return keys.getOrDefault(dim, Set.of());
    }

    /** How many responses a group had before pooling (0 for a group nobody is in). */
    long responses(String dim, String key) {
        return sizes.getOrDefault(dim, Map.of()).getOrDefault(key, 0L);
    }

    /** The group a key counts in: its pool, or itself. */
    String group(String dim, String key) {
        return poolOf.getOrDefault(dim, Map.of()).getOrDefault(key, key);
    }

    boolean pooled(String dim, String key) {
        return poolOf.getOrDefault(dim, Map.of()).containsKey(key);
    }

    static boolean isPool(String key) {
        return key.startsWith(POOL);
    }

    /** The members of a pool (empty for a listed group). */
    Set<String> members(String dim, String key) {
        return members.getOrDefault(dim, Map.of()).getOrDefault(key, Set.of(key));
    }

    /** The region group a country counts in: its region, or the pool of small regions. */
    String regionGroup(String country) {
        if (isPool(country)) {
            return country.substring(POOL.length());
        }
        return group("region", country.equals(Rollups.NONE) ? ItuRegions.UNKNOWN : regionOf.apply(country));
    }

    /**
     * The counts with every pooled group's counts added into its pool. The country question's answers are pooled with
     * their countries (it is counted overall only); the answers of an age or gender question keep their codes.
     */
    Map<Cell, Long> apply(Consultation c, Map<Cell, Long> stored) {
        String countryQuestion = c.withRole(Role.COUNTRY).map(Question::id).orElse(null);
        Map<Cell, Long> out = new LinkedHashMap<>();
        stored.forEach((cell, n) -> {
            String key = cell.dim().equals(Rollups.ALL) ? cell.key() : group(cell.dim(), cell.key());
            String code = cell.question().equals(countryQuestion) && !cell.code().isEmpty() ? group("country", cell.code()) : cell.code();
            out.merge(new Cell(cell.question(), code, cell.dim(), key), n, Long::sum);
        });
        return out;
    }
}
