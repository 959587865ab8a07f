package org.youthvoice.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youthvoice.results.Rollups.Cell;

/**
 * The table of released snapshots and the one reading of the running counts a snapshot is computed from, each in a
 * short transaction of its own: protecting a set can take longer than a transaction may stay open, so it runs between
 * the two, outside any.
 */
@ApplicationScoped
public class SnapshotStore {

    /** A stored snapshot as read back, its body not yet parsed. */
    record Row(int seq, Instant at, boolean atClose, String body) {
    }

    /** One reading of a consultation's running counts: responses, cells, and responses by way of answering. */
    record Reading(long responses, Map<Cell, Long> cells, Map<String, Long> channels) {
    }

    private final EntityManager em;

    public SnapshotStore(EntityManager em) {
        this.em = em;
    }

    /** The number of the newest snapshot of a consultation, or null before the first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Integer newestSeq(String consultationId) {
        Number seq = (Number) em.createNativeQuery("select max(seq) from result_snapshot where consultation_id = ?1")
                .setParameter(1, consultationId).getSingleResult();
        return seq == null ? null : seq.intValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Row row(String consultationId, int seq) {
        Object[] row = (Object[]) em.createNativeQuery("select released_at, at_close, body from result_snapshot"
                + " where consultation_id = ?1 and seq = ?2").setParameter(1, consultationId).setParameter(2, seq).getSingleResult();
        return new Row(seq, Instant.ofEpochMilli(((Number) row[0]).longValue()), Boolean.TRUE.equals(row[1]), text(row[2]));
    }

    /** The running counts of a consultation, read together in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    Reading read(String consultationId) {
        Map<String, Long> channels = new LinkedHashMap<>();
        List<Object[]> days = em.createNativeQuery("select channel, sum(n) from result_day where consultation_id = ?1 group by channel")
                .setParameter(1, consultationId).getResultList();
        days.forEach(row -> channels.put((String) row[0], ((Number) row[1]).longValue()));
        Map<Cell, Long> cells = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("select question_id, option_code, dim, dim_key, sum(n) from result_cell where consultation_id = ?1"
                        + " group by question_id, option_code, dim, dim_key")
                .setParameter(1, consultationId).getResultList();
        for (Object[] row : rows) {
            cells.put(new Cell((String) row[0], (String) row[1], (String) row[2], (String) row[3]), ((Number) row[4]).longValue());
        }
        return new Reading(channels.values().stream().mapToLong(Long::longValue).sum(), cells, channels);
    }

    /** Writes snapshot {@code seq} unless a replica wrote it first; true when this one did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean insert(String consultationId, int seq, Instant at, long responses, boolean atClose, String body) {
        return em.createNativeQuery("insert into result_snapshot (consultation_id, seq, released_at, responses, at_close, body)"
                        + " select ?1, ?2, ?3, ?4, ?5, ?6 where not exists (select 1 from result_snapshot where consultation_id = ?1 and seq = ?2)")
                .setParameter(1, consultationId).setParameter(2, seq).setParameter(3, at.toEpochMilli()).setParameter(4, responses)
                .setParameter(5, atClose).setParameter(6, body).executeUpdate() == 1;
    }

    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (String) value;
    }
}
