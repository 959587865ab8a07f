package org.youthvoice.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.access.Audit;
import org.youthvoice.access.StaffRole;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.catalog.Schedule;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.participation.Participation;
import org.youthvoice.participation.Quarter;
import org.youthvoice.participation.QuarterlyReport;
import org.youthvoice.system.Downloads;

/** The chair's participation dashboard and the quarterly participation report per ITU region. */
@Path("/staff/participation")
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.CHAIR_NAME})
@Tag(name = "Staff pages")
public class ParticipationPages {

    /** A label and a count, for the breakdown tables. */
    public record Line(String label, long count) {
    }

    /** One consultation's dashboard. */
    public record Dashboard(String id, String title, Participation.Figures figures, Integer target, String progress,
                            String completion, List<Line> byDay, List<Line> byRegion, List<Line> byLang, List<Line> byCampaign) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(StaffPage page, List<Dashboard> dashboards, String quarter);

        static native TemplateInstance report(StaffPage page, QuarterlyReport.Report report, List<String> titles, List<String> regionLabels);
    }

    private final StaffPage.Factory pages;
    private final Participation participation;
    private final QuarterlyReport reports;
    private final Catalog catalog;
    private final Audit audit;

    public ParticipationPages(StaffPage.Factory pages, Participation participation, QuarterlyReport reports, Catalog catalog, Audit audit) {
        this.pages = pages;
        this.participation = participation;
        this.reports = reports;
        this.catalog = catalog;
        this.audit = audit;
    }

    @GET
    @Produces("text/html")
    @Operation(summary = "Responses by day, region, language and campaign; progress to target; completion rate")
    public TemplateInstance dashboard() {
        Messages m = Localizer.messages(pages.lang());
        StaffPage page = pages.page(m.nav_participation());
        List<Dashboard> dashboards = catalog.all().stream().map(v -> dashboard(v.consultation().id(), page, m)).toList();
        return Templates.dashboard(page, dashboards, Quarter.of(catalog.today()).toString()).setLocale(page.lang().locale());
    }

    @GET
    @Path("report")
    @Produces("text/html")
    @Operation(summary = "The quarterly participation report per ITU region, printable (quarter like 2026-Q4)")
    public Response report(@QueryParam("quarter") String quarter) {
        Messages m = Localizer.messages(pages.lang());
        StaffPage page = pages.page(m.quarterly_report());
        QuarterlyReport.Report report = reports.of(Quarter.parse(quarter).orElse(Quarter.of(catalog.today())));
        List<String> titles = report.consultations().stream()
                .map(id -> catalog.find(id).map(v -> v.consultation().title().get(page.lang())).orElse(id)).toList();
        List<String> regionLabels = report.rows().stream().map(r -> ItuRegions.label(r.region(), m)).toList();
        return Response.ok(Templates.report(page, report, titles, regionLabels).setLocale(page.lang().locale())).build();
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    @Operation(summary = "The quarterly participation report per ITU region as CSV (UTF-8)")
    public Response reportCsv(@QueryParam("quarter") String quarter) {
        QuarterlyReport.Report report = reports.of(Quarter.parse(quarter).orElse(Quarter.of(catalog.today())));
        audit.record(pages.actor(), Audit.Action.EXPORT, "participation report " + report.quarter(), "csv");
        return Downloads.attachment(reports.csv(report), Downloads.CSV, "participation-" + report.quarter() + ".csv");
    }

    private Dashboard dashboard(String id, StaffPage page, Messages m) {
        var consultation = catalog.require(id).consultation();
        Schedule.Dates dates = catalog.dates(consultation);
        LocalDate to = catalog.today().isBefore(dates.closes()) ? catalog.today() : dates.closes();
        Participation.Figures f = participation.figures(id, dates.opens().isBefore(to) ? dates.opens() : to, to);
        Integer target = dates.target();
        String progress = target == null ? null
                : m.target_progress(f.responses(), target, percent((double) f.responses() / target, page));
        String completion = f.completion() == null ? null : m.completion_rate(percent(f.completion(), page));
        return new Dashboard(id, consultation.title().get(page.lang()), f, target, progress, completion,
                f.byDay().entrySet().stream().map(e -> new Line(e.getKey().toString(), e.getValue())).toList(),
                f.byRegion().entrySet().stream().map(e -> new Line(ItuRegions.label(e.getKey(), m), e.getValue())).toList(),
                f.byLang().entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList(),
                f.byCampaign().entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList());
    }

    private static String percent(double share, StaffPage page) {
        return String.format(page.lang().locale(), "%.0f", Math.min(share, 9.99) * 100);
    }
}
