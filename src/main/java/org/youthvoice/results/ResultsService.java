package org.youthvoice.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Publish;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.definition.Status;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.results.Rollups.Cell;
import org.youthvoice.system.Refusal;

/**
 * Aggregate results of a consultation from the running counts, with suppression applied to every number. The
 * suppression pattern is computed once for the whole consultation from one reading of the counts; after new responses
 * the previous pattern keeps serving while a fresh one is computed in the background (about a second).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultsService {

    private final EntityManager em;
    private final Catalog catalog;
    private final ItuRegions regions;
    private final Map<String, Computed> cache = new ConcurrentHashMap<>();

    private final boolean serveWhileRefreshing;

    public ResultsService(EntityManager em, Catalog catalog, ItuRegions regions, ResultsConfig config) {
        this.serveWhileRefreshing = config.serveWhileRefreshing();
        this.em = em;
        this.catalog = catalog;
        this.regions = regions;
    }

    private record Computed(long responses, long at, Map<Cell, Long> counts, Set<Cell> hidden,
                            Map<String, Set<String>> keysByDim, Map<Cell, List<Cell>> optionsOf) {
    }

    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

    /** Whether the consultation's results may be shown without a password now. */
    public boolean isPublic(Consultation c) {
        Publish rule = c.results().publish();
        return rule == Publish.LIVE || (rule == Publish.AFTER_CLOSE && catalog.status(c) == Status.CLOSED);
    }

    /** A consultation whose results the public may see now, or a 404 refusal (unknown, or not published yet). */
    public Consultation published(String id) {
        Consultation c = catalog.require(id).consultation();
        if (!isPublic(c)) {
            throw Refusal.notFound(ResultsProblem.NOT_PUBLISHED);
        }
        return c;
    }

    /** The results, overall and, when {@code by} names a breakdown, per group; a 400 refusal for an unknown breakdown. */
    public ResultsView results(Consultation c, String by) {
        if (by != null && !Rollups.DIMENSIONS.contains(by)) {
            throw Refusal.field("by", ResultsProblem.UNKNOWN_BREAKDOWN);
        }
        Computed computed = computed(c);
        Long responses = value(computed, new Cell("", "", Rollups.ALL, ""));
        List<ResultsView.Group> groups = null;
        if (by != null) {
            groups = new ArrayList<>();
            for (String key : computed.keysByDim().getOrDefault(by, Set.of())) {
                Long groupResponses = value(computed, new Cell("", "", by, key));
                if (groupResponses != null) {
                    groups.add(new ResultsView.Group(by, key, groupResponses, questions(c, computed, by, key)));
                }
            }
        }
        return new ResultsView(c.id(), responses, c.results().minCell(), questions(c, computed, Rollups.ALL, ""), groups);
    }

    private List<ResultsView.QuestionResult> questions(Consultation c, Computed computed, String dim, String key) {
        List<ResultsView.QuestionResult> out = new ArrayList<>();
        for (Question q : c.questions()) {
            Long answered = value(computed, new Cell(q.id(), "", dim, key));
            List<ResultsView.OptionResult> options = new ArrayList<>();
            if (q.type() == QuestionType.COUNTRY) {
                computed.optionsOf().getOrDefault(new Cell(q.id(), "", dim, key), List.of()).stream()
                        .filter(cell -> value(computed, cell) != null)
                        .forEach(cell -> options.add(option(cell.code(), value(computed, cell), answered)));
            } else if (q.options() != null) {
                q.options().forEach(o -> options.add(option(o.code(), value(computed, new Cell(q.id(), o.code(), dim, key)), answered)));
            }
            out.add(new ResultsView.QuestionResult(q.id(), answered, options));
        }
        return out;
    }

    private static ResultsView.OptionResult option(String code, Long count, Long answered) {
        if (count == null) {
            return new ResultsView.OptionResult(code, null, null, true);
        }
        Double share = answered == null || answered == 0 ? null : Math.round(10000.0 * count / answered) / 10000.0;
        return new ResultsView.OptionResult(code, count, share, null);
    }

    private static Long value(Computed computed, Cell cell) {
        return computed.hidden().contains(cell) ? null : computed.counts().getOrDefault(cell, 0L);
    }

    /** The channels the consultation's responses came through ("web", "api"), in that order. */
    @SuppressWarnings("unchecked")
    public List<String> channels(Consultation c) {
        return ((List<String>) em.createNativeQuery("select distinct channel from result_day where consultation_id = ?1 order by channel desc")
                .setParameter(1, c.id()).getResultList());
    }

    /** Drops the kept pattern of a consultation, so that the next request computes it anew (for the benchmark). */
    public void forget(String consultationId) {
        cache.remove(consultationId);
    }

    private Computed computed(Consultation c) {
        long responses = ((Number) em.createNativeQuery("select coalesce(sum(n), 0) from result_day where consultation_id = ?1")
                .setParameter(1, c.id()).getSingleResult()).longValue();
        Computed cached = cache.get(c.id());
        if (cached != null && cached.responses() == responses) {
            return cached;
        }
        if (cached != null && serveWhileRefreshing) {
            if (refreshing.add(c.id())) {
                java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        refresh(c, responses);
                    } finally {
                        refreshing.remove(c.id());
                    }
                });
            }
            return cached;
        }
        return compute(c, responses);
    }

    /** Computes a fresh pattern in the background, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void refresh(Consultation c, long responses) {
        compute(c, responses);
    }

    /** Computes one consistent pattern from one reading of the counts; every published number comes from it. */
    private Computed compute(Consultation c, long responses) {
        Map<Cell, Long> universe = Suppression.universe(c, stored(c.id()));
        Set<Cell> hidden = Suppression.suppressed(c, universe, c.results().minCell(),
                country -> regions.regionOf(country).orElse(ItuRegions.UNKNOWN));
        Map<String, Set<String>> keysByDim = new LinkedHashMap<>();
        Map<Cell, List<Cell>> optionsOf = new LinkedHashMap<>();
        universe.keySet().forEach(cell -> {
            keysByDim.computeIfAbsent(cell.dim(), d -> new LinkedHashSet<>()).add(cell.key());
            if (!cell.code().isEmpty()) {
                optionsOf.computeIfAbsent(new Cell(cell.question(), "", cell.dim(), cell.key()), k -> new ArrayList<>()).add(cell);
            }
        });
        Computed fresh = new Computed(responses, System.currentTimeMillis(), universe, hidden, keysByDim, optionsOf);
        cache.put(c.id(), fresh);
        return fresh;
    }

    @SuppressWarnings("unchecked")
    private Map<Cell, Long> stored(String consultationId) {
        Map<Cell, Long> stored = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("select question_id, option_code, dim, dim_key, sum(n) from result_cell where consultation_id = ?1"
                        + " group by question_id, option_code, dim, dim_key")
                .setParameter(1, consultationId).getResultList();
        for (Object[] row : rows) {
            stored.put(new Cell((String) row[0], (String) row[1], (String) row[2], (String) row[3]), ((Number) row[4]).longValue());
        }
        return stored;
    }
}
