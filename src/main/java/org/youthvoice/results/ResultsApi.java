package org.youthvoice.results;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.system.ApiErrors;

/** Published aggregate results, without a password, under the consultation's publication rule. */
@Path("/api/v1/consultations/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations")
public class ResultsApi {

    private final Catalog catalog;
    private final ResultsService results;

    public ResultsApi(Catalog catalog, ResultsService results) {
        this.catalog = catalog;
        this.results = results;
    }

    @GET
    @Operation(summary = "Aggregate results with suppression: a count below the consultation's minimum cell size, or one that"
            + " could be recovered from totals, is published as suppressed (count null)")
    @APIResponse(responseCode = "200", description = "The results", content = @Content(schema = @Schema(implementation = ResultsView.class)))
    @APIResponse(responseCode = "400", description = "Unknown breakdown", content = @Content(schema = @Schema(implementation = ApiErrors.class)))
    @APIResponse(responseCode = "404", description = "No such consultation, or its results are not published (yet)",
            content = @Content(schema = @Schema(implementation = ApiErrors.class)))
    public Response results(@PathParam("id") String id,
                            @Parameter(description = "A breakdown: age_band, gender, region, country, lang or campaign") @QueryParam("by") String by) {
        return Response.ok(results.results(results.published(id), by)).build();
    }
}
