package org.youthvoice.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.youthvoice.access.StaffRole;
import org.youthvoice.catalog.CatalogProblem;
import org.youthvoice.catalog.ControlService;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Days;
import org.youthvoice.system.Refusal;

/** The admin's consultation control page: status, version, responses per day; open, close, dates, target, reload. */
@Path("/staff/consultations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(StaffRole.ADMIN_NAME)
@Tag(name = "Staff pages")
public class ControlPages {

    private static final String DONE = "/staff/consultations?done=1";

    /** One consultation's row, with labels in the page's language. */
    public record Row(ControlService.Overview overview, String title, String statusLabel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consultations(StaffPage page, List<Row> rows, List<String> errors, String error, boolean done);
    }

    private final StaffPage.Factory pages;
    private final ControlService control;

    public ControlPages(StaffPage.Factory pages, ControlService control) {
        this.pages = pages;
        this.control = control;
    }

    @GET
    @Operation(summary = "Every consultation with status, version and responses per day")
    public Response list(@QueryParam("done") String done) {
        return render(List.of(), null, done != null, Response.Status.OK);
    }

    @POST
    @Path("{id}/open")
    @Operation(summary = "Open a consultation today")
    public Response open(@PathParam("id") String id, @RestForm String csrf) {
        return pages.post(csrf, () -> control.openNow(pages.actor(), id), DONE, this::refused);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a consultation now")
    public Response close(@PathParam("id") String id, @RestForm String csrf) {
        return pages.post(csrf, () -> control.closeNow(pages.actor(), id), DONE, this::refused);
    }

    @POST
    @Path("{id}/dates")
    @Operation(summary = "Change a consultation's opening and closing dates")
    public Response dates(@PathParam("id") String id, @RestForm String csrf, @RestForm String opens, @RestForm String closes) {
        return pages.post(csrf, () -> control.changeDates(pages.actor(), id, Days.parse(opens), Days.parse(closes)), DONE, this::refused);
    }

    @POST
    @Path("{id}/target")
    @Operation(summary = "Set the number of responses a consultation aims for")
    public Response target(@PathParam("id") String id, @RestForm String csrf, @RestForm String target) {
        return pages.post(csrf, () -> control.setTarget(pages.actor(), id, number(target)), DONE, this::refused);
    }

    @POST
    @Path("reload")
    @Operation(summary = "Reload the consultation files and show their mistakes, without a restart")
    public Response reload(@RestForm String csrf) {
        pages.checkCsrf(csrf);
        Messages m = Localizer.messages(pages.lang());
        List<String> errors = control.reload(pages.actor()).stream().map(e -> e.in(m)).toList();
        return errors.isEmpty() ? Response.seeOther(URI.create(DONE)).build()
                : render(errors, null, false, Response.Status.BAD_REQUEST);
    }

    private Response refused(String error) {
        return render(List.of(), error, false, Response.Status.BAD_REQUEST);
    }

    private Response render(List<String> errors, String error, boolean done, Response.Status status) {
        Messages m = Localizer.messages(pages.lang());
        StaffPage page = pages.page(m.nav_consultations());
        List<Row> rows = control.overview().stream().map(o -> new Row(o, o.consultation().title().get(page.lang()),
                StaffLabels.status(o.status(), m))).toList();
        return Response.status(status).entity(Templates.consultations(page, rows, errors, error, done).setLocale(page.lang().locale())).build();
    }

    static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Refusal.field("target", CatalogProblem.TARGET_RANGE);
        }
    }
}
