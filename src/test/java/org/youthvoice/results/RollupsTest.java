package org.youthvoice.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.response.StoredAnswer;
import org.youthvoice.response.StoredResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RollupsTest {

    @Test
    void shouldCountAResponseInTheOverallGroupAndInEachOfItsBreakdownGroups() throws Exception {
        Consultation c = DefinitionLoader.parse("t", Files.readString(Path.of("src/test/resources/test-surveys/test-poll.yaml"))).consultation();
        StoredResponse r = new StoredResponse();
        r.lang = "fr";
        r.answers.add(StoredAnswer.code("age", "9-18"));
        r.answers.add(StoredAnswer.code("pets", "yes"));
        r.answers.add(StoredAnswer.code("which_pets", "cat"));
        r.answers.add(StoredAnswer.code("which_pets", "dog"));
        r.answers.add(StoredAnswer.code("country", "SN"));
        r.answers.add(StoredAnswer.text("comment", "v1:sealed", false));

        List<Rollups.Cell> cells = Rollups.cells(c, r, "africa");

        assertThat(cells).contains(new Rollups.Cell("", "", "all", ""), new Rollups.Cell("which_pets", "dog", "all", ""),
                new Rollups.Cell("which_pets", "", "all", ""), new Rollups.Cell("pets", "yes", "region", "africa"),
                new Rollups.Cell("pets", "yes", "age_band", "9-18"), new Rollups.Cell("pets", "yes", "country", "SN"),
                new Rollups.Cell("pets", "yes", "lang", "fr"), new Rollups.Cell("pets", "yes", "campaign", "-"),
                new Rollups.Cell("pets", "yes", "gender", "-"), new Rollups.Cell("comment", "", "all", ""));
        assertThat(cells).noneMatch(cell -> cell.question().equals("comment") && !cell.code().isEmpty());
        assertThat(cells).doesNotHaveDuplicates();
        // 7 groups × (responses + 5 answered questions + 5 codes)
        assertThat(cells).hasSize(7 * (1 + 5 + 5));
    }
}
