package org.youthvoice.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Staff sign-in settings. */
@ConfigMapping(prefix = "youthvoice.staff")
public interface StaffConfig {

    /** Password of the first admin account (env ADMIN_PASSWORD); generated and printed once when unset. */
    Optional<String> adminPassword();

    /** Failed sign-ins in a row after which an account is locked for a while. */
    @WithDefault("5")
    int maxFailedSignIns();

    /** How long a locked account stays locked. */
    @WithDefault("PT15M")
    Duration lockDuration();

    /** The OIDC token claim holding a promoter's region (env OIDC_REGION_CLAIM). */
    @WithDefault("youthvoice_region")
    String oidcRegionClaim();

    /** Secret for staff sessions and form tokens (env STAFF_SECRET), shared by every replica; random per start when unset. */
    Optional<String> secret();
}
