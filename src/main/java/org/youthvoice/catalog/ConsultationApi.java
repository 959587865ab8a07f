package org.youthvoice.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.definition.Consultation;
import org.youthvoice.system.ApiErrors;

/** The public JSON API of the catalogue: every consultation with its status, and each one's full definition. */
@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Public, no sign-in: definitions and anonymous responses")
public class ConsultationApi {

    private final Catalog catalog;
    private final ObjectMapper json;

    public ConsultationApi(Catalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GET
    @Operation(summary = "Every consultation, with its status (open, scheduled or closed)")
    @APIResponse(responseCode = "200", description = "The consultations",
            content = @Content(schema = @Schema(implementation = ConsultationSummary[].class), examples = @ExampleObject(name = "list",
                    value = "[{\"id\":\"cyberbullying\",\"title\":{\"ar\":\"…\",\"zh\":\"…\",\"en\":\"Bullying online\",\"fr\":\"…\",\"ru\":\"…\",\"es\":\"…\"},"
                            + "\"status\":\"open\",\"version\":1,\"opens\":\"2026-01-01\",\"closes\":\"2027-12-31\",\"minutes\":5,"
                            + "\"audience\":{\"min_age\":9,\"max_age\":24}}]")))
    public List<ConsultationSummary> list() {
        return catalog.all().stream().map(v -> {
            Consultation c = v.consultation();
            var dates = catalog.dates(c);
            return new ConsultationSummary(c.id(), c.title(), catalog.status(c), v.version(), dates.opens(), dates.closes(),
                    c.minutes(), c.audience());
        }).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The full definition of a consultation, in the field names of its file, with status and version")
    @APIResponse(responseCode = "200", description = "The definition: texts in ar zh en fr ru es, questions with option codes")
    @APIResponse(responseCode = "404", description = "No consultation has this id",
            content = @Content(schema = @Schema(implementation = ApiErrors.class)))
    public Response definition(@Parameter(description = "The consultation's id", example = "cyberbullying") @PathParam("id") String id) {
        Catalog.Versioned served = catalog.require(id);
        ObjectNode node = json.valueToTree(served.consultation());
        node.put("status", catalog.status(served.consultation()).code());
        node.put("version", served.version());
        return Response.ok(node).build();
    }
}
