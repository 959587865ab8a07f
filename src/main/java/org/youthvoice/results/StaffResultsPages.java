package org.youthvoice.results;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.campaign.ShortLinks;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.Countries;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.staff.Audit;
import org.youthvoice.staff.StaffLabels;
import org.youthvoice.staff.StaffPage;
import org.youthvoice.staff.StaffRole;
import org.youthvoice.system.Downloads;

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

    /** One question broken down: a row per answer, a column per group. */
    public record Cross(String text, List<String> groups, List<CrossRow> rows) {
    }

    /** One answer's counts across the groups. */
    public record CrossRow(String label, List<String> counts) {
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

        static native TemplateInstance view(StaffPage page, Report report, Choices choices, List<Cross> crosses, List<String> formats);

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
            List<Cross> crosses = dimension == null ? List.of() : crosses(c, results.results(c, dimension).orElseThrow(), l);
            return Response.ok(Templates.view(page, report, new Choices(l, dimension, Arrays.asList(Lang.values()), dimensions(m)),
                    crosses, ResultsExport.FORMATS).setLocale(page.lang().locale())).build();
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
        return withConsultation(id, lang, (c, l) -> results.results(c, by)
                .map(view -> export.download(pages.actor(), id, c, view, by, l, format))
                .orElseGet(() -> Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN)
                        .entity("by must be one of " + Rollups.DIMENSIONS).build()));
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
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN).entity("ids must name two or more consultations").build();
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

    /** A 404 page for an unknown consultation, else what {@code answer} makes of it in ?lang= (or the staff member's language). */
    private Response withConsultation(String id, String lang, BiFunction<Consultation, Lang, Response> answer) {
        Optional<Consultation> c = catalog.find(id).map(v -> v.consultation());
        if (c.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN).entity("No consultation " + id).build();
        }
        return answer.apply(c.get(), Lang.of(lang).orElse(pages.lang()));
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

    private static List<Cross> crosses(Consultation c, ResultsView view, Lang lang) {
        Messages m = Localizer.messages(lang);
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(lang.locale());
        List<String> groups = view.groups().stream().map(g -> groupLabel(c, g.by(), g.key(), lang, m)).toList();
        List<Cross> crosses = new ArrayList<>();
        for (int i = 0; i < c.questions().size(); i++) {
            var q = c.questions().get(i);
            if (q.options() == null) {
                continue;
            }
            int question = i;
            List<CrossRow> rows = q.options().stream().map(o -> new CrossRow(o.label().get(lang), view.groups().stream()
                    .map(g -> g.questions().get(question).options().stream().filter(r -> r.code().equals(o.code())).findFirst()
                            .map(r -> r.count() == null ? m.results_hidden() : numbers.format(r.count())).orElse(""))
                    .toList())).toList();
            crosses.add(new Cross(q.text().get(lang), groups, rows));
        }
        return crosses;
    }

    private static String groupLabel(Consultation c, String by, String key, Lang lang, Messages m) {
        return switch (by) {
            case "region" -> StaffLabels.region(key, m);
            case "country" -> Countries.name(key, lang);
            case "lang" -> Lang.of(key).map(Lang::nativeName).orElse(key);
            case "age_band", "gender" -> c.withRole(Role.valueOf(by.toUpperCase(java.util.Locale.ROOT)))
                    .flatMap(q -> q.option(key)).map(o -> o.label().get(lang)).orElse(key);
            default -> key;
        };
    }
}
