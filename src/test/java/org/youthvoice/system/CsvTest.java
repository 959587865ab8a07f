package org.youthvoice.system;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one CSV writer: RFC 4180 quoting and the formula guard, read back by an independent parser. */
class CsvTest {

    @Test
    void shouldQuoteCommasQuotesAndLineBreaksSoThatTheCellsReadBackWhole() throws IOException {
        List<String> row = List.of("a,b", "she said \"hi\"", "two\nlines", "cr\rhere", "plain");
        String text = Csv.of(List.of("c1", "c2", "c3", "c4", "c5"), List.of(row));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).toList()).containsExactlyElementsOf(row);
    }

    @Test
    void shouldEndEveryLineWithALineFeed() {
        assertThat(Csv.of(List.of("a", "b"), List.of(List.of("1", "2")))).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void shouldGuardEveryCellThatASpreadsheetWouldReadAsAFormula() {
        String text = Csv.of(List.of("x"), List.of(List.of("=HYPERLINK(\"http://x\")"), List.of("+1"), List.of("-2"), List.of("@SUM(A1)"),
                List.of("\tTAB"), List.of("safe = text")));
        assertThat(text.split("\n")).containsExactly("x", "\"'=HYPERLINK(\"\"http://x\"\")\"", "'+1", "'-2", "'@SUM(A1)", "'\tTAB",
                "safe = text");
    }

    @Test
    void shouldWriteANullCellEmpty() throws IOException {
        String text = Csv.of(List.of("a", "b"), List.of(java.util.Arrays.asList(null, "x"), java.util.Arrays.asList("y", null)));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(1).toList()).containsExactly("", "x");
        assertThat(records.get(2).toList()).containsExactly("y", "");
    }
}
