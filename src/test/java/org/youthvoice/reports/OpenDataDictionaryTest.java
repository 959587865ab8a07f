package org.youthvoice.reports;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The open-data dictionary is written like every other CSV: line breaks quoted, formulas guarded. */
class OpenDataDictionaryTest {

    static final String FILE = """
            id: dictionary-poll
            title: {ar: "ع", zh: "中", en: "Dictionary poll", fr: "F", ru: "Р", es: "E"}
            intro: {ar: "ع", zh: "中", en: "Intro", fr: "F", ru: "Р", es: "E"}
            minutes: 2
            audience: {min_age: 9, max_age: 18}
            opens: 2026-01-01
            closes: 2099-12-31
            results: {publish: live, min_cell: 10}
            retention_days: 30
            questions:
              - id: sum
                type: single
                text: {ar: "ع", zh: "中", en: "=1+2, said the sum", fr: "Deux\\nlignes", ru: "Р", es: "E"}
                options:
                  - {code: "yes", label: {ar: "نعم", zh: "是", en: "Yes, \\"really\\"", fr: "Oui", ru: "Да", es: "Sí"}}
                  - {code: "no", label: {ar: "لا", zh: "否", en: "No", fr: "Non", ru: "Нет", es: "No"}}
            """;

    @Test
    void shouldQuoteLineBreaksAndGuardFormulasInTheDictionary() throws Exception {
        Consultation c = DefinitionLoader.parse("dictionary-poll.yaml", FILE).consultation();
        String csv = OpenDataApi.dictionary(c);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("text_en")).isEqualTo("'=1+2, said the sum");
        assertThat(rows.get(0).get("text_fr")).isEqualTo("Deux\nlignes");
        assertThat(rows.get(1).get("option_code")).isEqualTo("yes");
        assertThat(rows.get(1).get("text_en")).isEqualTo("Yes, \"really\"");
    }
}
