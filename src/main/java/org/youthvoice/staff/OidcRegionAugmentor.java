package org.youthvoice.staff;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * For staff signed in through OIDC: roles come from the token claim named by quarkus.oidc.roles.role-claim-path, and a
 * promoter's region from the claim named here, so that OIDC promoters are held to their region like local ones.
 */
@ApplicationScoped
public class OidcRegionAugmentor implements SecurityIdentityAugmentor {

    private final String regionClaim;

    public OidcRegionAugmentor(StaffConfig config) {
        this.regionClaim = config.oidcRegionClaim();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || identity.getAttribute(StaffIdentityProvider.REGION) != null) {
            return Uni.createFrom().item(identity);
        }
        Object region = token.getClaim(regionClaim);
        if (region == null) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(StaffIdentityProvider.REGION, region.toString().replace("\"", "")).build());
    }
}
