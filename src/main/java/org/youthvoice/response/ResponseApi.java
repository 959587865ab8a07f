package org.youthvoice.response;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.system.ApiErrors;

/** Anonymous submission from partner channels (chatbot, SMS gateway, offline tablet): one response per call. */
@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations")
public class ResponseApi {

    private static final String SUBMISSION_EXAMPLE = """
            {"lang": "fr", "campaign": "AFR-SCH-01",
             "answers": {"age": "13-15", "been_mean_online": "yes", "what_happened": ["mean-messages"],
                         "country": "SN", "ideas": "Plus de cours sur la sécurité en ligne."}}""";
    private static final String ERRORS_EXAMPLE = """
            {"errors": [{"question": "what_happened", "code": "unknown_option",
                         "message": "Choisis une des réponses proposées."}]}""";

    private final Catalog catalog;
    private final ResponseService responses;

    public ResponseApi(Catalog catalog, ResponseService responses) {
        this.catalog = catalog;
        this.responses = responses;
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit one anonymous response",
            description = "Answers are keyed by question id: an option code for single and scale questions, an array of codes for"
                    + " multiple, an ISO 3166 alpha-2 code for country, a string for text. Free text is scrubbed of contact"
                    + " details before it is stored. An optional receipt (a UUID drawn by the client) makes retries safe:"
                    + " the same receipt is stored once. Nothing identifying the sender is kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "response", value = SUBMISSION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored; the receipt identifies the response, not the respondent",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "This receipt was stored before; nothing new was stored",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", description = "Refused, nothing stored: per-question errors in the response's language",
            content = @Content(schema = @Schema(implementation = ApiErrors.class), examples = @ExampleObject(name = "errors", value = ERRORS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No consultation has this id",
            content = @Content(schema = @Schema(implementation = ApiErrors.class)))
    public Response submit(@PathParam("id") String id, byte[] body) {
        Catalog.Versioned served = catalog.require(id);
        SubmissionParser.Parsed parsed = SubmissionParser.parse(body == null ? new byte[0] : body, served.consultation());
        if (!parsed.errors().isEmpty()) {
            return ApiErrors.response(Response.Status.BAD_REQUEST, parsed.errors(), parsed.lang());
        }
        Outcome outcome = responses.submit(id, parsed.submission(), parsed.receipt());
        if (outcome instanceof Outcome.Stored stored) {
            return Response.status(Response.Status.CREATED).entity(new Receipt(stored.receipt(), id, served.version())).build();
        }
        if (outcome instanceof Outcome.AlreadyStored again) {
            return Response.ok(new Receipt(again.receipt(), id, served.version())).build();
        }
        return ApiErrors.response(Response.Status.BAD_REQUEST, ((Outcome.Refused) outcome).errors(), parsed.lang());
    }
}
