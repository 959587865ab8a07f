package org.youthvoice.reports;

import java.util.ArrayList;
import java.util.List;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Role;
import org.youthvoice.i18n.Countries;
import org.youthvoice.i18n.ItuRegions;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;
import org.youthvoice.results.ResultsView;

/** Each question broken down by one dimension, as the chair reads it: a row per answer, a column per group. */
public final class CrossTabs {

    /** One question broken down: a row per answer, a column per group. */
    public record Cross(String text, List<String> groups, List<CrossRow> rows) {
    }

    /** One answer's counts across the groups, as shown (a suppressed count reads as hidden). */
    public record CrossRow(String label, List<String> counts) {
    }

    private CrossTabs() {
    }

    /** The cross-tabulations of a view with groups, labels in {@code lang}; questions without options are left out. */
    public static List<Cross> of(Consultation c, ResultsView view, Lang lang) {
        Messages m = Localizer.messages(lang);
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(lang.locale());
        List<String> groups = view.groups().stream().map(g -> groupLabel(c, g.by(), g.key(), lang, m)).toList();
        List<Cross> crosses = new ArrayList<>();
        for (int i = 0; i < c.questions().size(); i++) {
            var q = c.questions().get(i);
            if (q.options() == null) {
                continue;
            }
            int question = i;
            List<CrossRow> rows = q.options().stream().map(o -> new CrossRow(o.label().get(lang), view.groups().stream()
                    .map(g -> g.questions().get(question).options().stream().filter(r -> r.code().equals(o.code())).findFirst()
                            .map(r -> r.count() == null ? m.results_hidden() : numbers.format(r.count())).orElse(""))
                    .toList())).toList();
            crosses.add(new Cross(q.text().get(lang), groups, rows));
        }
        return crosses;
    }

    private static String groupLabel(Consultation c, String by, String key, Lang lang, Messages m) {
        return switch (by) {
            case "region" -> ItuRegions.label(key, m);
            case "country" -> Countries.name(key, lang);
            case "lang" -> Lang.of(key).map(Lang::nativeName).orElse(key);
            case "age_band", "gender" -> c.withRole(Role.valueOf(by.toUpperCase(java.util.Locale.ROOT)))
                    .flatMap(q -> q.option(key)).map(o -> o.label().get(lang)).orElse(key);
            default -> key;
        };
    }
}
