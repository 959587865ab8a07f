package org.youthvoice.results;

import java.util.ArrayList;
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

    /** For each breakdown, the pool each pooled key went into. */
    private final Map<String, Map<String, String>> poolOf = new HashMap<>();
    /** For each breakdown, each pool's members. */
    private final Map<String, Map<String, Set<String>>> members = new HashMap<>();
    private final Function<String, String> regionOf;

    private Pools(Function<String, String> regionOf) {
        this.regionOf = regionOf;
    }

    /**
     * Pools the groups of the stored counts. Age and gender groups include every answer inside the audience, empty or
     * not, because anyone can name them; other breakdowns count only the groups that have responses.
     */
    static Pools of(Consultation c, Map<Cell, Long> stored, int minCell, Function<String, String> regionOf) {
        Map<String, Map<String, Long>> sizes = new LinkedHashMap<>();
        Rollups.DIMENSIONS.forEach(d -> sizes.put(d, new TreeMap<>()));
        stored.forEach((cell, n) -> {
            if (cell.question().isEmpty() && !cell.dim().equals(Rollups.ALL)) {
                sizes.computeIfAbsent(cell.dim(), d -> new TreeMap<>()).put(cell.key(), n);
            }
        });
        for (Role role : List.of(Role.AGE_BAND, Role.GENDER)) {
            c.withRole(role).ifPresent(q -> q.options().stream().filter(o -> !Tables.outsideAudience(c, q, o.code()))
                    .forEach(o -> sizes.get(role.code()).putIfAbsent(o.code(), 0L)));
        }
        Pools pools = new Pools(regionOf);
        sizes.forEach((dim, groups) -> {
            if (!dim.equals("country")) {
                pools.pool(dim, POOL, groups, minCell);
            }
        });
        Map<String, Map<String, Long>> byRegion = new TreeMap<>();
        sizes.get("country").forEach((country, n) -> byRegion.computeIfAbsent(pools.regionGroup(country), r -> new TreeMap<>()).put(country, n));
        // the countries of pooled regions are pooled whole: a country listed there would bound each region in the pool
        byRegion.forEach((region, groups) -> pools.pool("country", POOL + region, groups, isPool(region) ? Long.MAX_VALUE : minCell));
        return pools;
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
        while (total < least && !listed.isEmpty()) {
            String next = listed.remove(0);
            small.add(next);
            total += groups.get(next);
        }
        Set<String> in = new TreeSet<>(small);
        members.computeIfAbsent(dim, d -> new TreeMap<>()).put(key, in);
        in.forEach(k -> poolOf.computeIfAbsent(dim, d -> new HashMap<>()).put(k, key));
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
        return group("region", country.equals(Rollups.NONE) ? org.youthvoice.i18n.ItuRegions.UNKNOWN : regionOf.apply(country));
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
