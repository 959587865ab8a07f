package org.youthvoice.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LangTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                           | en
            ''                             | en
            fr-CA,fr;q=0.9                 | fr
            de-DE;q=0.9, ru;q=0.8, en;q=0.1| ru
            zh-Hans-CN                     | zh
            en;q=0.2, ar;q=0.8             | ar
            de, it                         | en
            es;q=0, fr;q=0.1               | fr
            ;;;garbage===                  | en
            """)
    void shouldChooseThePreferredSupportedLanguage(String header, String expected) {
        assertThat(Lang.fromAcceptLanguage(header).code()).isEqualTo(expected);
    }
}
