package org.youthvoice.reports;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.youthvoice.access.AccountService;
import org.youthvoice.access.Audit;
import org.youthvoice.support.StaffSessions;

import static org.assertj.core.api.Assertions.assertThat;

/** The chair's exports: stable CSV columns, an XLSX sheet per question, suppression kept, audited. */
@QuarkusTest
class ResultsExportTest {

    @Inject
    AccountService accounts;

    @Inject
    Audit audit;

    @Test
    void shouldExportCsvWithStableColumnsAndSuppressionKept() {
        StaffSessions.ensureAccounts(accounts);
        String csv = StaffSessions.api(StaffSessions.CHAIR).get("/api/v1/admin/results/test-poll/export.csv?by=lang&lang=fr").asString();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", ResultsExport.COLUMNS));
        assertThat(csv).contains("test-poll,pets,As-tu un animal ?,all,,").contains(",Chat,");
        for (String line : lines) {
            if (line.endsWith(",true")) {
                assertThat(line).as(line).matches(".*,,,true$");
            }
        }
        assertThat(audit.find(StaffSessions.CHAIR, "export", null, null, 10)).anySatisfy(e -> assertThat(e.target).isEqualTo("results test-poll"));
        StaffSessions.api(StaffSessions.PROMOTER_AFRICA).get("/api/v1/admin/results/test-poll/export.csv").then().statusCode(403);
    }

    @Test
    void shouldExportAnXlsxSheetPerQuestion() throws Exception {
        StaffSessions.ensureAccounts(accounts);
        byte[] xlsx = StaffSessions.api("admin").get("/api/v1/admin/results/test-poll/export.xlsx?lang=ar").asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).containsExactly("age", "pets", "which_pets", "happy", "country", "comment");
            List<Row> rows = workbook.getSheets().filter(s -> s.getName().equals("pets")).findFirst().orElseThrow().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("consultation");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("هل عندك حيوان؟");
        }
    }
}
