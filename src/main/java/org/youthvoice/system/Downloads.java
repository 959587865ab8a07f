package org.youthvoice.system;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A file to download: its content, its media type, and the name the browser saves it under. */
public final class Downloads {

    public static final String CSV = "text/csv; charset=UTF-8";

    private Downloads() {
    }

    public static Response attachment(Object entity, String type, String filename) {
        return Response.ok(entity, type).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").build();
    }
}
