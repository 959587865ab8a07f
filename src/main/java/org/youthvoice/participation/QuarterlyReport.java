package org.youthvoice.participation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.system.Csv;

/** Responses per ITU region and consultation in one quarter, for the regional offices' quarterly report. */
@ApplicationScoped
public class QuarterlyReport {

    private final Participation participation;
    private final Catalog catalog;
    private final ItuRegions regions;

    public QuarterlyReport(Participation participation, Catalog catalog, ItuRegions regions) {
        this.participation = participation;
        this.catalog = catalog;
        this.regions = regions;
    }

    /** One row of the report: a region (or "unknown") with its responses per consultation, in column order. */
    public record Row(String region, List<Long> counts, long total) {
    }

    /** The report: consultation ids as columns, a row per region, and the column totals. */
    public record Report(Quarter quarter, List<String> consultations, List<Row> rows, List<Long> totals, long total) {
    }

    public Report of(Quarter quarter) {
        List<String> ids = catalog.all().stream().map(v -> v.consultation().id()).toList();
        Map<String, Map<String, Long>> byConsultation = new LinkedHashMap<>();
        for (String id : ids) {
            byConsultation.put(id, participation.figures(id, quarter.first(), quarter.last()).byRegion());
        }
        List<String> keys = new ArrayList<>(regions.regions());
        keys.add(ItuRegions.UNKNOWN);
        List<Row> rows = new ArrayList<>();
        for (String region : keys) {
            List<Long> counts = ids.stream().map(id -> byConsultation.get(id).getOrDefault(region, 0L)).toList();
            rows.add(new Row(region, counts, counts.stream().mapToLong(Long::longValue).sum()));
        }
        List<Long> totals = ids.stream().map(id -> byConsultation.get(id).values().stream().mapToLong(Long::longValue).sum()).toList();
        return new Report(quarter, ids, rows, totals, totals.stream().mapToLong(Long::longValue).sum());
    }

    /** The report as CSV (UTF-8, one line per region and consultation): quarter,region,consultation,responses. */
    public String csv(Report report) {
        List<List<String>> lines = new ArrayList<>();
        for (Row row : report.rows()) {
            for (int i = 0; i < report.consultations().size(); i++) {
                lines.add(List.of(report.quarter().toString(), row.region(), report.consultations().get(i), String.valueOf(row.counts().get(i))));
            }
        }
        return Csv.of(List.of("quarter", "region", "consultation", "responses"), lines);
    }
}
