package org.youthvoice.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.youthvoice.system.HttpConfig;

/** The short link of a campaign as printed on posters: the public address of the service, plus /j/{code}. */
@ApplicationScoped
public class ShortLinks {

    private final Optional<String> publicUrl;

    public ShortLinks(HttpConfig config) {
        this.publicUrl = config.publicUrl().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).filter(u -> !u.isBlank());
    }

    /** The configured public address (env PUBLIC_URL), or else the address this request came to. */
    public String of(UriInfo uri, Campaign c) {
        return absolute(uri, "/j/" + c.code);
    }

    /** The public address of a path of the service, such as a consultation's plain link. */
    public String absolute(UriInfo uri, String path) {
        return publicUrl.map(base -> base + path)
                .orElseGet(() -> uri.getBaseUriBuilder().replacePath(path).replaceQuery(null).build().toString());
    }
}
