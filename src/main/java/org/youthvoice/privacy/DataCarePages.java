package org.youthvoice.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
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
import org.youthvoice.catalog.Catalog;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.staff.Audit;
import org.youthvoice.staff.StaffPage;
import org.youthvoice.staff.StaffRole;

/**
 * The data steward's page: answers flagged as a possible disclosure of harm, retention with purge on request, and the
 * download of de-identified microdata.
 */
@Path("/staff/data")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.STEWARD_NAME})
@Tag(name = "Staff pages")
public class DataCarePages {

    /** A flagged answer, opened for the steward. */
    public record Flagged(String consultationId, String questionId, String lang, String hour, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance data(StaffPage page, List<Flagged> flagged, List<Retention.Status> retention, Long purged);
    }

    private final StaffPage.Factory pages;
    private final Retention retention;
    private final TextCipher cipher;
    private final EntityManager em;
    private final Audit audit;
    private final Catalog catalog;
    private final Microdata microdata;

    public DataCarePages(StaffPage.Factory pages, Retention retention, TextCipher cipher, EntityManager em, Audit audit,
                         Catalog catalog, Microdata microdata) {
        this.microdata = microdata;
        this.pages = pages;
        this.retention = retention;
        this.cipher = cipher;
        this.em = em;
        this.audit = audit;
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Flagged answers (opened, audited) and each consultation's retention, for the data steward")
    public TemplateInstance show(@QueryParam("purged") Long purged) {
        StaffPage page = pages.page(Localizer.messages(pages.lang()).nav_data());
        List<Flagged> flagged = flagged();
        audit.record(pages.actor(), Audit.Action.FLAGGED_TEXT_VIEWED, null, flagged.size() + " flagged answers shown");
        return Templates.data(page, flagged, retention.statuses(), purged).setLocale(page.lang().locale());
    }

    @GET
    @Path("{id}/microdata.csv")
    @Produces("text/csv")
    @Operation(summary = "De-identified microdata as CSV, as in the staff API (audited)")
    public Response microdata(@PathParam("id") String id) {
        return catalog.find(id).map(v -> microdata.download(pages.actor(), v.consultation()))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    @POST
    @Path("{id}/purge")
    @Operation(summary = "Delete a consultation's raw responses now (audited with counts)")
    public Response purge(@PathParam("id") String id, @RestForm String csrf) {
        pages.checkCsrf(csrf);
        if (catalog.find(id).isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        long purged = retention.purge(pages.actor(), id, "on request");
        return Response.seeOther(URI.create("/staff/data?purged=" + purged)).build();
    }

    @SuppressWarnings("unchecked")
    private List<Flagged> flagged() {
        List<Object[]> rows = em.createNativeQuery("select r.consultation_id, a.question_id, r.lang, r.submitted_hour, a.text_value"
                + " from response_answer a join response r on r.id = a.response_id where a.harm_flag = true"
                + " order by r.submitted_hour desc").setMaxResults(500).getResultList();
        return rows.stream().map(r -> new Flagged((String) r[0], (String) r[1], (String) r[2], String.valueOf(r[3]),
                cipher.open((String) r[4], (String) r[0], (String) r[1]))).toList();
    }
}
