package org.youthvoice.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.access.Audit;
import org.youthvoice.access.StaffRole;
import org.youthvoice.campaign.ShortLinks;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.reports.CrossTabs;
import org.youthvoice.reports.Report;
import org.youthvoice.reports.ReportFormats;
import org.youthvoice.reports.ResultsExport;
import org.youthvoice.reports.ResultsReports;
import org.youthvoice.reports.Waves;
import org.youthvoice.results.ResultsProblem;
import org.youthvoice.results.ResultsService;
import org.youthvoice.results.Rollups;
import org.youthvoice.system.Downloads;
import org.youthvoice.system.Refusal;

/**
 * The chair's results pages: any consultation's results at any time (suppression applied all the same), in any of the
 * six languages, with breakdowns, the meeting view, the printable report, its PDF and DOCX, the exports, and waves.
 */
@Path("/staff/results")
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.CHAIR_NAME})
@Tag(name = "Staff pages")
public class StaffResultsPages {

    /** A consultation in the list. */
    public record Entry(String id, String title, String status, boolean published) {
    }

    /** The language and breakdown choices of the results view. */
    public record Choices(Lang lang, String by, List<Lang> languages, List<Dimension> dimensions) {
    }

    /** A breakdown dimension and its name. */
    public record Dimension(String code, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(StaffPage page, List<Entry> consultations);

        static native TemplateInstance view(StaffPage page, Report report, Choices choices, List<CrossTabs.Cross> crosses, List<String> formats,
                                            org.youthvoice.results.Publication.Audit audit);

        static native TemplateInstance waves(StaffPage page, List<Entry> consultations, List<String> chosen, Waves.Comparison comparison, Lang lang);
    }

    private final StaffPage.Factory pages;
    private final Catalog catalog;
    private final ResultsService results;
    private final ResultsReports reports;
    private final ReportFormats formats;
    private final ResultsExport export;
    private final Waves waves;
    private final Audit audit;
    private final ShortLinks links;

    public StaffResultsPages(StaffPage.Factory pages, Catalog catalog, ResultsService results, ResultsReports reports,
                             ReportFormats formats, ResultsExport export, Waves waves, Audit audit, ShortLinks links) {
        this.pages = pages;
        this.catalog = catalog;
        this.results = results;
        this.reports = reports;
        this.formats = formats;
        this.export = export;
        this.waves = waves;
        this.audit = audit;
        this.links = links;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Every consultation, with a link to its results")
    public TemplateInstance list() {
        Messages m = Localizer.messages(pages.lang());
        StaffPage page = pages.page(m.nav_results());
        return Templates.list(page, entries(page.lang(), m)).setLocale(page.lang().locale());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A consultation's results in ?lang=, published or not yet, suppression applied; ?by= breaks each question down")
    public Response view(@PathParam("id") String id, @QueryParam("lang") String lang, @QueryParam("by") String by) {
        return withConsultation(id, lang, (c, l) -> {
            String dimension = by != null && Rollups.DIMENSIONS.contains(by) ? by : null;
            Report report = reports.of(c, l);
            Messages m = Localizer.messages(pages.lang());
            StaffPage page = pages.page(m.nav_results() + " · " + report.title());
            List<CrossTabs.Cross> crosses = dimension == null ? List.of() : CrossTabs.of(c, results.results(c, dimension), l);
            return Response.ok(Templates.view(page, report, new Choices(l, dimension, Arrays.asList(Lang.values()), dimensions(m)),
                    crosses, ResultsExport.FORMATS, results.publication(c).audit()).setLocale(page.lang().locale())).build();
        });
    }

    @GET
    @Path("{id}/meeting")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The meeting view, before publication too: one question per screen, large type")
    public Response meetingStart(@PathParam("id") String id, @QueryParam("lang") String lang, @Context UriInfo uri) {
        return meeting(id, 0, lang, uri);
    }

    @GET
    @Path("{id}/meeting/{screen: [0-9]{1,4}}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One screen of the meeting view (0 is the title screen)")
    public Response meetingScreen(@PathParam("id") String id, @PathParam("screen") int screen, @QueryParam("lang") String lang,
                                  @Context UriInfo uri) {
        return meeting(id, screen, lang, uri);
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The printable report (A4 print styles)")
    public Response printable(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return withConsultation(id, lang,
                (c, l) -> Response.ok(formats.printable(reports.of(c, l), ReportFormats.Addresses.staff(id))).build());
    }

    @GET
    @Path("{id}/report.{format: pdf|docx}")
    @Produces({ReportFormats.PDF, ReportFormats.DOCX})
    @Operation(summary = "The report as PDF or DOCX (audited)")
    public Response document(@PathParam("id") String id, @PathParam("format") String format, @QueryParam("lang") String lang) {
        return withConsultation(id, lang, (c, l) -> {
            audit.record(pages.actor(), Audit.Action.EXPORT, "results " + id, "report." + format + " lang=" + l.code());
            Report report = reports.of(c, l);
            return "pdf".equals(format) ? formats.pdf(report) : formats.docx(report);
        });
    }

    @GET
    @Path("{id}/export.{format: csv|xlsx|json}")
    @Produces({"text/csv", ResultsExport.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The results as CSV, XLSX or JSON, codes and labels in ?lang=, overall and ?by= groups (audited)")
    public Response export(@PathParam("id") String id, @PathParam("format") String format, @QueryParam("lang") String lang,
                           @QueryParam("by") String by) {
        return withConsultation(id, lang, (c, l) -> export.download(pages.actor(), id, c, results.results(c, by), by, l, format));
    }

    @GET
    @Path("waves")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Waves: the questions that the chosen consultations (?ids=, two or more) share, side by side")
    public TemplateInstance waves(@QueryParam("ids") List<String> ids, @QueryParam("lang") String lang) {
        Messages m = Localizer.messages(pages.lang());
        StaffPage page = pages.page(m.results_waves());
        Lang l = Lang.of(lang).orElse(page.lang());
        List<Consultation> chosen = consultations(ids);
        Waves.Comparison comparison = chosen.size() < 2 ? null : waves.compare(chosen, l);
        return Templates.waves(page, entries(l, m), chosen.stream().map(Consultation::id).toList(), comparison, l)
                .setLocale(page.lang().locale());
    }

    @GET
    @Path("waves.csv")
    @Produces("text/csv")
    @Operation(summary = "Waves as CSV: the shared questions of the chosen consultations, in the results export's columns (audited)")
    public Response wavesCsv(@QueryParam("ids") List<String> ids, @QueryParam("lang") String lang) {
        List<Consultation> chosen = consultations(ids);
        if (chosen.size() < 2) {
            throw Refusal.invalid(ResultsProblem.TOO_FEW_WAVES);
        }
        Lang l = Lang.of(lang).orElse(pages.lang());
        String names = String.join("+", chosen.stream().map(Consultation::id).toList());
        audit.record(pages.actor(), Audit.Action.EXPORT, "waves " + names, "csv lang=" + l.code());
        return Downloads.attachment(export.csv(waves.rows(chosen, l)), Downloads.CSV, "waves-" + names + ".csv");
    }

    private Response meeting(String id, int screen, String lang, UriInfo uri) {
        boolean paused = uri.getQueryParameters().containsKey(ReportFormats.PAUSED);
        return withConsultation(id, lang, (c, l) -> Response.ok(formats.meeting(reports.of(c, l), screen, paused, ReportFormats.Addresses.staff(id),
                links.absolute(uri, "/" + l.code() + "/c/" + id))).build());
    }

    /** What {@code answer} makes of the consultation in ?lang= (or the staff member's language); a 404 page if unknown. */
    private Response withConsultation(String id, String lang, BiFunction<Consultation, Lang, Response> answer) {
        return answer.apply(catalog.require(id).consultation(), Lang.of(lang).orElse(pages.lang()));
    }

    private List<Consultation> consultations(List<String> ids) {
        return ids == null ? List.of() : ids.stream().distinct().map(catalog::find).flatMap(Optional::stream).map(v -> v.consultation()).toList();
    }

    private List<Entry> entries(Lang lang, Messages m) {
        return catalog.all().stream().map(v -> v.consultation()).map(c -> new Entry(c.id(), c.title().get(lang),
                StaffLabels.status(catalog.status(c).name().toLowerCase(java.util.Locale.ROOT), m), results.isPublic(c))).toList();
    }

    private static List<Dimension> dimensions(Messages m) {
        return Rollups.DIMENSIONS.stream().map(d -> new Dimension(d, switch (d) {
            case "age_band" -> m.col_age_band();
            case "gender" -> m.col_gender();
            case "region" -> m.col_region();
            case "country" -> m.col_country();
            case "lang" -> m.col_language();
            default -> m.col_campaign();
        })).toList();
    }

}
