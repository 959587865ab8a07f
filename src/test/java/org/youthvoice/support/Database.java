package org.youthvoice.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.youthvoice.response.StoredResponse;

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
