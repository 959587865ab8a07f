package org.youthvoice.results;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.api.ApiErrors;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.i18n.Lang;
import org.youthvoice.staff.Audit;
import org.youthvoice.staff.StaffRole;

/** Results for the chair at any time (suppression applied all the same) and their exports, audited. */
@Path("/api/v1/admin/results/{id}")
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.CHAIR_NAME})
@Tag(name = "Staff API")
public class StaffResultsApi {

    private final Catalog catalog;
    private final ResultsService results;
    private final ResultsExport export;
    private final Audit audit;
    private final SecurityIdentity identity;

    public StaffResultsApi(Catalog catalog, ResultsService results, ResultsExport export, Audit audit, SecurityIdentity identity) {
        this.catalog = catalog;
        this.results = results;
        this.export = export;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The results, published or not yet, with suppression applied (admin, chair)")
    public Response view(@PathParam("id") String id, @QueryParam("by") String by) {
        return withResults(id, by, (c, r) -> Response.ok(r).build());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The results as CSV (UTF-8, stable columns, codes and labels in ?lang=), overall and ?by= groups (admin, chair; audited)")
    public Response csv(@PathParam("id") String id, @QueryParam("by") String by, @QueryParam("lang") String lang) {
        Lang l = Lang.of(lang).orElse(Lang.DEFAULT);
        return withResults(id, by, (c, r) -> {
            audit.record(identity.getPrincipal().getName(), Audit.Action.EXPORT, "results " + id, "csv by=" + by + " lang=" + l.code());
            return Response.ok(export.csv(export.rows(c, r, l))).type("text/csv; charset=UTF-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-results.csv\"").build();
        });
    }

    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The results as XLSX, a sheet per question (admin, chair; audited)")
    public Response xlsx(@PathParam("id") String id, @QueryParam("by") String by, @QueryParam("lang") String lang) {
        Lang l = Lang.of(lang).orElse(Lang.DEFAULT);
        return withResults(id, by, (c, r) -> {
            audit.record(identity.getPrincipal().getName(), Audit.Action.EXPORT, "results " + id, "xlsx by=" + by + " lang=" + l.code());
            var rows = export.rows(c, r, l);
            StreamingOutput body = out -> export.xlsx(c, rows, out);
            return Response.ok(body).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-results.xlsx\"").build();
        });
    }

    /** 404 for an unknown consultation, 400 for an unknown breakdown, else what {@code answer} makes of the results. */
    private Response withResults(String id, String by, java.util.function.BiFunction<Consultation, ResultsView, Response> answer) {
        Consultation c = catalog.find(id).map(v -> v.consultation()).orElse(null);
        if (c == null) {
            return ApiErrors.notFound();
        }
        return results.results(c, by).map(r -> answer.apply(c, r))
                .orElseGet(() -> ApiErrors.invalid("by must be one of " + Rollups.DIMENSIONS));
    }
}
