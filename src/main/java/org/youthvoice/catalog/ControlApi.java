package org.youthvoice.catalog;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.access.StaffRole;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Problem;
import org.youthvoice.system.Refusal;

/** The staff API for consultation control (admin only). */
@Path("/api/v1/admin/consultations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_NAME)
@Tag(name = "Staff API")
public class ControlApi {

    /** A consultation as the admin sees it. */
    public record View(String id, int version, String status, LocalDate opens, LocalDate closes, Integer target,
                       long responses, Map<LocalDate, Long> responsesPerDay) {
    }

    /** New dates or target. */
    public record Change(LocalDate opens, LocalDate closes, Integer target) {
    }

    private final ControlService control;
    private final SecurityIdentity identity;

    public ControlApi(ControlService control, SecurityIdentity identity) {
        this.control = control;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every consultation with status, version, dates in force, target and responses per day (admin)")
    public List<View> list() {
        return control.overview().stream().map(o -> new View(o.consultation().id(), o.version(), o.status(), o.dates().opens(),
                o.dates().closes(), o.dates().target(), o.responses(), o.perDay())).toList();
    }

    @POST
    @Path("{id}/open")
    @Operation(summary = "Open a consultation today (admin)")
    public Response open(@PathParam("id") String id) {
        return act(() -> control.openNow(actor(), id));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a consultation now (admin)")
    public Response close(@PathParam("id") String id) {
        return act(() -> control.closeNow(actor(), id));
    }

    @POST
    @Path("{id}/dates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the opening and closing dates (admin)")
    public Response dates(@PathParam("id") String id, Change change) {
        return act(() -> control.changeDates(actor(), id, present(change).opens(), change.closes()));
    }

    @POST
    @Path("{id}/target")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the number of responses aimed for (admin)")
    public Response target(@PathParam("id") String id, Change change) {
        return act(() -> control.setTarget(actor(), id, present(change).target()));
    }

    @POST
    @Path("reload")
    @Operation(summary = "Reload the consultation files; on mistakes the previous files stay and the mistakes are listed (admin)")
    public Response reload(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Messages m = Localizer.messages(Lang.fromAcceptLanguage(accept));
        List<String> errors = control.reload(actor()).stream().map(e -> e.in(m)).toList();
        return errors.isEmpty() ? Response.ok(Map.of("reloaded", true)).build()
                : Response.status(Response.Status.BAD_REQUEST).entity(Map.of("reloaded", false, "mistakes", errors)).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    /** Refusals (an unknown consultation, dates in the wrong order) reach the caller through the refusal mapper. */
    private static Response act(Runnable change) {
        change.run();
        return Response.ok(Map.of("done", true)).build();
    }

    private static Change present(Change change) {
        if (change == null) {
            throw Refusal.invalid(Problem.BODY_NEEDED);
        }
        return change;
    }
}
