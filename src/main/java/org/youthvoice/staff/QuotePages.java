package org.youthvoice.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.youthvoice.access.Audit;
import org.youthvoice.access.StaffRole;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.stewardship.Moderation;

/** The data steward's moderation queue: scrubbed free-text answers to approve for publication or reject. */
@Path("/staff/quotes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.STEWARD_NAME})
@Tag(name = "Staff pages")
public class QuotePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quotes(StaffPage page, List<Moderation.Opened> pending);
    }

    private final StaffPage.Factory pages;
    private final Moderation moderation;
    private final Audit audit;

    public QuotePages(StaffPage.Factory pages, Moderation moderation, Audit audit) {
        this.pages = pages;
        this.moderation = moderation;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The quotes waiting for a decision, opened for the data steward (audited)")
    public TemplateInstance queue() {
        StaffPage page = pages.page(Localizer.messages(pages.lang()).nav_quotes());
        List<Moderation.Opened> pending = moderation.pending(200);
        audit.record(pages.actor(), Audit.Action.MODERATION, null, pending.size() + " pending quotes shown");
        return Templates.quotes(page, pending).setLocale(page.lang().locale());
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a quote for publication (never possible for a text flagged as a possible disclosure of harm)")
    public Response approve(@PathParam("id") long id, @RestForm String csrf) {
        pages.checkCsrf(csrf);
        return decided(moderation.decide(pages.actor(), id, true));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a quote: it is never published")
    public Response reject(@PathParam("id") long id, @RestForm String csrf) {
        pages.checkCsrf(csrf);
        return decided(moderation.decide(pages.actor(), id, false));
    }

    private static Response decided(boolean done) {
        return done ? Response.seeOther(URI.create("/staff/quotes")).build() : Response.status(Response.Status.CONFLICT).build();
    }
}
