package org.youthvoice.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * For staff signed in through OIDC: a token issued before the member last signed out here is refused (the provider
 * cannot know of that sign-out), and a promoter's region comes from the claim named in the configuration, so that OIDC
 * promoters are held to their region like local ones. Roles come from the claim named by
 * quarkus.oidc.roles.role-claim-path.
 */
@ApplicationScoped
public class OidcIdentityAugmentor implements SecurityIdentityAugmentor {

    private final String regionClaim;
    private final SignOuts signOuts;

    public OidcIdentityAugmentor(StaffConfig config, SignOuts signOuts) {
        this.regionClaim = config.oidcRegionClaim();
        this.signOuts = signOuts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        // The provider's sign-out path is let through: it only ends the session, and needs the token to do so at the provider.
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(identity);
        boolean signingOut = request != null && SignOuts.OIDC_LOGOUT_PATH.equals(request.normalizedPath());
        return context.runBlocking(() -> {
            // A token names its issue time in whole seconds: one issued in the very second of the sign-out counts as
            // after it, so that signing in again at once works.
            if (!signingOut && signOuts.ended(token.getName(), (token.getIssuedAtTime() + 1) * 1000 - 1)) {
                throw new AuthenticationFailedException("signed out since this token was issued");
            }
            Object region = token.getClaim(regionClaim);
            if (region == null || identity.getAttribute(StaffIdentityProvider.REGION) != null) {
                return identity;
            }
            return QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(StaffIdentityProvider.REGION, region.toString().replace("\"", "")).build();
        });
    }
}
