package org.youthvoice.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.system.Days;
import org.youthvoice.system.Problem;
import org.youthvoice.system.Refusal;

/** The staff API for accounts and the audit log (admin only). */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRole.ADMIN_NAME)
@Tag(name = "Staff API", description = "Staff operations; HTTP Basic with a staff account, role as stated per endpoint")
public class AccountApi {

    /** An account as the API shows it: never its hash. */
    public record AccountView(String username, String role, String region, boolean enabled) {
        static AccountView of(StaffAccount a) {
            return new AccountView(a.username, a.role, a.region, a.enabled);
        }
    }

    /** A new account, or new values for one. */
    public record AccountRequest(String username, String role, String region, String password, Boolean enabled) {
    }

    /** An audit event as the API shows it. */
    public record AuditView(String at, String actor, String action, String target, String detail) {
    }

    private final AccountService accounts;
    private final Audit audit;
    private final SecurityIdentity identity;

    public AccountApi(AccountService accounts, Audit audit, SecurityIdentity identity) {
        this.accounts = accounts;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @Path("accounts")
    @Operation(summary = "Staff accounts (admin)")
    public List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @POST
    @Path("accounts")
    @Operation(summary = "Create a staff account (admin)")
    public Response create(AccountRequest r) {
        return act(r, x -> accounts.create(actor(), x.username(), x.role(), x.region(), x.password()), Response.Status.CREATED);
    }

    @POST
    @Path("accounts/{username}/role")
    @Operation(summary = "Change an account's role and region (admin)")
    public Response role(@PathParam("username") String username, AccountRequest r) {
        return act(r, x -> accounts.changeRole(actor(), username, x.role(), x.region()), Response.Status.OK);
    }

    @POST
    @Path("accounts/{username}/password")
    @Operation(summary = "Reset an account's password (admin)")
    public Response password(@PathParam("username") String username, AccountRequest r) {
        return act(r, x -> accounts.resetPassword(actor(), username, x.password()), Response.Status.OK);
    }

    @POST
    @Path("accounts/{username}/enabled")
    @Operation(summary = "Disable or enable an account (admin)")
    public Response enabled(@PathParam("username") String username, AccountRequest r) {
        return act(r, x -> accounts.setEnabled(actor(), username, x.enabled() == null || x.enabled()), Response.Status.OK);
    }

    @GET
    @Path("audit")
    @Operation(summary = "The audit log, newest first, filtered by actor, action and days (admin)")
    public Response audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                          @QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(audit.find(actor, action, Days.parse(from), Days.parse(to), 1000).stream()
                .map(e -> new AuditView(e.at.toString(), e.actor, e.action, e.target, e.detail)).toList()).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static Response act(AccountRequest r, java.util.function.Consumer<AccountRequest> change, Response.Status status) {
        if (r == null) {
            throw Refusal.invalid(Problem.BODY_NEEDED);
        }
        change.accept(r);
        return Response.status(status).entity(java.util.Map.of("done", true)).build();
    }
}
