package org.youthvoice.reports;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.access.StaffRole;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.i18n.Lang;
import org.youthvoice.results.ResultsService;
import org.youthvoice.results.ResultsView;

/** Results for the chair at any time (suppression applied all the same) and their exports, audited. */
@Path("/api/v1/admin/results/{id}")
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.CHAIR_NAME})
@Tag(name = "Staff API")
public class StaffResultsApi {

    private final Catalog catalog;
    private final ResultsService results;
    private final ResultsExport export;
    private final SecurityIdentity identity;

    public StaffResultsApi(Catalog catalog, ResultsService results, ResultsExport export, SecurityIdentity identity) {
        this.catalog = catalog;
        this.results = results;
        this.export = export;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The results, published or not yet, with suppression applied (admin, chair)")
    public Response view(@PathParam("id") String id, @QueryParam("by") String by) {
        return withResults(id, by, (c, r) -> Response.ok(r).build());
    }

    @GET
    @Path("export.{format: csv|xlsx|json}")
    @Produces({"text/csv", ResultsExport.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The results as CSV (UTF-8, stable columns), XLSX (a sheet per question) or JSON (an object per CSV row), "
            + "codes and labels in ?lang=, overall and ?by= groups (admin, chair; audited)")
    public Response export(@PathParam("id") String id, @PathParam("format") String format, @QueryParam("by") String by,
                           @QueryParam("lang") String lang) {
        return withResults(id, by, (c, r) -> export.download(identity.getPrincipal().getName(), id, c, r, by,
                Lang.of(lang).orElse(Lang.DEFAULT), format));
    }

    /** 404 for an unknown consultation, 400 for an unknown breakdown, else what {@code answer} makes of the results. */
    private Response withResults(String id, String by, java.util.function.BiFunction<Consultation, ResultsView, Response> answer) {
        Consultation c = catalog.require(id).consultation();
        return answer.apply(c, results.results(c, by));
    }
}
