package org.youthvoice.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The short link of a campaign as printed on posters: the public address of the service, plus /j/{code}. */
@ApplicationScoped
public class ShortLinks {

    private final Optional<String> publicUrl;

    public ShortLinks(@ConfigProperty(name = "youthvoice.public-url") Optional<String> publicUrl) {
        this.publicUrl = publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).filter(u -> !u.isBlank());
    }

    /** The configured public address (env PUBLIC_URL), or else the address this request came to. */
    public String of(UriInfo uri, Campaign c) {
        return publicUrl.map(base -> base + "/j/" + c.code)
                .orElseGet(() -> uri.getBaseUriBuilder().replacePath("/j/" + c.code).replaceQuery(null).build().toString());
    }
}
