package org.youthvoice.respondent;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.campaign.CampaignService.Scope;
import org.youthvoice.campaign.CampaignService;
import org.youthvoice.system.Problem;
import org.youthvoice.system.Refusal;

/** The short link of a campaign: into its consultation, in its default language, with the campaign carried along. */
@Path("/j")
@Tag(name = "Respondent pages")
public class JoinLink {

    private final CampaignService campaigns;

    public JoinLink(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A campaign's short link: redirects to its consultation's welcome page, campaign carried along")
    public Response join(@PathParam("code") String code) {
        String normal = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
        return campaigns.find(normal, Scope.all("respondent")).filter(c -> c.active)
                .map(c -> Response.seeOther(URI.create("/" + c.defaultLang + "/c/" + c.consultationId + "?campaign=" + c.code)).build())
                .orElseThrow(() -> Refusal.notFound(Problem.NOT_FOUND));
    }
}
