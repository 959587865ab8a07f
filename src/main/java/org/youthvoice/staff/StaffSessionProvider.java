package org.youthvoice.staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Restores a signed-in staff member from the encrypted session cookie on each request, reading the account again so
 * that a disabled account or a changed role takes effect at once.
 */
@ApplicationScoped
public class StaffSessionProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final EntityManager em;

    public StaffSessionProvider(EntityManager em) {
        this.em = em;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            StaffAccount account = QuarkusTransaction.requiringNew()
                    .call(() -> AccountService.USERNAME.matcher(request.getPrincipal()).matches()
                            ? StaffAccount.byUsername(em, request.getPrincipal()).filter(a -> a.enabled).orElse(null) : null);
            if (account == null) {
                throw new AuthenticationFailedException();
            }
            return StaffIdentityProvider.identity(account);
        });
    }
}
