package org.youthvoice.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.youthvoice.access.SignOuts;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;

/** Staff sign-in, the staff home page and sign-out. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Staff pages", description = "Server-rendered pages for admins, the chair, promoters and data stewards")
public class StaffPages {

    static final String SESSION_COOKIE = "yv-staff";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(StaffPage page, boolean failed);

        static native TemplateInstance home(StaffPage page);
    }

    private final StaffPage.Factory pages;
    private final SignOuts signOuts;

    public StaffPages(StaffPage.Factory pages, SignOuts signOuts) {
        this.signOuts = signOuts;
        this.pages = pages;
    }

    @GET
    @Path("login")
    @Operation(summary = "The staff sign-in page (posts to /j_security_check)")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("lang") String lang) {
        Lang chosen = Lang.of(lang).orElse(pages.lang());
        StaffPage page = new StaffPage(chosen, Localizer.messages(chosen).staff_sign_in(), null, null, null, java.util.List.of());
        return Templates.login(page, error != null).setLocale(chosen.locale());
    }

    @GET
    @Authenticated
    @Operation(summary = "The staff home page: the menu of the signed-in role")
    public TemplateInstance home() {
        StaffPage page = pages.page(Localizer.messages(pages.lang()).staff_title());
        return Templates.home(page).setLocale(page.lang().locale());
    }

    @POST
    @Path("logout")
    @Authenticated
    @Operation(summary = "Sign out: ends every staff session of the account, on every device, and drops the cookie")
    public Response logout(@RestForm String csrf) {
        pages.checkCsrf(csrf);
        signOuts.signOut(pages.actor());
        if (pages.throughOidc()) {
            // The OIDC extension answers this path: it drops its session cookie and signs out at the provider too
            // (RP-initiated logout), which then sends the browser back to the sign-in page.
            return Response.seeOther(URI.create(SignOuts.OIDC_LOGOUT_PATH)).build();
        }
        NewCookie gone = new NewCookie.Builder(SESSION_COOKIE).path("/").value("").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/staff/login")).cookie(gone).build();
    }
}
