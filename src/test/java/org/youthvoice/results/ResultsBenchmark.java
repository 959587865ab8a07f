package org.youthvoice.results;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;

/**
 * Prints the latency of a consultation's results — computing the suppression pattern, and serving a request from it —
 * at 10,000 and 1,000,000
 * synthetic responses. The counts are written as the running counts of that many responses spread over every country,
 * language, age band, gender and 50 campaigns. Run with: ./mvnw test -Pbench
 */
@QuarkusTest
class ResultsBenchmark {

    @Inject
    Catalog catalog;

    @Inject
    ResultsService results;

    @Inject
    EntityManager em;

    @Test
    void printResultsLatency() {
        Consultation seed = catalog.find("cyberbullying").orElseThrow().consultation();
        StringBuilder report = new StringBuilder("results latency (cyberbullying):");
        for (long responses : new long[] {10_000, 1_000_000}) {
            String id = "cyberbullying";
            load(seed, responses);
            double plain = time(() -> results.results(seed, null), id, true);
            double byCountry = time(() -> results.results(seed, "country"), id, true);
            double served = time(() -> results.results(seed, "country"), id, false);
            long rows = ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select count(*) from result_cell where consultation_id = 'cyberbullying'").getSingleResult())).longValue();
            report.append(String.format(Locale.ROOT, "%n  %,d responses (%,d counted cells): computing the pattern %.0f ms overall,"
                    + " %.0f ms by country; a request served from the pattern %.2f ms", responses, rows, plain, byCountry, served));
        }
        System.out.println(report);
    }

    private double time(Runnable query, String id, boolean anew) {
        for (int i = 0; i < 3; i++) {
            if (anew) {
                results.forget(id);
            }
            QuarkusTransaction.requiringNew().run(query);
        }
        int runs = anew ? 10 : 200;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            if (anew) {
                results.forget(id);
            }
            QuarkusTransaction.requiringNew().run(query);
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }

    /** Replaces the consultation's running counts with those of the given number of synthetic responses. */
    private void load(Consultation c, long responses) {
        Random random = new Random(responses);
        String[] countries = Locale.getISOCountries();
        List<String[]> groups = new ArrayList<>();
        groups.add(new String[] {"all", ""});
        for (Question q : c.questions()) {
            if (q.role() != null && q.type() == QuestionType.SINGLE) {
                q.options().forEach(o -> groups.add(new String[] {q.role().code(), o.code()}));
            }
        }
        Arrays.stream(countries).forEach(cc -> groups.add(new String[] {"country", cc}));
        for (String r : List.of("africa", "americas", "arab-states", "asia-pacific", "cis", "europe", "unknown")) {
            groups.add(new String[] {"region", r});
        }
        for (String l : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            groups.add(new String[] {"lang", l});
        }
        for (int i = 0; i < 50; i++) {
            groups.add(new String[] {"campaign", "CAMP" + i});
        }
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from result_cell where consultation_id = ?")) {
                delete.setString(1, c.id());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into result_cell (consultation_id, question_id,"
                    + " option_code, dim, dim_key, n) values (?, ?, ?, ?, ?, ?)")) {
                for (String[] group : groups) {
                    long size = group[0].equals("all") ? responses : Math.max(0, Math.round(responses * share(group[0], random)));
                    add(insert, c.id(), "", "", group, size);
                    for (Question q : c.questions()) {
                        long answered = Math.round(size * (0.6 + 0.4 * random.nextDouble()));
                        add(insert, c.id(), q.id(), "", group, answered);
                        if (q.type() == QuestionType.COUNTRY) {
                            for (String cc : countries) {
                                add(insert, c.id(), q.id(), cc, group, Math.round(answered * random.nextDouble() / countries.length * 2));
                            }
                        } else if (q.options() != null) {
                            q.options().forEach(o -> {
                                try {
                                    add(insert, c.id(), q.id(), o.code(), group, Math.round(answered * random.nextDouble() / q.options().size() * 2));
                                } catch (java.sql.SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            });
                        }
                    }
                    insert.executeBatch();
                }
            }
        }));
    }

    private static double share(String dim, Random random) {
        return switch (dim) {
            case "country" -> random.nextDouble() * 2 / 249;
            case "region" -> random.nextDouble() * 2 / 7;
            case "lang" -> random.nextDouble() * 2 / 6;
            case "campaign" -> random.nextDouble() * 2 / 60;
            default -> random.nextDouble() * 2 / 5;
        };
    }

    private static void add(PreparedStatement insert, String id, String question, String code, String[] group, long n)
            throws java.sql.SQLException {
        insert.setString(1, id);
        insert.setString(2, question);
        insert.setString(3, code);
        insert.setString(4, group[0]);
        insert.setString(5, group[1]);
        insert.setLong(6, n);
        insert.addBatch();
    }
}
