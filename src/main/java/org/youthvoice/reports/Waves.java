package org.youthvoice.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.i18n.Countries;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.results.ResultsService;
import org.youthvoice.results.ResultsView;

/**
 * Waves: the same question id asked in several consultations (say a 2016 and a 2026 cyberbullying consultation), side
 * by side. Every number is the suppressed one of its own consultation.
 */
@ApplicationScoped
public class Waves {

    /** One consultation's figure in a comparison, as shown. */
    public record Figure(String count, String share, boolean hidden) {
    }

    /** One answer across the waves. */
    public record Line(String code, String label, List<Figure> figures) {
    }

    /** One shared question across the waves: how many answered in each, and each answer's figures. */
    public record Compared(String questionId, String text, List<String> answered, List<Line> lines) {
    }

    /** The comparison of the consultations' shared questions. */
    public record Comparison(List<String> ids, List<String> titles, List<Compared> questions) {
    }

    private final ResultsService results;
    private final ResultsExport export;

    public Waves(ResultsService results, ResultsExport export) {
        this.results = results;
        this.export = export;
    }

    /** The question ids that every one of the consultations asks, with the same type, free text left out. */
    public static List<String> shared(List<Consultation> waves) {
        if (waves.isEmpty()) {
            return List.of();
        }
        return waves.get(0).questions().stream().filter(q -> q.type() != QuestionType.TEXT)
                .filter(q -> waves.stream().allMatch(c -> c.question(q.id()).map(Question::type).filter(q.type()::equals).isPresent()))
                .map(Question::id).toList();
    }

    /** The shared questions side by side, with labels in {@code lang}. */
    public Comparison compare(List<Consultation> waves, Lang lang) {
        List<ResultsView> views = waves.stream().map(c -> results.results(c, null)).toList();
        NumberFormat numbers = NumberFormat.getIntegerInstance(lang.locale());
        NumberFormat percent = NumberFormat.getPercentInstance(lang.locale());
        String hidden = Localizer.messages(lang).results_hidden();
        List<Compared> compared = new ArrayList<>();
        for (String id : shared(waves)) {
            Map<String, String> labels = new LinkedHashMap<>();
            List<String> answered = new ArrayList<>();
            for (int w = 0; w < waves.size(); w++) {
                Question q = waves.get(w).question(id).orElseThrow();
                Long n = answer(views.get(w), id).answered();
                answered.add(n == null ? hidden : numbers.format(n));
                answer(views.get(w), id).options().forEach(o -> labels.putIfAbsent(o.code(), label(q, o.code(), lang)));
            }
            List<Line> lines = labels.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue(), views.stream()
                    .map(v -> figure(option(answer(v, id), e.getKey()), numbers, percent, hidden)).toList())).toList();
            compared.add(new Compared(id, waves.get(0).question(id).orElseThrow().text().get(lang), answered, lines));
        }
        return new Comparison(waves.stream().map(Consultation::id).toList(), waves.stream().map(c -> c.title().get(lang)).toList(), compared);
    }

    /** The export rows (the columns of {@link ResultsExport#COLUMNS}) of the shared questions, wave after wave. */
    public List<List<String>> rows(List<Consultation> waves, Lang lang) {
        List<String> shared = shared(waves);
        List<List<String>> rows = new ArrayList<>();
        for (Consultation c : waves) {
            export.rows(c, results.results(c, null), lang).stream().filter(row -> shared.contains(row.get(1))).forEach(rows::add);
        }
        return rows;
    }

    private static ResultsView.QuestionResult answer(ResultsView view, String questionId) {
        return view.questions().stream().filter(q -> q.id().equals(questionId)).findFirst().orElseThrow();
    }

    private static Optional<ResultsView.OptionResult> option(ResultsView.QuestionResult r, String code) {
        return r.options().stream().filter(o -> Objects.equals(o.code(), code)).findFirst();
    }

    private static Figure figure(Optional<ResultsView.OptionResult> option, NumberFormat numbers, NumberFormat percent, String hidden) {
        if (option.isEmpty()) {
            return new Figure("", "", false);
        }
        ResultsView.OptionResult o = option.get();
        if (o.count() == null) {
            return new Figure(hidden, "", true);
        }
        return new Figure(numbers.format(o.count()), o.share() == null ? "" : percent.format(o.share()), false);
    }

    private static String label(Question q, String code, Lang lang) {
        return q.type() == QuestionType.COUNTRY ? Countries.name(code, lang) : q.option(code).map(o -> o.label().get(lang)).orElse(code);
    }
}
