package org.youthvoice.stewardship;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.access.StaffRole;
import org.youthvoice.catalog.Catalog;

/** The data steward's download of a consultation's de-identified microdata, audited before it streams. */
@Path("/api/v1/admin/microdata")
@RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.STEWARD_NAME})
@Tag(name = "Staff API")
public class MicrodataApi {

    private final Catalog catalog;
    private final Microdata microdata;
    private final SecurityIdentity identity;

    public MicrodataApi(Catalog catalog, Microdata microdata, SecurityIdentity identity) {
        this.catalog = catalog;
        this.microdata = microdata;
        this.identity = identity;
    }

    @GET
    @Path("{id}.csv")
    @Produces("text/csv")
    @Operation(summary = "De-identified microdata as CSV: a row per response, region and day only, codes and scrubbed text,"
            + " possible disclosures of harm withheld (admin, steward; audited)")
    public Response csv(@PathParam("id") String id) {
        return microdata.download(identity.getPrincipal().getName(), catalog.require(id).consultation());
    }
}
