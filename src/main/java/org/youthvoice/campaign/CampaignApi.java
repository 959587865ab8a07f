package org.youthvoice.campaign;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.access.StaffIdentityProvider;
import org.youthvoice.access.StaffRole;
import org.youthvoice.campaign.CampaignService.Draft;
import org.youthvoice.campaign.CampaignService.Scope;
import org.youthvoice.participation.Participation;
import org.youthvoice.system.Problem;
import org.youthvoice.system.QrCodes;
import org.youthvoice.system.Refusal;

/** The staff API for campaigns: admins see all, promoters only their region's. */
@Path("/api/v1/admin/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.PROMOTER_NAME})
@Tag(name = "Staff API")
public class CampaignApi {

    /** A campaign as the API shows it, with its short link. */
    public record View(String code, String consultation, String label, String region, String defaultLang, boolean active,
                       String link, String createdBy, String createdAt) {
    }

    /** A campaign with its responses by day and language. */
    public record Detail(View campaign, Map<LocalDate, Map<String, Long>> responsesByDay) {
    }

    /** A new campaign; region is ignored for a promoter (their own is used); code is optional. */
    public record Request(String consultation, String label, String region, String defaultLang, String code) {
    }

    private final CampaignService campaigns;
    private final Participation participation;
    private final SecurityIdentity identity;
    private final ShortLinks links;

    public CampaignApi(CampaignService campaigns, Participation participation, SecurityIdentity identity, ShortLinks links) {
        this.links = links;
        this.campaigns = campaigns;
        this.participation = participation;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Campaigns (admin: all; promoter: their region's)")
    public List<View> list(@Context UriInfo uri) {
        return campaigns.list(scope()).stream().map(c -> view(uri, c)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a campaign (admin, promoter in their region)")
    public Response create(@Context UriInfo uri, Request r) {
        if (r == null) {
            throw Refusal.invalid(Problem.BODY_NEEDED);
        }
        Draft draft = new Draft(r.consultation(), r.label(), r.region(), r.defaultLang(), r.code());
        return Response.status(Response.Status.CREATED).entity(view(uri, campaigns.create(draft, scope()))).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One campaign with its responses by day and language (admin, promoter of its region)")
    public Response show(@Context UriInfo uri, @PathParam("code") String code) {
        Campaign c = campaigns.require(code, scope());
        return Response.ok(new Detail(view(uri, c), participation.campaignByDay(c.code))).build();
    }

    @POST
    @Path("{code}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop or restart a campaign's link: {\"active\": false} (admin, promoter of its region)")
    public Response active(@PathParam("code") String code, Map<String, Boolean> body) {
        boolean active = body == null || !Boolean.FALSE.equals(body.get("active"));
        campaigns.setActive(code, active, scope());
        return Response.ok(Map.of("active", active)).build();
    }

    @GET
    @Path("{code}/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The QR code of the short link as SVG (admin, promoter of its region)")
    public Response svg(@Context UriInfo uri, @PathParam("code") String code) {
        return Response.ok(QrCodes.svg(links.of(uri, campaigns.require(code, scope())))).build();
    }

    private Scope scope() {
        String region = identity.hasRole(StaffRole.PROMOTER_NAME) ? identity.getAttribute(StaffIdentityProvider.REGION) : null;
        return new Scope(identity.getPrincipal().getName(), region);
    }

    private View view(UriInfo uri, Campaign c) {
        return new View(c.code, c.consultationId, c.label, c.region, c.defaultLang, c.active, links.of(uri, c),
                c.createdBy, c.createdAt.toString());
    }
}
