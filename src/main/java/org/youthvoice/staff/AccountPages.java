package org.youthvoice.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestForm;
import org.youthvoice.access.AccountService;
import org.youthvoice.access.Audit;
import org.youthvoice.access.AuditEvent;
import org.youthvoice.access.StaffRole;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Days;

/** Admin pages: staff accounts (create, role, password, disable) and the audit log. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(StaffRole.ADMIN_NAME)
@Tag(name = "Staff pages")
public class AccountPages {

    private static final String DONE = "/staff/accounts?done=1";

    /** An account as listed, with its labels in the page's language. */
    public record Row(String username, String role, String roleLabel, String region, String regionLabel, boolean enabled) {
    }

    /** A code and its label, for select lists. */
    public record Choice(String code, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(StaffPage page, List<Row> accounts, List<Choice> roles, List<Choice> regions,
                                                String error, boolean done);

        static native TemplateInstance audit(StaffPage page, List<AuditEvent> events, String actor, String action,
                                             String from, String to, List<String> actions);
    }

    private final StaffPage.Factory pages;
    private final AccountService accounts;
    private final Audit audit;
    private final ItuRegions regions;

    public AccountPages(StaffPage.Factory pages, AccountService accounts, Audit audit, ItuRegions regions) {
        this.pages = pages;
        this.accounts = accounts;
        this.audit = audit;
        this.regions = regions;
    }

    @GET
    @Path("accounts")
    @Operation(summary = "Staff accounts with their roles and regions")
    public Response list(@QueryParam("done") String done) {
        return render(null, done != null, Response.Status.OK);
    }

    @POST
    @Path("accounts")
    @Operation(summary = "Create a staff account")
    public Response create(@RestForm String csrf, @RestForm String username, @RestForm String role, @RestForm String region,
                           @RestForm String password) {
        return pages.post(csrf, () -> accounts.create(pages.actor(), username, role, region, password), DONE, this::refused);
    }

    @POST
    @Path("accounts/{username}/role")
    @Operation(summary = "Change an account's role (and a promoter's region)")
    public Response role(@PathParam("username") String username, @RestForm String csrf, @RestForm String role,
                         @RestForm String region) {
        return pages.post(csrf, () -> accounts.changeRole(pages.actor(), username, role, region), DONE, this::refused);
    }

    @POST
    @Path("accounts/{username}/password")
    @Operation(summary = "Reset an account's password")
    public Response password(@PathParam("username") String username, @RestForm String csrf, @RestForm String password) {
        return pages.post(csrf, () -> accounts.resetPassword(pages.actor(), username, password), DONE, this::refused);
    }

    @POST
    @Path("accounts/{username}/enabled")
    @Operation(summary = "Disable or enable an account")
    public Response enabled(@PathParam("username") String username, @RestForm String csrf, @RestForm boolean enabled) {
        return pages.post(csrf, () -> accounts.setEnabled(pages.actor(), username, enabled), DONE, this::refused);
    }

    @GET
    @Path("audit")
    @Operation(summary = "The audit log, newest first, filtered by user, action and days")
    public TemplateInstance audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                  @QueryParam("from") String from, @QueryParam("to") String to) {
        StaffPage page = pages.page(Localizer.messages(pages.lang()).nav_audit());
        List<AuditEvent> events = audit.find(actor, action, Days.lenient(from), Days.lenient(to), 500);
        List<String> actions = java.util.Arrays.stream(Audit.Action.values()).map(a -> a.name().toLowerCase()).toList();
        return Templates.audit(page, events, blank(actor), blank(action), blank(from), blank(to), actions).setLocale(page.lang().locale());
    }

    private Response refused(String error) {
        return render(error, false, Response.Status.BAD_REQUEST);
    }

    private Response render(String error, boolean done, Response.Status status) {
        Messages m = Localizer.messages(pages.lang());
        StaffPage page = pages.page(m.nav_accounts());
        List<Row> rows = accounts.list().stream().map(a -> new Row(a.username, a.role, StaffLabels.role(a.role, m), a.region,
                a.region == null ? "" : ItuRegions.label(a.region, m), a.enabled)).toList();
        List<Choice> roles = java.util.Arrays.stream(StaffRole.values()).map(r -> new Choice(r.code(), StaffLabels.role(r.code(), m))).toList();
        List<Choice> regionChoices = regions.regions().stream().map(r -> new Choice(r, ItuRegions.label(r, m))).toList();
        return Response.status(status).entity(Templates.accounts(page, rows, roles, regionChoices, error, done)
                .setLocale(page.lang().locale())).build();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
