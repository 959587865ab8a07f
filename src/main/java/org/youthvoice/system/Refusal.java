package org.youthvoice.system;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.youthvoice.i18n.Lang;

/**
 * A request refused for reasons the caller can act on: the one exception every feature throws for "not found" and
 * "not like this". {@link ErrorMappers} answers it as JSON under /api and as a page in the reader's language elsewhere.
 * It carries no stack trace and no input: it is an answer, not a failure.
 */
public final class Refusal extends RuntimeException {

    private final Response.Status status;
    private final List<Fault> faults;

    public Refusal(Response.Status status, List<Fault> faults) {
        super(faults.isEmpty() ? status.toString() : faults.get(0).code(), null, false, false);
        this.status = status;
        this.faults = List.copyOf(faults);
    }

    /** 404: the thing named does not exist (or the caller may not see it). */
    public static Refusal notFound(Reason reason) {
        return new Refusal(Response.Status.NOT_FOUND, List.of(Fault.general(reason)));
    }

    /** The language a path names, or a 404 refusal (then answered in the language of the Accept-Language header). */
    public static Lang language(String code) {
        return Lang.of(code).orElseThrow(() -> notFound(Problem.NOT_FOUND));
    }

    /** 400: the request as a whole cannot be done as asked. */
    public static Refusal invalid(Reason reason, Object... args) {
        return new Refusal(Response.Status.BAD_REQUEST, List.of(Fault.general(reason, args)));
    }

    /** 400: refused for this fault. */
    public static Refusal of(Fault fault) {
        return new Refusal(Response.Status.BAD_REQUEST, List.of(fault));
    }

    /** 400: one field of the request is refused. */
    public static Refusal field(String field, Reason reason, Object... args) {
        return new Refusal(Response.Status.BAD_REQUEST, List.of(new Fault(field, reason, args)));
    }

    public Response.Status status() {
        return status;
    }

    public List<Fault> faults() {
        return faults;
    }

    /** Whether the first fault has this reason. */
    public boolean is(Reason reason) {
        return !faults.isEmpty() && faults.get(0).reason() == reason;
    }
}
