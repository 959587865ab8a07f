package org.youthvoice.reports;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.Texts;
import org.youthvoice.i18n.Lang;
import org.youthvoice.results.ResultsService;
import org.youthvoice.results.ResultsView;
import org.youthvoice.results.Rollups;
import org.youthvoice.system.Csv;
import org.youthvoice.system.Downloads;

/** The open-data bundle of published results: the aggregates as CSV, every breakdown, plus a data dictionary. */
@Path("/api/v1/consultations/{id}/open-data.zip")
@Tag(name = "Consultations")
public class OpenDataApi {

    private final Catalog catalog;
    private final ResultsService results;
    private final ResultsExport export;

    public OpenDataApi(Catalog catalog, ResultsService results, ResultsExport export) {
        this.catalog = catalog;
        this.results = results;
        this.export = export;
    }

    @GET
    @Produces("application/zip")
    @Operation(summary = "Open data of published results: results.csv (overall and every breakdown, suppression applied) and"
            + " dictionary.csv (questions and option codes with their texts in the six languages)")
    public Response bundle(@PathParam("id") String id) {
        Consultation c = results.published(id);
        List<List<String>> rows = new ArrayList<>(export.rows(c, results.results(c, null), Lang.EN));
        for (String by : Rollups.DIMENSIONS) {
            ResultsView view = results.results(c, by);
            rows.addAll(export.rows(c, new ResultsView(view.id(), view.responses(), view.minCell(), List.of(), view.groups()), Lang.EN));
        }
        String resultsCsv = export.csv(rows);
        String dictionary = dictionary(c);
        StreamingOutput body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("results.csv"));
                zip.write(resultsCsv.getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("dictionary.csv"));
                zip.write(dictionary.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        };
        return Downloads.attachment(body, "application/zip", id + "-open-data.zip");
    }

    /** One row per question and per option: id, type, role, code, and the text in each of the six languages. */
    static String dictionary(Consultation c) {
        List<String> header = new ArrayList<>(List.of("question_id", "type", "role", "option_code"));
        for (Lang l : Lang.values()) {
            header.add("text_" + l.code());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Question q : c.questions()) {
            String role = q.role() == null ? "" : q.role().code();
            rows.add(row(List.of(q.id(), q.type().code(), role, ""), q.text()));
            if (q.options() != null) {
                q.options().forEach(o -> rows.add(row(List.of(q.id(), q.type().code(), role, o.code()), o.label())));
            }
        }
        return Csv.of(header, rows);
    }

    private static List<String> row(List<String> head, Texts texts) {
        List<String> cells = new ArrayList<>(head);
        for (Lang l : Lang.values()) {
            cells.add(texts.get(l));
        }
        return cells;
    }
}
