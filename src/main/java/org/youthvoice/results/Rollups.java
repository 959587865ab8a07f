package org.youthvoice.results;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.response.ResponseStored;
import org.youthvoice.response.StoredAnswer;
import org.youthvoice.response.StoredResponse;

/**
 * Adds each stored response to the running counts, in the response's own transaction: a day row for participation,
 * and a cell per question, option and breakdown group for results. Counts outlive the raw responses.
 */
@ApplicationScoped
public class Rollups {

    /** The breakdown dimensions of results, besides the overall one. */
    public static final List<String> DIMENSIONS = List.of("age_band", "gender", "region", "country", "lang", "campaign");
    public static final String ALL = "all";
    static final String NONE = "-";
    /** Each transaction adds to one of this many copies of its rows, so that concurrent responses rarely wait. */
    static final int SHARDS = 8;

    private final EntityManager em;
    private final ItuRegions regions;

    public Rollups(EntityManager em, ItuRegions regions) {
        this.em = em;
        this.regions = regions;
    }

    /** One counted cell: a question and option (or '' for the totals) within one group of one dimension. */
    public record Cell(String question, String code, String dim, String key) {
    }

    /**
     * Adds a response just stored to the counts, last in its transaction: what it wrote before is flushed first, so that
     * the shared count rows are locked only from here to the commit.
     */
    void count(@Observes @Priority(ResponseStored.COUNTS) ResponseStored stored) {
        em.flush();
        add(stored.consultation(), stored.response());
    }

    /** Adds a response to the counts; call inside the transaction that stores it. */
    public void add(Consultation c, StoredResponse r) {
        String region = region(c, r);
        List<Cell> cells = cells(c, r, region);
        short shard = (short) java.util.concurrent.ThreadLocalRandom.current().nextInt(SHARDS);
        em.unwrap(Session.class).doWork(connection -> {
            increment(connection, "update result_day set n = n + 1 where consultation_id = ? and day_of = ? and lang = ?"
                            + " and campaign = ? and channel = ? and region = ? and shard = ?",
                    "insert into result_day (consultation_id, day_of, lang, campaign, channel, region, shard, n) values (?, ?, ?, ?, ?, ?, ?, 1)",
                    java.util.Collections.singletonList(new Object[] {c.id(), java.sql.Date.valueOf(r.submittedHour.toLocalDate()), r.lang,
                            r.campaign == null ? NONE : r.campaign, r.channel == null ? "web" : r.channel, region, shard}));
            List<Object[]> rows = new ArrayList<>();
            cells.forEach(cell -> rows.add(new Object[] {c.id(), cell.question(), cell.code(), cell.dim(), cell.key(), shard}));
            increment(connection, "update result_cell set n = n + 1 where consultation_id = ? and question_id = ? and option_code = ?"
                            + " and dim = ? and dim_key = ? and shard = ?",
                    "insert into result_cell (consultation_id, question_id, option_code, dim, dim_key, shard, n) values (?, ?, ?, ?, ?, ?, 1)",
                    rows);
        });
    }

    /** The cells one response adds to: for the overall group and each breakdown group it belongs to. */
    public static List<Cell> cells(Consultation c, StoredResponse r, String region) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (StoredAnswer a : r.answers) {
            codes.computeIfAbsent(a.questionId, k -> new ArrayList<>());
            if (a.optionCode != null) {
                codes.get(a.questionId).add(a.optionCode);
            }
        }
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(ALL, "");
        groups.put("age_band", first(c, codes, Role.AGE_BAND));
        groups.put("gender", first(c, codes, Role.GENDER));
        groups.put("region", region);
        groups.put("country", first(c, codes, Role.COUNTRY));
        groups.put("lang", r.lang);
        groups.put("campaign", r.campaign == null ? NONE : r.campaign);
        Set<Cell> cells = new LinkedHashSet<>();
        groups.forEach((dim, key) -> {
            cells.add(new Cell("", "", dim, key));
            for (Question q : c.questions()) {
                List<String> given = codes.get(q.id());
                if (given == null) {
                    continue;
                }
                cells.add(new Cell(q.id(), "", dim, key));
                if (q.type() != QuestionType.TEXT) {
                    given.forEach(code -> cells.add(new Cell(q.id(), code, dim, key)));
                }
            }
        });
        return List.copyOf(cells);
    }

    private String region(Consultation c, StoredResponse r) {
        String country = first(c, codesOf(r), Role.COUNTRY);
        return country.equals(NONE) ? ItuRegions.UNKNOWN : regions.regionOf(country).orElse(ItuRegions.UNKNOWN);
    }

    private static Map<String, List<String>> codesOf(StoredResponse r) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        r.answers.stream().filter(a -> a.optionCode != null)
                .forEach(a -> codes.computeIfAbsent(a.questionId, k -> new ArrayList<>()).add(a.optionCode));
        return codes;
    }

    private static String first(Consultation c, Map<String, List<String>> codes, Role role) {
        return c.withRole(role).map(q -> codes.get(q.id())).filter(l -> l != null && !l.isEmpty()).map(l -> l.get(0)).orElse(NONE);
    }

    /** Adds one to each row: a batch of updates, then inserts for the rows that did not exist yet. */
    private static void increment(Connection connection, String update, String insert, List<Object[]> rows) throws SQLException {
        List<Object[]> missing = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            int[] updated = statement.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    missing.add(rows.get(i));
                }
            }
        }
        if (!missing.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Object[] row : missing) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            statement.setObject(i + 1, row[i]);
        }
    }
}
