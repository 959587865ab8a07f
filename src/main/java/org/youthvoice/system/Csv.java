package org.youthvoice.system;

import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the service writes: RFC 4180 quoting by Apache Commons CSV, lines ended by a line feed, and a guard
 * against formulas. A field that a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, so that a young person's text opens as text on the steward's machine.
 */
public final class Csv implements Flushable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private Csv(Writer out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer of CSV lines onto {@code out}, which it leaves open. */
    public static Csv to(Writer out) {
        return new Csv(out);
    }

    /** A whole CSV text: the header line, then a line per row. */
    public static String of(List<String> header, List<? extends List<String>> rows) {
        StringWriter out = new StringWriter();
        Csv csv = to(out);
        try {
            csv.line(header);
            for (List<String> row : rows) {
                csv.line(row);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** Writes one line; a null cell is written empty. */
    public void line(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(guarded(cell == null ? "" : cell));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** The cell with a leading apostrophe when a spreadsheet would read it as a formula. */
    static String guarded(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
