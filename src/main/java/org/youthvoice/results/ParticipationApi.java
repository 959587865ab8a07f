package org.youthvoice.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.api.ApiErrors;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.staff.StaffRole;

/** The staff API for participation figures and the quarterly report (admin, chair). */
@Path("/api/v1/admin/participation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.CHAIR_NAME})
@Tag(name = "Staff API")
public class ParticipationApi {

    private final Participation participation;
    private final QuarterlyReport reports;
    private final Catalog catalog;

    public ParticipationApi(Participation participation, QuarterlyReport reports, Catalog catalog) {
        this.participation = participation;
        this.reports = reports;
        this.catalog = catalog;
    }

    @GET
    @Path("report")
    @Operation(summary = "Responses per ITU region and consultation in a quarter, e.g. ?quarter=2026-Q4 (admin, chair)")
    public Response report(@QueryParam("quarter") String quarter) {
        return Response.ok(reports.of(Quarter.parse(quarter).orElse(Quarter.of(catalog.today())))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Responses by day, ITU region, language and campaign, flows started and completion (admin, chair)")
    public Response figures(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        var served = catalog.find(id).orElse(null);
        if (served == null) {
            return ApiErrors.notFound();
        }
        try {
            var dates = catalog.dates(served.consultation());
            LocalDate first = from == null ? dates.opens() : LocalDate.parse(from);
            LocalDate last = to == null ? catalog.today() : LocalDate.parse(to);
            return Response.ok(participation.figures(id, first, last)).build();
        } catch (DateTimeParseException e) {
            return ApiErrors.invalid("dates are written like 2026-12-31");
        }
    }
}
