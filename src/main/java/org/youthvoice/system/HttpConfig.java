package org.youthvoice.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How the service is reached from outside. */
@ConfigMapping(prefix = "youthvoice.http")
public interface HttpConfig {

    /** The address printed on posters and in short links (env PUBLIC_URL); the request's own address when unset. */
    Optional<String> publicUrl();

    /** Whether responses carry Strict-Transport-Security: only where the service is reached over HTTPS (production). */
    @WithDefault("false")
    boolean hsts();
}
