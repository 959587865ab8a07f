package org.youthvoice.staff;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.youthvoice.access.Csrf;
import org.youthvoice.access.StaffIdentityProvider;
import org.youthvoice.access.StaffRole;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Refusal;

/** What every staff page shows: language, title, who is signed in, the form token, and the menu for their role. */
public record StaffPage(Lang lang, String title, String user, String role, String csrf, List<MenuItem> menu) {

    /** A link of the staff menu. */
    public record MenuItem(String href, String label) {
    }

    /** Builds the page frame for the signed-in staff member of this request. */
    @RequestScoped
    public static class Factory {
        private final SecurityIdentity identity;
        private final Csrf csrf;
        private final HttpHeaders headers;

        public Factory(SecurityIdentity identity, Csrf csrf, HttpHeaders headers) {
            this.identity = identity;
            this.csrf = csrf;
            this.headers = headers;
        }

        public Lang lang() {
            return Lang.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        }

        public StaffPage page(String title) {
            if (identity.isAnonymous()) {
                return new StaffPage(lang(), title, null, null, null, List.of());
            }
            String role = identity.getRoles().stream().findFirst().orElse("");
            Messages m = Localizer.messages(lang());
            return new StaffPage(lang(), title, identity.getPrincipal().getName(), StaffLabels.role(role, m), csrf.token(identity),
                    menu(role, m));
        }

        /** The staff member's name. */
        public String actor() {
            return identity.getPrincipal().getName();
        }

        /** Whether the staff member signed in through the OIDC provider rather than with a local account. */
        public boolean throughOidc() {
            return identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken;
        }

        /** A promoter's region, or null for the other roles. */
        public String region() {
            return identity.hasRole(StaffRole.PROMOTER.code()) ? identity.getAttribute(StaffIdentityProvider.REGION) : null;
        }

        public void checkCsrf(String token) {
            csrf.check(identity, token);
        }

        /**
         * A staff form's post: the form token checked, then the change. A refusal that names something missing (404)
         * goes to the not-found page; any other is drawn by {@code refused} with its sentence in the staff member's
         * language. After the change the browser is sent to {@code done}.
         */
        public Response post(String token, Runnable change, String done, Function<String, Response> refused) {
            return post(token, () -> {
                change.run();
                return done;
            }, refused);
        }

        /** The same, for a change that says itself where the browser goes next (a page of what it created). */
        public Response post(String token, Supplier<String> change, Function<String, Response> refused) {
            checkCsrf(token);
            String next;
            try {
                next = change.get();
            } catch (Refusal refusal) {
                if (refusal.status() == Response.Status.NOT_FOUND || refusal.faults().isEmpty()) {
                    throw refusal;
                }
                return refused.apply(refusal.faults().get(0).message(lang()));
            }
            return Response.seeOther(URI.create(next)).build();
        }

        private static List<MenuItem> menu(String role, Messages m) {
            MenuItem consultations = new MenuItem("/staff/consultations", m.nav_consultations());
            MenuItem campaigns = new MenuItem("/staff/campaigns", m.nav_campaigns());
            MenuItem participation = new MenuItem("/staff/participation", m.nav_participation());
            MenuItem data = new MenuItem("/staff/data", m.nav_data());
            MenuItem quotes = new MenuItem("/staff/quotes", m.nav_quotes());
            MenuItem results = new MenuItem("/staff/results", m.nav_results());
            return switch (StaffRole.of(role).orElse(StaffRole.STEWARD)) {
                case ADMIN -> List.of(consultations, campaigns, participation, results, quotes, data, new MenuItem("/staff/accounts", m.nav_accounts()),
                        new MenuItem("/staff/audit", m.nav_audit()));
                case CHAIR -> List.of(participation, results);
                case PROMOTER -> List.of(campaigns);
                case STEWARD -> List.of(quotes, data);
            };
        }
    }
}
