package org.youthvoice.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.OptionalLong;

/**
 * Restores a signed-in staff member from the encrypted session cookie on each request, reading the account again so
 * that a disabled account, a changed role or a sign-out takes effect at once: a cookie issued before the account last
 * signed out is refused, on every replica.
 */
@ApplicationScoped
public class StaffSessionProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final EntityManager em;
    private final SessionCookie cookies;
    private final SignOuts signOuts;

    public StaffSessionProvider(EntityManager em, SessionCookie cookies, SignOuts signOuts) {
        this.em = em;
        this.cookies = cookies;
        this.signOuts = signOuts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            OptionalLong issued = cookies.issuedAt(HttpSecurityUtils.getRoutingContextAttribute(request));
            StaffAccount account = QuarkusTransaction.requiringNew()
                    .call(() -> AccountService.USERNAME.matcher(request.getPrincipal()).matches()
                            ? StaffAccount.byUsername(em, request.getPrincipal()).filter(a -> a.enabled).orElse(null) : null);
            if (account == null || issued.isEmpty() || signOuts.ended(account.username, issued.getAsLong())) {
                throw new AuthenticationFailedException();
            }
            return StaffIdentityProvider.identity(account);
        });
    }
}
