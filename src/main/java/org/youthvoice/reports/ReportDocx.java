package org.youthvoice.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Messages;

/** The results report as a Word document, for the working group's contributions; Arabic paragraphs and tables read right to left. */
final class ReportDocx {

    private static final String BLUE = "0B5CAB";
    private static final String GREY = "555555";

    private ReportDocx() {
    }

    static void write(Report report, Messages m, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Lang lang = report.lang();
            text(doc, lang, report.title(), 20, true, BLUE);
            text(doc, lang, m.results_title(), 13, false, GREY);
            if (report.summary() != null) {
                text(doc, lang, m.results_summary(), 13, true, null);
                text(doc, lang, report.summary(), 11, false, null);
            }
            text(doc, lang, m.results_method_heading(), 13, true, null);
            report.method().forEach(line -> text(doc, lang, line, 10, false, null));
            for (Report.Block block : report.blocks()) {
                text(doc, lang, block.text(), 13, true, null);
                text(doc, lang, block.answered(), 10, false, GREY);
                if (!block.rows().isEmpty()) {
                    table(doc, lang, block.rows(), m);
                }
                if (!block.quotes().isEmpty()) {
                    text(doc, lang, m.results_quotes(), 11, true, null);
                    block.quotes().forEach(q -> {
                        Lang quoted = Lang.of(q.lang()).orElse(lang);
                        text(doc, quoted, "« " + q.text() + " »", 11, false, null);
                        text(doc, lang, q.language(), 9, false, GREY);
                    });
                }
            }
            doc.write(out);
        }
    }

    private static void table(XWPFDocument doc, Lang lang, List<Report.Row> rows, Messages m) {
        XWPFTable table = doc.createTable(rows.size() + 1, 3);
        table.setWidth("100%");
        if (lang.rtl()) {
            table.getCTTbl().getTblPr().addNewBidiVisual();
        }
        fill(table.getRow(0), lang, true, m.col_answer(), m.col_count(), m.col_share());
        for (int i = 0; i < rows.size(); i++) {
            Report.Row row = rows.get(i);
            fill(table.getRow(i + 1), lang, false, row.label(), row.count(), row.share());
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, Lang lang, boolean header, String... values) {
        for (int col = 0; col < values.length; col++) {
            XWPFTableCell cell = row.getCell(col);
            XWPFParagraph p = cell.getParagraphs().get(0);
            direction(p, lang);
            if (col > 0) {
                p.setAlignment(lang.rtl() ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
            }
            run(p, lang, values[col], 10, header, null);
        }
    }

    private static void text(XWPFDocument doc, Lang lang, String text, int size, boolean bold, String color) {
        XWPFParagraph p = doc.createParagraph();
        direction(p, lang);
        p.setSpacingAfter(bold ? 80 : 60);
        run(p, lang, text, size, bold, color);
    }

    private static void direction(XWPFParagraph p, Lang lang) {
        if (lang.rtl()) {
            p.getCTP().addNewPPr().addNewBidi();
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    private static void run(XWPFParagraph p, Lang lang, String text, int size, boolean bold, String color) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        CTRPr props = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        var tag = props.addNewLang();
        switch (lang) {
            case AR -> {
                props.addNewRtl();
                props.addNewCs();
                tag.setBidi(lang.locale().toLanguageTag());
                props.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
            }
            case ZH -> tag.setEastAsia(lang.locale().toLanguageTag());
            default -> tag.setVal(lang.locale().toLanguageTag());
        }
    }
}
