package org.youthvoice.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.youthvoice.catalog.ResponseCounts;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.i18n.Lang;

/** How many young people take part: responses by day, region, language and campaign (running counts), and flows started. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Participation implements ResponseCounts {

    private final EntityManager em;
    private final ItuRegions regions;
    private final Clock clock;

    public Participation(EntityManager em, ItuRegions regions, Clock clock) {
        this.em = em;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional
    public void started(String consultationId, Lang lang, String campaign) {
        FlowStart start = new FlowStart();
        start.consultationId = consultationId;
        start.day = LocalDate.now(clock);
        start.lang = lang.code();
        start.campaign = campaign;
        em.persist(start);
    }

    /** The participation figures of one consultation within [from, to] (inclusive days). */
    public record Figures(long responses, long webResponses, long started, Map<LocalDate, Long> byDay,
                          Map<String, Long> byRegion, Map<String, Long> byLang, Map<String, Long> byCampaign) {

        /** Web responses per flow started, or null before any start. */
        public Double completion() {
            return started == 0 ? null : Math.min(1.0, (double) webResponses / started);
        }
    }

    public Figures figures(String consultationId, LocalDate from, LocalDate to) {
        String range = " from result_day where consultation_id = ?1 and day_of >= ?2 and day_of <= ?3";
        Object[] args = {consultationId, from, to};
        long responses = count("select coalesce(sum(n), 0)" + range, args);
        long web = count("select coalesce(sum(n), 0)" + range + " and channel = 'web'", args);
        long started = count("select count(*) from flow_start where consultation_id = ?1 and started_on >= ?2 and started_on <= ?3",
                consultationId, from, to);
        Map<LocalDate, Long> byDay = days(grouped("select day_of, sum(n)" + range + " group by day_of", args));
        Map<String, Long> byLang = keyed(grouped("select lang, sum(n)" + range + " group by lang", args));
        Map<String, Long> byCampaign = keyed(grouped("select campaign, sum(n)" + range + " group by campaign", args));
        Map<String, Long> byRegion = new LinkedHashMap<>();
        regions.regions().forEach(r -> byRegion.put(r, 0L));
        byRegion.put(ItuRegions.UNKNOWN, 0L);
        grouped("select region, sum(n)" + range + " group by region", args).forEach((k, v) -> byRegion.merge(String.valueOf(k), v, Long::sum));
        return new Figures(responses, web, started, byDay, byRegion, byLang, byCampaign);
    }

    @Override
    public Map<LocalDate, Long> perDay(String consultationId) {
        return days(grouped("select day_of, sum(n) from result_day where consultation_id = ?1 group by day_of", consultationId));
    }

    /** Responses of one campaign by day and language. */
    public Map<LocalDate, Map<String, Long>> campaignByDay(String code) {
        Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day_of, lang, sum(n) from result_day where campaign = ?1"
                + " group by day_of, lang").setParameter(1, code).getResultList();
        for (Object[] row : rows) {
            days.computeIfAbsent(day(row[0]), k -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        return days;
    }

    private long count(String sql, Object... args) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Long> grouped(String sql, Object... args) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        Map<Object, Long> out = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            out.put(row[0], ((Number) row[1]).longValue());
        }
        return out;
    }

    private static Map<LocalDate, Long> days(Map<Object, Long> grouped) {
        Map<LocalDate, Long> out = new TreeMap<>();
        grouped.forEach((k, v) -> out.put(day(k), v));
        return out;
    }

    /** A date column as the drivers return it (java.sql.Date, or LocalDate with newer drivers). */
    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString());
    }

    private static Map<String, Long> keyed(Map<Object, Long> grouped) {
        Map<String, Long> out = new TreeMap<>();
        grouped.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
