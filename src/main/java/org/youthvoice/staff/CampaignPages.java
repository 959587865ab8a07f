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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.youthvoice.access.StaffRole;
import org.youthvoice.campaign.Campaign;
import org.youthvoice.campaign.CampaignService.Draft;
import org.youthvoice.campaign.CampaignService.Scope;
import org.youthvoice.campaign.CampaignService;
import org.youthvoice.campaign.ShortLinks;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.participation.Participation;
import org.youthvoice.staff.AccountPages.Choice;
import org.youthvoice.system.QrCodes;

/** Promoters' and admins' campaign pages: list and create, counts by day and language, QR codes and the A4 poster. */
@Path("/staff/campaigns")
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.PROMOTER_NAME})
@Tag(name = "Staff pages")
public class CampaignPages {

    /** A campaign with its short link and labels in the page's language. */
    public record Row(Campaign campaign, String link, String consultationTitle, String regionLabel) {
    }

    /** Responses of one day, one count per language in the order of the six languages. */
    public record DayRow(LocalDate day, List<Long> counts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(StaffPage page, List<Row> campaigns, List<Choice> consultations,
                                                 List<Choice> regions, boolean promoter, String error);

        static native TemplateInstance campaign(StaffPage page, Row row, List<DayRow> days, List<Lang> langs);

        static native TemplateInstance poster(Lang lang, String title, String link, String qrSvg);
    }

    private final StaffPage.Factory pages;
    private final CampaignService campaigns;
    private final Catalog catalog;
    private final ItuRegions regions;
    private final Participation participation;
    private final ShortLinks links;

    public CampaignPages(StaffPage.Factory pages, CampaignService campaigns, Catalog catalog, ItuRegions regions,
                         Participation participation, ShortLinks links) {
        this.links = links;
        this.pages = pages;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.regions = regions;
        this.participation = participation;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The campaigns a staff member may see (a promoter: their region's)")
    public Response list(@jakarta.ws.rs.core.Context UriInfo uri) {
        return render(uri, null, Response.Status.OK);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Create a campaign: a short link, QR codes and a poster for one consultation")
    public Response create(@jakarta.ws.rs.core.Context UriInfo uri, @RestForm String csrf, @RestForm String consultation,
                           @RestForm String label, @RestForm String region, @RestForm("lang") String lang, @RestForm String code) {
        Draft draft = new Draft(consultation, label, region, lang, code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT));
        return pages.post(csrf, () -> "/staff/campaigns/" + campaigns.create(draft, scope()).code,
                error -> render(uri, error, Response.Status.BAD_REQUEST));
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "One campaign: its short link, QR codes, poster and responses by day and language")
    public Response show(@jakarta.ws.rs.core.Context UriInfo uri, @PathParam("code") String code) {
        Campaign c = campaigns.require(code, scope());
        Messages m = Localizer.messages(pages.lang());
        StaffPage page = pages.page(c.label);
        List<DayRow> days = participation.campaignByDay(c.code).entrySet().stream()
                .map(e -> new DayRow(e.getKey(), java.util.Arrays.stream(Lang.values())
                        .map(l -> e.getValue().getOrDefault(l.code(), 0L)).toList())).toList();
        return Response.ok(Templates.campaign(page, row(uri, c, page.lang(), m), days, List.of(Lang.values()))
                .setLocale(page.lang().locale())).build();
    }

    @POST
    @Path("{code}/active")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Stop or restart a campaign's link")
    public Response active(@jakarta.ws.rs.core.Context UriInfo uri, @PathParam("code") String code, @RestForm String csrf, @RestForm boolean active) {
        return pages.post(csrf, () -> campaigns.setActive(code, active, scope()), "/staff/campaigns/" + code,
                error -> render(uri, error, Response.Status.BAD_REQUEST));
    }

    @GET
    @Path("{code}/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The QR code of the campaign's short link, as SVG")
    public Response svg(@jakarta.ws.rs.core.Context UriInfo uri, @PathParam("code") String code) {
        return Response.ok(QrCodes.svg(links.of(uri, campaigns.require(code, scope())))).build();
    }

    @GET
    @Path("{code}/qr.png")
    @Produces("image/png")
    @Operation(summary = "The QR code of the campaign's short link, as PNG (scale: pixels per module)")
    public Response png(@jakarta.ws.rs.core.Context UriInfo uri, @PathParam("code") String code, @QueryParam("scale") Integer scale) {
        return Response.ok(QrCodes.png(links.of(uri, campaigns.require(code, scope())), scale == null ? 10 : scale)).build();
    }

    @GET
    @Path("{code}/poster")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A printable A4 poster in one of the six languages: title, invitation, QR code, short link")
    public Response poster(@jakarta.ws.rs.core.Context UriInfo uri, @PathParam("code") String code, @QueryParam("lang") String lang) {
        Campaign c = campaigns.require(code, scope());
        Lang l = Lang.of(lang).orElse(Lang.of(c.defaultLang).orElse(Lang.DEFAULT));
        String link = links.of(uri, c);
        return Response.ok(Templates.poster(l, title(c, l), link, QrCodes.svg(link)).setLocale(l.locale())).build();
    }

    private Scope scope() {
        return new Scope(pages.actor(), pages.region());
    }

    private Response render(UriInfo uri, String error, Response.Status status) {
        Messages m = Localizer.messages(pages.lang());
        StaffPage page = pages.page(m.nav_campaigns());
        List<Row> rows = campaigns.list(scope()).stream().map(c -> row(uri, c, page.lang(), m)).toList();
        List<Choice> consultations = catalog.all().stream()
                .map(v -> new Choice(v.consultation().id(), v.consultation().title().get(page.lang()))).toList();
        List<Choice> regionChoices = regions.regions().stream().map(r -> new Choice(r, ItuRegions.label(r, m))).toList();
        return Response.status(status).entity(Templates.campaigns(page, rows, consultations, regionChoices,
                pages.region() != null, error).setLocale(page.lang().locale())).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private Row row(UriInfo uri, Campaign c, Lang lang, Messages m) {
        return new Row(c, links.of(uri, c), title(c, lang), ItuRegions.label(c.region, m));
    }

    /** The title of the campaign's consultation, or its id when its file is gone. */
    private String title(Campaign c, Lang lang) {
        return catalog.find(c.consultationId).map(v -> v.consultation().title().get(lang)).orElse(c.consultationId);
    }

}
