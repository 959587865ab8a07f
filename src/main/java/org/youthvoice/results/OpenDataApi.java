package org.youthvoice.results;

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
import org.youthvoice.api.ApiErrors;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.i18n.Lang;
import org.youthvoice.response.AnswerError;
import org.youthvoice.response.AnswerProblem;
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
        Consultation c = catalog.find(id).map(v -> v.consultation()).orElse(null);
        if (c == null || !results.isPublic(c)) {
            return ApiErrors.response(Response.Status.NOT_FOUND, List.of(AnswerError.general(AnswerProblem.NOT_FOUND)), Lang.DEFAULT);
        }
        List<List<String>> rows = new ArrayList<>(export.rows(c, results.results(c, null).orElseThrow(), Lang.EN));
        for (String by : Rollups.DIMENSIONS) {
            ResultsView view = results.results(c, by).orElseThrow();
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

    /** One row per question and per option: id, type, code, and the text in each of the six languages. */
    static String dictionary(Consultation c) {
        StringBuilder out = new StringBuilder("question_id,type,role,option_code");
        for (Lang l : Lang.values()) {
            out.append(",text_").append(l.code());
        }
        out.append('\n');
        for (Question q : c.questions()) {
            line(out, List.of(q.id(), q.type().code(), q.role() == null ? "" : q.role().code(), ""), l -> q.text().get(l));
            if (q.options() != null) {
                q.options().forEach(o -> line(out, List.of(q.id(), q.type().code(), q.role() == null ? "" : q.role().code(), o.code()),
                        l -> o.label().get(l)));
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> head, java.util.function.Function<Lang, String> text) {
        List<String> cells = new ArrayList<>(head);
        for (Lang l : Lang.values()) {
            cells.add(text.apply(l));
        }
        out.append(String.join(",", cells.stream().map(v -> v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v).toList()))
                .append('\n');
    }
}
