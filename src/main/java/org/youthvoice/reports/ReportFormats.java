package org.youthvoice.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Downloads;

/**
 * A report as the meeting view (one screen per question), the printable A4 page, a PDF of that page, or a DOCX. The
 * public results pages and the staff results pages both render through here; only their addresses differ.
 */
@ApplicationScoped
public class ReportFormats {

    /** The query parameter of a paused meeting view: the screen does not reload itself. */
    public static final String PAUSED = "paused";

    /** A meeting view is reloaded this often, in seconds, while a live consultation is open. */
    static final int LIVE_REFRESH_SECONDS = 15;

    /** How many rendered PDFs are kept. */
    private static final int KEPT_DOCUMENTS = 24;

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /**
     * Where a report's formats live: under {@code base}, with the language in the path ({@code %s} in the base) or
     * else in the query.
     */
    public record Addresses(String base) {

        /** The public addresses, /{lang}/results/{id}/…, shown under the publication rule. */
        public static Addresses published(String id) {
            return new Addresses("/%s/results/" + id);
        }

        /** The staff addresses, /staff/results/{id}/…?lang=, at any time. */
        public static Addresses staff(String id) {
            return new Addresses("/staff/results/" + id);
        }

        String meeting(Lang lang, int screen, boolean paused) {
            String at = at(lang, "/meeting/" + screen);
            return paused ? at + (at.contains("?") ? "&" : "?") + PAUSED + "=1" : at;
        }

        String report(Lang lang, String format) {
            return at(lang, "/report." + format);
        }

        private String at(Lang lang, String path) {
            return base.contains("%s") ? base.formatted(lang.code()) + path : base + path + "?lang=" + lang.code();
        }
    }

    /** A link to the same screen in another language. */
    public record LangLink(Lang lang, String href) {
    }

    /**
     * One screen of the meeting view: the title screen, a question, or the methodology note. While a live view reloads
     * itself, {@code pause} leads to the same screen without reloading; while it is paused, {@code resume} leads back.
     */
    public record Screen(int number, String position, String kind, Report.Block block, String previous, String next,
                         List<LangLink> languages, String joinLink, String qr, String pause, String resume) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meeting(Report report, Screen screen, int refresh);

        static native TemplateInstance report(Report report, boolean pdf, String css, String pdfHref, String docxHref);
    }

    private final PdfRenderer pdf = new PdfRenderer();
    private final Map<String, byte[]> made = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT_DOCUMENTS;
        }
    });
    private final String css = resource("/META-INF/resources/css/report.css");

    /** The number of screens of a report's meeting view: a title, one per block, and the methodology note. */
    public static int screens(Report report) {
        return report.blocks().size() + 2;
    }

    /**
     * Screen {@code n} (0 is the title) of the meeting view; {@code joinLink} is shown with a QR code while live. A live
     * view reloads itself unless {@code paused}: the pause is a link, so that it works without JavaScript too, and the
     * view's links keep it.
     */
    public TemplateInstance meeting(Report report, int n, boolean paused, Addresses at, String joinLink) {
        int total = screens(report);
        int screen = Math.max(0, Math.min(n, total - 1));
        Messages m = Localizer.messages(report.lang());
        NumberFormat numbers = NumberFormat.getIntegerInstance(report.lang().locale());
        String kind = screen == 0 ? "title" : screen == total - 1 ? "method" : "question";
        Report.Block block = "question".equals(kind) ? report.blocks().get(screen - 1) : null;
        boolean still = paused && report.live();
        List<LangLink> languages = Arrays.stream(Lang.values()).map(l -> new LangLink(l, at.meeting(l, screen, still))).toList();
        boolean showJoin = report.live() && joinLink != null;
        return Templates.meeting(report, new Screen(screen, m.results_screen(numbers.format(screen + 1), numbers.format(total)), kind,
                        block, screen > 0 ? at.meeting(report.lang(), screen - 1, still) : null,
                        screen < total - 1 ? at.meeting(report.lang(), screen + 1, still) : null, languages,
                        showJoin ? joinLink : null, showJoin ? org.youthvoice.system.QrCodes.svg(joinLink) : null,
                        report.live() && !still ? at.meeting(report.lang(), screen, true) : null,
                        still ? at.meeting(report.lang(), screen, false) : null),
                report.live() && !still ? LIVE_REFRESH_SECONDS : 0).setLocale(report.lang().locale());
    }

    /** The printable report, styled for A4 paper. */
    public TemplateInstance printable(Report report, Addresses at) {
        return Templates.report(report, false, null, at.report(report.lang(), "pdf"), at.report(report.lang(), "docx"))
                .setLocale(report.lang().locale());
    }

    /**
     * The printable report as a PDF download, with its fonts embedded. The last documents made are kept by their
     * content, so that a page reloaded by many readers is drawn once.
     */
    public Response pdf(Report report) {
        String xhtml = Templates.report(report, true, css, null, null).setLocale(report.lang().locale()).render();
        byte[] document = made.computeIfAbsent(xhtml, page -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                pdf.render(page, report.lang().rtl(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
        return download(document, PDF, report, "pdf");
    }

    /** The report as a Word document. */
    public Response docx(Report report) {
        StreamingOutput body = out -> ReportDocx.write(report, Localizer.messages(report.lang()), out);
        return download(body, DOCX, report, "docx");
    }

    private static Response download(Object body, String type, Report report, String extension) {
        return Downloads.attachment(body, type, report.id() + "-results-" + report.lang().code() + "." + extension);
    }

    private static String resource(String name) {
        try (InputStream in = ReportFormats.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
