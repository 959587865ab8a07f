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
import org.youthvoice.catalog.Catalog;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.stewardship.DataCare;
import org.youthvoice.stewardship.Microdata;
import org.youthvoice.stewardship.Retention;

/**
 * The data steward's page: answers flagged as a possible disclosure of harm, retention with purge on request, and the
 * download of de-identified microdata.
 */
@Path("/staff/data")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.STEWARD_NAME})
@Tag(name = "Staff pages")
public class DataCarePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance data(StaffPage page, List<DataCare.Flagged> flagged, List<Retention.Status> retention, Long purged);
    }

    private final StaffPage.Factory pages;
    private final DataCare care;
    private final Retention retention;
    private final Microdata microdata;
    private final Catalog catalog;

    public DataCarePages(StaffPage.Factory pages, DataCare care, Retention retention, Microdata microdata, Catalog catalog) {
        this.pages = pages;
        this.care = care;
        this.retention = retention;
        this.microdata = microdata;
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Flagged answers (opened, audited) and each consultation's retention, for the data steward")
    public TemplateInstance show(@QueryParam("purged") Long purged) {
        StaffPage page = pages.page(Localizer.messages(pages.lang()).nav_data());
        return Templates.data(page, care.flagged(pages.actor()), retention.statuses(), purged).setLocale(page.lang().locale());
    }

    @GET
    @Path("{id}/microdata.csv")
    @Produces("text/csv")
    @Operation(summary = "De-identified microdata as CSV, as in the staff API (audited)")
    public Response microdata(@PathParam("id") String id) {
        return microdata.download(pages.actor(), catalog.require(id).consultation());
    }

    @POST
    @Path("{id}/purge")
    @Operation(summary = "Delete a consultation's raw responses now (audited with counts)")
    public Response purge(@PathParam("id") String id, @RestForm String csrf) {
        pages.checkCsrf(csrf);
        long purged = retention.purge(pages.actor(), catalog.require(id).consultation().id(), "on request");
        return Response.seeOther(URI.create("/staff/data?purged=" + purged)).build();
    }

}
