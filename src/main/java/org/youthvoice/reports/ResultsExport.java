package org.youthvoice.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.youthvoice.access.Audit;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.i18n.Countries;
import org.youthvoice.i18n.Lang;
import org.youthvoice.results.ResultsView;
import org.youthvoice.system.Csv;
import org.youthvoice.system.Downloads;

/** Aggregates as rows (codes and labels in one language), written as CSV or as XLSX with a sheet per question. */
@ApplicationScoped
public class ResultsExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Audit audit;

    public ResultsExport(Audit audit) {
        this.audit = audit;
    }

    /** The stable column names of the CSV and of each XLSX sheet. */
    public static final List<String> COLUMNS = List.of("consultation", "question_id", "question", "by", "group", "option_code",
            "option_label", "count", "share", "suppressed");

    /** Every published number of the results, overall (by "all") and per group, one row per option. */
    public List<List<String>> rows(Consultation c, ResultsView view, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        add(rows, c, view.questions(), "all", "", lang);
        if (view.groups() != null) {
            view.groups().forEach(g -> add(rows, c, g.questions(), g.by(), g.key(), lang));
        }
        return rows;
    }

    private static void add(List<List<String>> rows, Consultation c, List<ResultsView.QuestionResult> questions, String by,
                            String group, Lang lang) {
        for (int i = 0; i < questions.size(); i++) {
            Question q = c.questions().get(i);
            ResultsView.QuestionResult r = questions.get(i);
            rows.add(List.of(c.id(), q.id(), q.text().get(lang), by, group, "", "", text(r.answered()), "",
                    String.valueOf(r.answered() == null)));
            for (ResultsView.OptionResult o : r.options()) {
                String label = q.option(o.code()).map(opt -> opt.label().get(lang)).orElseGet(() -> Countries.name(o.code(), lang));
                rows.add(List.of(c.id(), q.id(), q.text().get(lang), by, group, o.code(), label, text(o.count()),
                        o.share() == null ? "" : String.valueOf(o.share()), String.valueOf(Boolean.TRUE.equals(o.suppressed()))));
            }
        }
    }

    /** The export formats of aggregates, by file extension. */
    public static final List<String> FORMATS = List.of("csv", "xlsx", "json");

    /**
     * The aggregates as a download in one of {@link #FORMATS}, the export audited in the staff member's name; for JSON,
     * one object per row with the CSV's column names as keys.
     */
    public Response download(String actor, String name, Consultation c, ResultsView view, String by, Lang lang, String format) {
        audit.record(actor, Audit.Action.EXPORT, "results " + name, format + " by=" + by + " lang=" + lang.code());
        List<List<String>> rows = rows(c, view, lang);
        String file = name + "-results." + format;
        return switch (format) {
            case "csv" -> Downloads.attachment(csv(rows), Downloads.CSV, file);
            case "json" -> Downloads.attachment(json(rows), MediaType.APPLICATION_JSON, file);
            default -> Downloads.attachment((StreamingOutput) out -> xlsx(c, rows, out), XLSX, file);
        };
    }

    /** The rows as objects keyed by the column names. */
    static List<Map<String, String>> json(List<List<String>> rows) {
        return rows.stream().map(row -> {
            Map<String, String> object = new LinkedHashMap<>();
            for (int col = 0; col < COLUMNS.size(); col++) {
                object.put(COLUMNS.get(col), row.get(col));
            }
            return object;
        }).toList();
    }

    /** The rows as CSV under the stable column names. */
    public String csv(List<List<String>> rows) {
        return Csv.of(COLUMNS, rows);
    }

    /** An XLSX workbook with a sheet per question (named by its id). */
    public void xlsx(Consultation c, List<List<String>> rows, OutputStream out) {
        try (Workbook workbook = new Workbook(out, "youthvoice", "1.0")) {
            for (Question q : c.questions()) {
                Worksheet sheet = workbook.newWorksheet(q.id().length() > 31 ? q.id().substring(0, 31) : q.id());
                for (int col = 0; col < COLUMNS.size(); col++) {
                    sheet.value(0, col, COLUMNS.get(col));
                }
                int line = 1;
                for (List<String> row : rows) {
                    if (row.get(1).equals(q.id())) {
                        for (int col = 0; col < row.size(); col++) {
                            String cell = row.get(col);
                            if (col == 7 && !cell.isEmpty()) {
                                sheet.value(line, col, Long.parseLong(cell));
                            } else if (col == 8 && !cell.isEmpty()) {
                                sheet.value(line, col, Double.parseDouble(cell));
                            } else {
                                sheet.value(line, col, cell);
                            }
                        }
                        line++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Long n) {
        return n == null ? "" : String.valueOf(n);
    }

}
