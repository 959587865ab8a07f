package org.youthvoice.respondent;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.campaign.ShortLinks;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.reports.Report;
import org.youthvoice.reports.ReportFormats;
import org.youthvoice.reports.ResultsReports;
import org.youthvoice.results.ResultsService;
import org.youthvoice.system.Page;
import org.youthvoice.system.ProblemPage;
import org.youthvoice.system.Refusal;

/**
 * The public results: the page with a table per question whose bars are drawn as SVG on the server, the meeting view,
 * and the printable report with its PDF and DOCX, all under the consultation's publication rule.
 */
@Path("/")
@Tag(name = "Respondent pages")
public class ResultsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(Page page, Report report);
    }

    private final Catalog catalog;
    private final ResultsService results;
    private final ResultsReports reports;
    private final ReportFormats formats;
    private final ShortLinks links;

    public ResultsPages(Catalog catalog, ResultsService results, ResultsReports reports, ReportFormats formats, ShortLinks links) {
        this.catalog = catalog;
        this.results = results;
        this.reports = reports;
        this.formats = formats;
        this.links = links;
    }

    @GET
    @Path("{lang: [a-z]{2}}/results/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Published results of a consultation, no password, in one of the six languages")
    public Response page(@PathParam("lang") String code, @PathParam("id") String id) {
        return published(code, id, report -> Response.ok(Templates.results(
                Page.of(report.lang(), Localizer.messages(report.lang()).results_title() + " · " + report.title(), "/results/" + id),
                report).setLocale(report.lang().locale())).build());
    }

    @GET
    @Path("{lang: [a-z]{2}}/results/{id}/meeting")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The meeting view of published results: one question per screen, large type; reloads itself while a live consultation is open")
    public Response meetingStart(@PathParam("lang") String code, @PathParam("id") String id,
                                 @Context UriInfo uri) {
        return meeting(code, id, 0, uri);
    }

    @GET
    @Path("{lang: [a-z]{2}}/results/{id}/meeting/{screen: [0-9]{1,4}}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One screen of the meeting view (0 is the title screen)")
    public Response meetingScreen(@PathParam("lang") String code, @PathParam("id") String id, @PathParam("screen") int screen, @Context UriInfo uri) {
        return meeting(code, id, screen, uri);
    }

    @GET
    @Path("{lang: [a-z]{2}}/results/{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The printable report of published results (A4 print styles)")
    public Response printable(@PathParam("lang") String code, @PathParam("id") String id) {
        return published(code, id, report -> Response.ok(formats.printable(report, ReportFormats.Addresses.published(id))).build());
    }

    @GET
    @Path("{lang: [a-z]{2}}/results/{id}/report.pdf")
    @Produces(ReportFormats.PDF)
    @Operation(summary = "The printable report as PDF, its fonts embedded (Arabic and Chinese included)")
    public Response pdf(@PathParam("lang") String code, @PathParam("id") String id) {
        return published(code, id, formats::pdf);
    }

    @GET
    @Path("{lang: [a-z]{2}}/results/{id}/report.docx")
    @Produces(ReportFormats.DOCX)
    @Operation(summary = "The report as a Word document (DOCX)")
    public Response docx(@PathParam("lang") String code, @PathParam("id") String id) {
        return published(code, id, formats::docx);
    }

    private Response meeting(String code, String id, int screen, UriInfo uri) {
        String join = "/" + code + "/c/" + id;
        boolean paused = uri.getQueryParameters().containsKey(ReportFormats.PAUSED);
        return published(code, id, report -> Response.ok(formats.meeting(report, screen, paused, ReportFormats.Addresses.published(id),
                links.absolute(uri, join))).build());
    }

    /** What {@code answer} makes of the report, when the language and consultation exist and its results are public. */
    private Response published(String code, String id, Function<Report, Response> answer) {
        Lang lang = Refusal.language(code);
        Consultation c = catalog.require(id).consultation();
        if (!results.isPublic(c)) {
            // Shown under the consultation's title: a young person followed a link to results that are not out yet.
            return ProblemPage.of(Response.Status.NOT_FOUND, lang, c.title().get(lang), Localizer.messages(lang).results_not_yet());
        }
        return answer.apply(reports.of(c, lang));
    }
}
