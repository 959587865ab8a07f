package org.youthvoice.results;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.i18n.Countries;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.privacy.Moderation;
import org.youthvoice.respondent.RespondentPages;
import org.youthvoice.respondent.Views;

/** The public results page: a table per question whose bars are drawn as SVG on the server, and a methodology note. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Respondent pages")
public class ResultsPages {

    /** One answer's row: its label, its count and share as shown, and the bar's length out of 100. */
    public record Row(String label, String count, String share, boolean hidden, double bar, double barStart) {
    }

    /** One question's block: its table, or for a free-text question the approved quotes. */
    public record Block(String text, String answered, List<Row> rows, List<QuoteView> quotes) {
    }

    /** An approved quote in its own language, with the language named. */
    public record QuoteView(String lang, String dir, String language, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(Views.Page page, String id, String title, String summary, List<String> method, List<Block> blocks);
    }

    private final Catalog catalog;
    private final ResultsService results;
    private final Moderation moderation;

    public ResultsPages(Catalog catalog, ResultsService results, Moderation moderation) {
        this.catalog = catalog;
        this.results = results;
        this.moderation = moderation;
    }

    @GET
    @Path("{lang: [a-z]{2}}/results/{id}")
    @Operation(summary = "Published results of a consultation, no password, in one of the six languages")
    public Response page(@PathParam("lang") String code, @PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Lang lang = Lang.of(code).orElse(null);
        var served = catalog.find(id).orElse(null);
        if (lang == null || served == null) {
            return RespondentPages.notFound(lang == null ? accept : code);
        }
        Consultation c = served.consultation();
        Messages m = Localizer.messages(lang);
        if (!results.isPublic(c)) {
            return RespondentPages.problem(Response.Status.NOT_FOUND, lang, c.title().get(lang), m.results_not_yet());
        }
        ResultsView view = results.results(c, "lang").orElseThrow();
        NumberFormat numbers = NumberFormat.getIntegerInstance(lang.locale());
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < c.questions().size(); i++) {
            Question q = c.questions().get(i);
            ResultsView.QuestionResult r = view.questions().get(i);
            String answered = r.answered() == null ? m.results_answered_hidden() : m.results_answered(r.answered());
            if (q.type() == QuestionType.TEXT) {
                List<QuoteView> quotes = moderation.approved(c.id(), q.id()).stream().map(o -> {
                    Lang ql = Lang.of(o.lang()).orElse(Lang.DEFAULT);
                    return new QuoteView(ql.code(), ql.dir(), ql.nativeName(), o.text());
                }).toList();
                if (!quotes.isEmpty()) {
                    blocks.add(new Block(q.text().get(lang), answered, List.of(), quotes));
                }
                continue;
            }
            blocks.add(new Block(q.text().get(lang), answered, rows(q, r, lang, numbers, m), List.of()));
        }
        String title = m.results_title() + " · " + c.title().get(lang);
        String summary = c.summary() == null ? null : c.summary().get(lang);
        return Response.ok(Templates.results(Views.Page.of(lang, title, "/results/" + id), id, title, summary, method(c, view, lang, numbers, m), blocks)
                .setLocale(lang.locale())).build();
    }

    private List<Row> rows(Question q, ResultsView.QuestionResult r, Lang lang, NumberFormat numbers, Messages m) {
        List<ResultsView.OptionResult> options = new ArrayList<>(r.options());
        if (q.type() == QuestionType.COUNTRY) {
            options.sort(Comparator.comparing((ResultsView.OptionResult o) -> o.count() == null ? 0 : o.count()).reversed());
        }
        NumberFormat percent = NumberFormat.getPercentInstance(lang.locale());
        return options.stream().map(o -> {
            String label = q.type() == QuestionType.COUNTRY ? Countries.name(o.code(), lang)
                    : q.option(o.code()).map(opt -> opt.label().get(lang)).orElse(o.code());
            if (o.count() == null) {
                return new Row(label, m.results_hidden(), "", true, 0, 0);
            }
            double share = o.share() == null ? 0 : o.share();
            double bar = Math.round(share * 1000) / 10.0;
            return new Row(label, numbers.format(o.count()), o.share() == null ? "" : percent.format(share), false, bar,
                    lang.rtl() ? 100 - bar : 0);
        }).toList();
    }

    private List<String> method(Consultation c, ResultsView view, Lang lang, NumberFormat numbers, Messages m) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale());
        var dates = catalog.dates(c);
        List<String> lines = new ArrayList<>();
        lines.add(m.results_method_dates(dates.opens().format(day), dates.closes().format(day)));
        lines.add(view.responses() == null ? m.results_method_few(c.results().minCell()) : m.results_method_responses(view.responses()));
        String languages = view.groups().stream().map(g -> Lang.of(g.key()).map(Lang::nativeName).orElse(g.key()))
                .collect(Collectors.joining(", "));
        if (!languages.isEmpty()) {
            lines.add(m.results_method_languages(languages));
        }
        lines.add(m.results_method_sample());
        lines.add(m.results_method_suppression(c.results().minCell()));
        return lines;
    }
}
