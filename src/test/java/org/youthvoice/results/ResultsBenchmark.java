package org.youthvoice.results;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.results.Rollups.Cell;
import org.youthvoice.support.Respondents;

/**
 * Prints, for each seed consultation at 10,000 and 1,000,000 synthetic respondents (skewed over every country, the six
 * languages and 40 campaigns, folded into running counts as the service folds them): the time to protect one
 * snapshot (reading the running counts, suppression and its linear-programming audit, with the audit's figures, and
 * storing the set), and the time to serve a results
 * request from the released snapshot. Run with: ./mvnw test -Pbench -Dtest=ResultsBenchmark
 */
@QuarkusTest
class ResultsBenchmark {

    @Inject
    Catalog catalog;

    @Inject
    ResultsService results;

    @Inject
    Snapshots snapshots;

    @Inject
    ItuRegions regions;

    @Inject
    EntityManager em;

    @Test
    void printAuditAndServingTimes() {
        Function<String, String> regionOf = country -> regions.regionOf(country).orElse(ItuRegions.UNKNOWN);
        StringBuilder report = new StringBuilder("results snapshots:");
        for (String id : new String[] {"cyberbullying", "digital-skills"}) {
            Consultation c = catalog.find(id).orElseThrow().consultation();
            for (long n : new long[] {10_000, 1_000_000}) {
                Map<Cell, Long> counts = Respondents.counts(c, n, n, regionOf);
                load(c, counts);
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from result_snapshot where consultation_id = ?1")
                        .setParameter(1, id).executeUpdate());
                long start = System.nanoTime();
                snapshots.releaseIfDue(c, Instant.now());
                double protect = (System.nanoTime() - start) / 1e6;
                Publication p = snapshots.newest(c).publication();
                double served = time(() -> results.results(c, "country"));
                double overall = time(() -> results.results(c, null));
                Publication.Audit a = p.audit();
                report.append(String.format(Locale.ROOT, "%n  %s, %,d responses: releasing a snapshot (reading the counts, protecting them, storing the set) %.0f ms (%,d quantities, %,d hidden,"
                                + " %,d audited, %,d linear programs, %d rounds%s); a request served from it %.2f ms by country, %.2f ms overall",
                        id, n, protect, a.quantities(), a.hidden(), a.audited(), a.linearPrograms(), a.rounds(),
                        a.withheld() ? ", withheld" : "", served, overall));
            }
        }
        System.out.println(report);
    }

    private double time(Runnable query) {
        for (int i = 0; i < 20; i++) {
            QuarkusTransaction.requiringNew().run(query);
        }
        int runs = 200;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            QuarkusTransaction.requiringNew().run(query);
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }

    /** Replaces the consultation's running counts with the given ones. */
    private void load(Consultation c, Map<Cell, Long> counts) {
        long responses = counts.getOrDefault(new Cell("", "", Rollups.ALL, ""), 0L);
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(connection -> {
            for (String table : new String[] {"result_cell", "result_day"}) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where consultation_id = ?")) {
                    delete.setString(1, c.id());
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement day = connection.prepareStatement("insert into result_day (consultation_id, day_of, lang, campaign,"
                    + " channel, region, shard, n) values (?, current_date, 'en', '-', 'web', 'unknown', 0, ?)")) {
                day.setString(1, c.id());
                day.setLong(2, responses);
                day.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into result_cell (consultation_id, question_id,"
                    + " option_code, dim, dim_key, shard, n) values (?, ?, ?, ?, ?, 0, ?)")) {
                for (Map.Entry<Cell, Long> e : counts.entrySet()) {
                    insert.setString(1, c.id());
                    insert.setString(2, e.getKey().question());
                    insert.setString(3, e.getKey().code());
                    insert.setString(4, e.getKey().dim());
                    insert.setString(5, e.getKey().key());
                    insert.setLong(6, e.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }));
    }
}
