package org.youthvoice.stewardship;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.youthvoice.access.Audit;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.privacy.TextCipher;
import org.youthvoice.system.Csv;
import org.youthvoice.system.Downloads;

/**
 * Writes a consultation's stored responses as de-identified microdata CSV for research: one row per response with a
 * running number, the campaign's ITU region instead of its code, the day instead of the hour, codes for choices and
 * the scrubbed text of free answers, a possible disclosure of harm withheld. Streamed from one cursor in constant memory.
 */
@ApplicationScoped
public class Microdata {

    /** The fixed columns before one column per question id, in the definition's order. */
    public static final List<String> COLUMNS = List.of("row", "version", "lang", "channel", "region", "day");
    /** What a text flagged as a possible disclosure of harm shows instead of its words. */
    public static final String WITHHELD = "[withheld]";
    /** What a text that no configured key opens shows: the export goes on rather than stopping half-written. */
    public static final String UNREADABLE = "[unreadable]";

    private static final Logger LOG = Logger.getLogger(Microdata.class);
    private static final int FETCH_SIZE = 500;
    // Ordered by the random response id: rows follow neither submission time nor campaign.
    private static final String QUERY = "select r.id, r.version, r.lang, r.channel, r.campaign, r.submitted_hour,"
            + " a.question_id, a.option_code, a.text_value, a.harm_flag from response r"
            + " left join response_answer a on a.response_id = r.id where r.consultation_id = ? order by r.id";

    // Every datasource, of which the active one is read: the one not in use is inactive and cannot be injected.
    private final InjectableInstance<AgroalDataSource> dataSources;
    private final TextCipher cipher;
    private final Audit audit;

    public Microdata(@Any InjectableInstance<AgroalDataSource> dataSources, TextCipher cipher, Audit audit) {
        this.dataSources = dataSources;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The download of the consultation's microdata, its export audited in the staff member's name before it streams. */
    public Response download(String actor, Consultation c) {
        audit.record(actor, Audit.Action.EXPORT, "microdata " + c.id(), "csv");
        StreamingOutput body = out -> write(c, out);
        return Downloads.attachment(body, Downloads.CSV, c.id() + "-microdata.csv");
    }

    /** Writes the header and every response of the consultation, in UTF-8, to {@code out} (left open). */
    public void write(Consultation c, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Csv csv = Csv.to(w);
        List<String> header = new ArrayList<>(COLUMNS);
        c.questions().forEach(q -> header.add(q.id()));
        csv.line(header);
        try (Connection connection = dataSources.getActive().getConnection()) {
            // PostgreSQL honours the fetch size only with a cursor, which lives inside a transaction.
            connection.setAutoCommit(false);
            try {
                Map<String, String> regions = regions(connection, c.id());
                rows(connection, c, regions, csv);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("the microdata of " + c.id() + " could not be read", e);
        }
        csv.flush();
    }

    private static Map<String, String> regions(Connection connection, String consultationId) throws SQLException {
        Map<String, String> regions = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("select code, region from campaign where consultation_id = ?")) {
            st.setString(1, consultationId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    regions.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return regions;
    }

    /** Walks the answers, grouped by response, and writes a row each time the response changes. */
    private void rows(Connection connection, Consultation c, Map<String, String> regions, Csv csv) throws SQLException, IOException {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < c.questions().size(); i++) {
            column.put(c.questions().get(i).id(), i);
        }
        try (PreparedStatement st = connection.prepareStatement(QUERY, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            st.setFetchSize(FETCH_SIZE);
            st.setString(1, c.id());
            try (ResultSet rs = st.executeQuery()) {
                Object current = null;
                long row = 0;
                long unreadable = 0;
                List<String> fixed = null;
                List<List<String>> answers = null;
                while (rs.next()) {
                    Object id = rs.getObject(1);
                    if (!id.equals(current)) {
                        if (current != null) {
                            csv.line(cells(c, fixed, answers));
                        }
                        current = id;
                        String campaign = rs.getString(5);
                        fixed = List.of(String.valueOf(++row), String.valueOf(rs.getInt(2)), rs.getString(3), orEmpty(rs.getString(4)),
                                campaign == null ? "" : orEmpty(regions.get(campaign)),
                                rs.getObject(6, LocalDateTime.class).toLocalDate().toString());
                        answers = new ArrayList<>(c.questions().size());
                        for (int i = 0; i < c.questions().size(); i++) {
                            answers.add(new ArrayList<>(1));
                        }
                    }
                    Integer at = rs.getString(7) == null ? null : column.get(rs.getString(7));
                    if (at == null) {
                        continue;
                    }
                    String code = rs.getString(8);
                    String sealed = rs.getString(9);
                    if (code != null) {
                        answers.get(at).add(code);
                    } else if (sealed != null) {
                        String text = text(sealed, rs.getBoolean(10), c.id(), rs.getString(7));
                        unreadable += UNREADABLE.equals(text) ? 1 : 0;
                        answers.get(at).add(text);
                    }
                }
                if (current != null) {
                    csv.line(cells(c, fixed, answers));
                }
                if (unreadable > 0) {
                    LOG.warnf("microdata of %s: %d free-text answers did not open with the configured keys", c.id(), unreadable);
                }
            }
        }
    }

    private String text(String sealed, boolean harm, String consultationId, String questionId) {
        if (harm) {
            return WITHHELD;
        }
        try {
            return cipher.open(sealed, consultationId, questionId);
        } catch (IllegalArgumentException e) {
            return UNREADABLE;
        }
    }

    /** The fixed cells, then each question's codes (a multiple choice in the definition's option order) or text. */
    private static List<String> cells(Consultation c, List<String> fixed, List<List<String>> answers) {
        List<String> cells = new ArrayList<>(fixed);
        for (int i = 0; i < answers.size(); i++) {
            Question q = c.questions().get(i);
            List<String> values = answers.get(i);
            if (q.type() == QuestionType.MULTIPLE && values.size() > 1 && q.options() != null) {
                List<String> order = q.options().stream().map(o -> o.code()).toList();
                values.sort(Comparator.comparingInt(code -> order.contains(code) ? order.indexOf(code) : order.size()));
            }
            cells.add(String.join(";", values));
        }
        return cells;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
