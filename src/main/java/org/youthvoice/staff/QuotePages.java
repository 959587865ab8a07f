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
import org.youthvoice.access.StaffRole;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.stewardship.Moderation;

/** The data steward's moderation queue: scrubbed free-text answers to approve for publication or reject. */
@Path("/staff/quotes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.STEWARD_NAME})
@Tag(name = "Staff pages")
public class QuotePages {

    private static final String LIST = "/staff/quotes";
    /** How many pending quotes one page opens. */
    static final int SHOWN = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quotes(StaffPage page, List<Moderation.Opened> pending);
    }

    private final StaffPage.Factory pages;
    private final Moderation moderation;

    public QuotePages(StaffPage.Factory pages, Moderation moderation) {
        this.pages = pages;
        this.moderation = moderation;
    }

    @GET
    @Operation(summary = "The quotes waiting for a decision, opened for the data steward (audited)")
    public TemplateInstance queue() {
        StaffPage page = pages.page(Localizer.messages(pages.lang()).nav_quotes());
        return Templates.quotes(page, moderation.pending(pages.actor(), SHOWN)).setLocale(page.lang().locale());
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a quote for publication (never possible for a text flagged as a possible disclosure of harm)")
    public Response approve(@PathParam("id") long id, @RestForm String csrf) {
        return decide(id, csrf, true);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a quote: it is never published")
    public Response reject(@PathParam("id") long id, @RestForm String csrf) {
        return decide(id, csrf, false);
    }

    /** A decision on one quote; a quote already decided, or flagged, gets the 409 page that says so. */
    private Response decide(long id, String csrf, boolean approve) {
        pages.checkCsrf(csrf);
        moderation.decide(pages.actor(), id, approve);
        return Response.seeOther(URI.create(LIST)).build();
    }
}
