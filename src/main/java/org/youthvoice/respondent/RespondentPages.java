package org.youthvoice.respondent;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.campaign.CampaignService;
import org.youthvoice.campaign.ShortLinks;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Status;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.privacy.FormTokens;
import org.youthvoice.privacy.PrivacyMessages;
import org.youthvoice.system.Page;
import org.youthvoice.system.Refusal;

/** The respondent's pages reached by a link: home, a consultation's welcome page, the thank-you page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Respondent pages", description = "Server-rendered HTML pages of the answering flow; no JavaScript or cookie needed")
public class RespondentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<Views.Entry> consultations);

        static native TemplateInstance welcome(Page page, Consultation consultation, String status, String opens,
                                               String campaign, String token);

        static native TemplateInstance thanks(Page page, Views.Helpline helpline, String finder, boolean again,
                                              String resultsText, String resultsLink, String shareLink);

        static native TemplateInstance privacy(Page page);

        static native TemplateInstance privacyAdults(Page page);
    }

    private final Catalog catalog;
    private final Helplines helplines;
    private final CampaignService campaigns;
    private final FormTokens tokens;
    private final ShortLinks links;

    public RespondentPages(Catalog catalog, Helplines helplines, CampaignService campaigns, FormTokens tokens, ShortLinks links) {
        this.catalog = catalog;
        this.helplines = helplines;
        this.campaigns = campaigns;
        this.tokens = tokens;
        this.links = links;
    }

    @GET
    @Operation(summary = "Open consultations, in the language of Accept-Language")
    public Response root(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        return Response.ok(home(Lang.fromAcceptLanguage(accept))).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    @GET
    @Path("{lang: [a-z]{2}}")
    @Operation(summary = "Open consultations in one of the six languages")
    public Response home(@PathParam("lang") String code) {
        return Response.ok(home(Refusal.language(code))).build();
    }

    @GET
    @Path("{lang: [a-z]{2}}/c/{id}")
    @Operation(summary = "The welcome page of a consultation: what it is, that it is anonymous, how long it takes")
    public Response welcome(@PathParam("lang") String code, @PathParam("id") String id,
                            @QueryParam("campaign") String campaign) {
        Lang lang = Refusal.language(code);
        Consultation c = catalog.require(id).consultation();
        Status status = catalog.status(c);
        campaign = campaigns.accepts(c.id(), campaign) ? campaign : null;
        String path = "/c/" + c.id() + (campaign == null || campaign.isBlank() ? "" : "?campaign=" + urlEncode(campaign));
        return Response.ok(Templates.welcome(Page.of(lang, c.title().get(lang), path), c, status.code(),
                        lang.date(catalog.dates(c).opens()),
                        campaign == null ? "" : campaign, tokens.issue(c.id())).setLocale(lang.locale()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("{lang: [a-z]{2}}/c/{id}/thanks")
    @Operation(summary = "The thank-you page, with where to get help")
    public Response thanks(@PathParam("lang") String code, @PathParam("id") String id, @QueryParam("country") String country,
                           @QueryParam("again") String again, @Context UriInfo uri) {
        Lang lang = Refusal.language(code);
        Consultation c = catalog.require(id).consultation();
        Messages m = Localizer.messages(lang);
        String resultsText = switch (c.results().publish()) {
            case LIVE -> m.thanks_results_live();
            case AFTER_CLOSE -> m.thanks_results_when(lang.date(catalog.dates(c).closes()));
            case NEVER -> null;
        };
        String path = "/c/" + id + "/thanks" + (country == null ? "" : "?country=" + urlEncode(country));
        return Response.ok(Templates.thanks(Page.of(lang, m.thanks_title(), path),
                helplines.forCountry(country).orElse(null), helplines.finder(), again != null, resultsText,
                "/" + lang.code() + "/results/" + id, links.absolute(uri, "/" + lang.code() + "/c/" + id)).setLocale(lang.locale())).build();
    }

    @GET
    @Path("{lang: [a-z]{2}}/privacy")
    @Operation(summary = "The privacy notice for young people")
    public Response privacy(@PathParam("lang") String code) {
        Lang lang = Refusal.language(code);
        return Response.ok(Templates.privacy(Page.of(lang, notices(lang).child_title(), "/privacy"))
                .setLocale(lang.locale())).build();
    }

    @GET
    @Path("{lang: [a-z]{2}}/privacy/adults")
    @Operation(summary = "The privacy notice for parents and teachers")
    public Response privacyAdults(@PathParam("lang") String code) {
        Lang lang = Refusal.language(code);
        return Response.ok(Templates.privacyAdults(Page.of(lang, notices(lang).adult_title(), "/privacy/adults"))
                .setLocale(lang.locale())).build();
    }

    private TemplateInstance home(Lang lang) {
        List<Views.Entry> open = catalog.all().stream().map(Catalog.Versioned::consultation)
                .filter(c -> catalog.status(c) == Status.OPEN)
                .map(c -> new Views.Entry(c.id(), c.title().get(lang), c.minutes())).toList();
        return Templates.home(Page.of(lang, Localizer.messages(lang).home_title(), "/"), open).setLocale(lang.locale());
    }

    private static PrivacyMessages notices(Lang lang) {
        return MessageBundles.get(PrivacyMessages.class, Localized.Literal.of(lang.code()));
    }

    static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
