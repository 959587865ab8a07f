package org.youthvoice.system;

import io.quarkus.qute.TemplateGlobal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Style sheets and scripts under names that carry a hash of their content, {@code /assets/{hash}/css/app.css}, so
 * that browsers may keep them for a year: a changed file gets a new name. Templates link them through {@code assets}.
 */
@Path("/assets/{hash: [0-9a-f]{10}}/{file: (?:css|js)/[a-z-]+\\.(?:css|js)}")
@Tag(name = "Respondent pages")
public class Assets {

    /** The files served, relative to META-INF/resources. */
    static final List<String> FILES = List.of("css/app.css", "css/staff.css", "css/meeting.css", "css/report.css", "css/poster.css",
            "js/meeting.js");

    private record Asset(String hash, byte[] content) {
    }

    private static final Map<String, Asset> BY_FILE = FILES.stream().collect(Collectors.toMap(Function.identity(), Assets::load));

    /** Each file's address with its content hash, as templates write it: {@code {assets.get('css/app.css')}}. */
    @TemplateGlobal
    static final Map<String, String> assets = BY_FILE.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> "/assets/" + e.getValue().hash() + "/" + e.getKey()));

    @GET
    @Operation(summary = "A style sheet or script under its content-hashed name, cacheable for a year")
    public Response asset(@PathParam("hash") String hash, @PathParam("file") String file) {
        Asset asset = BY_FILE.get(file);
        if (asset == null || !asset.hash().equals(hash)) {
            throw Refusal.notFound(Problem.NOT_FOUND);
        }
        String type = file.endsWith(".css") ? "text/css; charset=UTF-8" : "text/javascript; charset=UTF-8";
        return Response.ok(asset.content(), type).header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable").build();
    }

    private static Asset load(String file) {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/resources/" + file)) {
            byte[] content = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return new Asset(HexFormat.of().formatHex(digest, 0, 5), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
