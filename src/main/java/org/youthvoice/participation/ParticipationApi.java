package org.youthvoice.participation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.access.StaffRole;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.system.Days;

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
        var dates = catalog.dates(catalog.require(id).consultation());
        LocalDate first = Optional.ofNullable(Days.parse(from)).orElse(dates.opens());
        LocalDate last = Optional.ofNullable(Days.parse(to)).orElse(catalog.today());
        return Response.ok(participation.figures(id, first, last)).build();
    }
}
