package org.youthvoice.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.youthvoice.i18n.Lang;

/** The error body of every API refusal: {"errors":[{"question":…,"code":…,"message":…}]}, messages in the caller's language. */
public record ApiErrors(List<Item> errors) {

    /** One refused answer or field, or the request as a whole when question is null. */
    public record Item(@JsonInclude(JsonInclude.Include.ALWAYS) String question, String code, String message) {
    }

    public static ApiErrors of(List<Fault> faults, Lang lang) {
        return new ApiErrors(faults.stream().map(f -> new Item(f.question(), f.code(), f.message(lang))).toList());
    }

    public static Response response(Response.Status status, List<Fault> faults, Lang lang) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(of(faults, lang)).build();
    }
}
