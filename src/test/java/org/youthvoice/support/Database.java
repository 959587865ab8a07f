package org.youthvoice.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.youthvoice.response.StoredResponse;
import org.youthvoice.stewardship.Quote;

/** Test access to what the database really holds. */
public final class Database {

    private Database() {
    }

    /** The application's entity manager, for the static helpers of the tests. */
    public static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    public static long responses() {
        return QuarkusTransaction.requiringNew().call(() -> em().createQuery("select count(*) from StoredResponse", Long.class)
                .getSingleResult());
    }

    public static long responses(String consultationId) {
        return QuarkusTransaction.requiringNew().call(() -> em().createQuery("select count(*) from StoredResponse where consultationId = ?1",
                Long.class).setParameter(1, consultationId).getSingleResult());
    }

    /** What a stored response adds to: responses, their answers, day and result counts, quotes; and flows started. */
    public record Counts(long responses, long answers, long days, long cells, long quotes, long starts) {

        public Counts minus(Counts earlier) {
            return new Counts(responses - earlier.responses, answers - earlier.answers, days - earlier.days,
                    cells - earlier.cells, quotes - earlier.quotes, starts - earlier.starts);
        }

        /** True when nothing was stored: flows started are not a response and may be counted apart. */
        public boolean storesNothing() {
            return responses == 0 && answers == 0 && days == 0 && cells == 0 && quotes == 0;
        }
    }

    /** The rows of the response tables and the sums of the running counts, read in one statement. */
    public static Counts counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em().createNativeQuery("select"
                    + " (select count(*) from response), (select count(*) from response_answer),"
                    + " (select coalesce(sum(n), 0) from result_day), (select coalesce(sum(n), 0) from result_cell),"
                    + " (select count(*) from quote), (select count(*) from flow_start)").getSingleResult();
            return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue());
        });
    }

    /** The id of the last quote queued for moderation, 0 when none. */
    public static long lastQuote() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em()
                .createNativeQuery("select coalesce(max(id), 0) from quote").getSingleResult()).longValue());
    }

    /**
     * Rejects, as a steward would, the quotes still pending that were queued after {@code lastQuote}: hundreds of
     * generated answers would otherwise fill the steward's queue that other tests read.
     */
    public static void rejectQuotesAfter(long lastQuote) {
        QuarkusTransaction.requiringNew().run(() -> em().createQuery("update Quote set status = ?1 where id > ?2 and status = ?3")
                .setParameter(1, Quote.REJECTED).setParameter(2, lastQuote).setParameter(3, Quote.PENDING).executeUpdate());
    }

    public static StoredResponse response(UUID receipt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredResponse r = em().find(StoredResponse.class, receipt);
            if (r != null) {
                r.answers.size();
            }
            return r;
        });
    }

    /** The scrubbed text of a stored answer, opened with the service's key. */
    public static String text(org.youthvoice.privacy.TextCipher cipher, StoredResponse response, String questionId) {
        return response.answers.stream().filter(a -> a.questionId.equals(questionId) && a.textValue != null)
                .map(a -> cipher.open(a.textValue, response.consultationId, questionId)).findFirst().orElse(null);
    }

    /** Every value of every column of every table of the application's schema, as text: a full dump. */
    @SuppressWarnings("unchecked")
    public static String dump(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder out = new StringBuilder();
            List<String> tables = em.createNativeQuery("select table_name from information_schema.tables "
                    + "where lower(table_schema) = lower(current_schema()) and table_type in ('BASE TABLE', 'TABLE')").getResultList();
            for (String table : tables) {
                for (Object row : em.createNativeQuery("select * from \"" + table + "\"").getResultList()) {
                    out.append(table).append(": ");
                    if (row instanceof Object[] cells) {
                        for (Object cell : cells) {
                            out.append(cell).append(" | ");
                        }
                    } else {
                        out.append(row);
                    }
                    out.append('\n');
                }
            }
            return out.toString();
        });
    }
}
