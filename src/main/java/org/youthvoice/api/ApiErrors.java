package org.youthvoice.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.youthvoice.i18n.Lang;
import org.youthvoice.response.AnswerError;
import org.youthvoice.response.ErrorMessages;

/** The error body of every API refusal: {"errors":[{"question":…,"code":…,"message":…}]}, messages in the respondent's language. */
public record ApiErrors(List<Item> errors) {

    /** One refused answer, or the submission as a whole when question is null. */
    public record Item(@JsonInclude(JsonInclude.Include.ALWAYS) String question, String code, String message) {
    }

    public static ApiErrors of(List<AnswerError> errors, Lang lang) {
        return new ApiErrors(errors.stream().map(e -> new Item(e.question(), e.problem().name().toLowerCase(Locale.ROOT),
                ErrorMessages.of(e, lang))).toList());
    }

    /** A staff request refused for the given reason (staff messages are in English). */
    public static Response invalid(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiErrors(List.of(new Item(null, "invalid", message)))).build();
    }

    public static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiErrors(List.of(new Item(null, "not_found", "no such item")))).build();
    }

    public static Response response(Response.Status status, List<AnswerError> errors, Lang lang) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(of(errors, lang)).build();
    }
}
