package org.youthvoice.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.i18n.Lang;
import org.youthvoice.response.AnswerError;
import org.youthvoice.response.AnswerProblem;
import org.youthvoice.response.Outcome;
import org.youthvoice.response.ResponseService;

/** The public JSON API: consultations and their definitions, and anonymous submission from partner channels. */
@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Public, no sign-in: definitions and anonymous responses")
public class ConsultationApi {

    private static final String SUBMISSION_EXAMPLE = """
            {"lang": "fr", "campaign": "AFR-SCH-01",
             "answers": {"age": "13-15", "been_mean_online": "yes", "what_happened": ["mean-messages"],
                         "country": "SN", "ideas": "Plus de cours sur la sécurité en ligne."}}""";
    private static final String ERRORS_EXAMPLE = """
            {"errors": [{"question": "what_happened", "code": "unknown_option",
                         "message": "Choisis une des réponses proposées."}]}""";

    private final Catalog catalog;
    private final ResponseService responses;
    private final ObjectMapper json;

    public ConsultationApi(Catalog catalog, ResponseService responses, ObjectMapper json) {
        this.catalog = catalog;
        this.responses = responses;
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
        return catalog.find(id).map(v -> {
            ObjectNode node = json.valueToTree(v.consultation());
            node.put("status", catalog.status(v.consultation()).code());
            node.put("version", v.version());
            return Response.ok(node).build();
        }).orElseGet(() -> ApiErrors.response(Response.Status.NOT_FOUND,
                List.of(AnswerError.general(AnswerProblem.UNKNOWN_CONSULTATION)), Lang.DEFAULT));
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
        Catalog.Versioned served = catalog.find(id).orElse(null);
        if (served == null) {
            return ApiErrors.response(Response.Status.NOT_FOUND,
                    List.of(AnswerError.general(AnswerProblem.UNKNOWN_CONSULTATION)), Lang.DEFAULT);
        }
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
