package org.youthvoice.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.youthvoice.catalog.Catalog;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Publish;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.definition.Status;
import org.youthvoice.i18n.Countries;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.results.ResultsService;
import org.youthvoice.results.ResultsView;
import org.youthvoice.stewardship.Moderation;

/** Lays out a consultation's suppressed results in one language, with its approved quotes and methodology note. */
@ApplicationScoped
public class ResultsReports {

    private final Catalog catalog;
    private final ResultsService results;
    private final Moderation moderation;

    public ResultsReports(Catalog catalog, ResultsService results, Moderation moderation) {
        this.catalog = catalog;
        this.results = results;
        this.moderation = moderation;
    }

    /** The report of the overall results; a free-text question appears only when it has approved quotes. */
    public Report of(Consultation c, Lang lang) {
        // One reading serves both: the overall numbers, and the language groups the methodology names.
        ResultsView view = results.results(c, "lang");
        Messages m = Localizer.messages(lang);
        NumberFormat numbers = NumberFormat.getIntegerInstance(lang.locale());
        List<Report.Block> blocks = new ArrayList<>();
        for (int i = 0; i < c.questions().size(); i++) {
            Question q = c.questions().get(i);
            ResultsView.QuestionResult r = view.questions().get(i);
            String answered = r.answered() == null ? m.results_answered_hidden() : m.results_answered(numbers.format(r.answered()));
            if (q.type() != QuestionType.TEXT) {
                blocks.add(new Report.Block(q.id(), q.text().get(lang), answered, rows(q, r, lang, numbers, m), List.of()));
                continue;
            }
            List<Report.Quote> quotes = moderation.approved(c.id(), q.id()).stream().map(o -> {
                Lang ql = Lang.of(o.lang()).orElse(Lang.DEFAULT);
                return new Report.Quote(ql.code(), ql.dir(), ql.nativeName(), o.text());
            }).toList();
            if (!quotes.isEmpty()) {
                blocks.add(new Report.Block(q.id(), q.text().get(lang), answered, List.of(), quotes));
            }
        }
        String summary = c.summary() == null ? null : c.summary().get(lang);
        boolean live = c.results().publish() == Publish.LIVE && catalog.status(c) == Status.OPEN;
        return new Report(lang, c.id(), c.title().get(lang), summary, method(c, view, lang, numbers, m), blocks, live);
    }

    private static List<Report.Row> rows(Question q, ResultsView.QuestionResult r, Lang lang, NumberFormat numbers, Messages m) {
        List<ResultsView.OptionResult> options = new ArrayList<>(r.options());
        if (q.type() == QuestionType.COUNTRY) {
            options.sort(Comparator.comparing((ResultsView.OptionResult o) -> o.count() == null ? 0 : o.count()).reversed());
        }
        NumberFormat percent = NumberFormat.getPercentInstance(lang.locale());
        return options.stream().map(o -> {
            String label = q.type() == QuestionType.COUNTRY ? Countries.name(o.code(), lang)
                    : q.option(o.code()).map(opt -> opt.label().get(lang)).orElse(o.code());
            if (o.count() == null) {
                return new Report.Row(label, m.results_hidden(), "", true, 0, 0);
            }
            double share = o.share() == null ? 0 : o.share();
            double bar = Math.round(share * 1000) / 10.0;
            return new Report.Row(label, numbers.format(o.count()), o.share() == null ? "" : percent.format(share), false, bar,
                    lang.rtl() ? 100 - bar : 0);
        }).toList();
    }

    private List<String> method(Consultation c, ResultsView view, Lang lang, NumberFormat numbers, Messages m) {
        var dates = catalog.dates(c);
        List<String> lines = new ArrayList<>();
        lines.add(m.results_method_dates(lang.date(dates.opens()), lang.date(dates.closes())));
        lines.add(view.responses() == null ? m.results_method_few(numbers.format(c.results().minCell()))
                : m.results_method_responses(numbers.format(view.responses())));
        String languages = view.groups().stream()
                .map(g -> Lang.of(g.key()).map(Lang::nativeName).orElse(g.key())).collect(Collectors.joining(lang.listSeparator()));
        if (!languages.isEmpty()) {
            lines.add(m.results_method_languages(languages));
        }
        List<String> channels = results.channels(c).stream().map(ch -> "api".equals(ch) ? m.results_channel_api() : m.results_channel_web()).toList();
        if (!channels.isEmpty()) {
            lines.add(m.results_method_channels(String.join(lang.listSeparator(), channels)));
        }
        lines.add(m.results_method_sample());
        lines.add(m.results_method_suppression(numbers.format(c.results().minCell())));
        return lines;
    }
}
