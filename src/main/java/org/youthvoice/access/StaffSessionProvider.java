package org.youthvoice.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
            StaffAccount account = issued.isEmpty() ? null : restore(request.getPrincipal(), issued.getAsLong());
            if (account == null) {
                throw new AuthenticationFailedException();
            }
            return StaffIdentityProvider.identity(account);
        });
    }

    /** The enabled account of a session issued at {@code issued}, unless it signed out since; one transaction for both. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    StaffAccount restore(String username, long issued) {
        StaffAccount account = AccountService.USERNAME.matcher(username).matches()
                ? StaffAccount.byUsername(em, username).filter(a -> a.enabled).orElse(null) : null;
        return account == null || signOuts.ended(account.username, issued) ? null : account;
    }
}
