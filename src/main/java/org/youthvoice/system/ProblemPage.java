package org.youthvoice.system;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;

/** The page that tells a reader in their language that something cannot be done: not found, refused, try again. */
public final class ProblemPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Page page, String heading, String text);
    }

    private ProblemPage() {
    }

    public static Response of(Response.Status status, Lang lang, String heading, String text) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(Page.of(lang, heading, "/"), heading, text).setLocale(lang.locale())).build();
    }

    /** A refusal as a page: its first fault's sentence under a heading that fits its status. */
    public static Response of(Refusal refusal, Lang lang) {
        Messages m = Localizer.messages(lang);
        String heading = refusal.status() == Response.Status.NOT_FOUND ? m.not_found_title() : m.try_again_title();
        String text = refusal.faults().isEmpty() ? m.error_malformed() : refusal.faults().get(0).message(lang);
        return of(refusal.status(), lang, heading, text);
    }

}
