package org.youthvoice.reports;

import java.util.List;
import org.youthvoice.i18n.Lang;

/**
 * A consultation's results laid out for reading in one language, every number already through suppression: what the
 * results page, the meeting view, the printable report, the PDF and the DOCX all show.
 */
public record Report(Lang lang, String id, String title, String summary, List<String> method, List<Block> blocks, boolean live) {

    /** One answer's row: its label, its count and share as shown, and the bar's length out of 100. */
    public record Row(String label, String count, String share, boolean hidden, double bar, double barStart) {
    }

    /** One question's block: its table, or for a free-text question the approved quotes. */
    public record Block(String questionId, String text, String answered, List<Row> rows, List<Quote> quotes) {
    }

    /** An approved quote in its own language, with the language named. */
    public record Quote(String lang, String dir, String language, String text) {
    }
}
