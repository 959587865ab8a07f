package org.youthvoice.respondent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.definition.Question;
import org.youthvoice.response.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages of the answering flow and how show_if moves through them. */
class FlowPlanTest {

    static Consultation poll() throws Exception {
        return DefinitionLoader.parse("test-poll.yaml", Files.readString(Path.of("src/test/resources/test-surveys/test-poll.yaml"))).consultation();
    }

    @Test
    void shouldAskTheAgeAloneAndBreakPagesWhereAQuestionDependsOnTheSamePage() throws Exception {
        Consultation c = poll();
        FlowPlan plan = new FlowPlan(c);
        assertThat(List.of(0, 1, 2, 3)).allMatch(plan::exists);
        assertThat(plan.exists(4)).isFalse();
        assertThat(plan.page(0)).extracting(Question::id).containsExactly("age");
        assertThat(plan.page(1)).extracting(Question::id).containsExactly("pets");
        assertThat(plan.page(2)).extracting(Question::id).containsExactly("which_pets", "happy", "country");
        assertThat(plan.page(3)).extracting(Question::id).containsExactly("comment");
    }

    @Test
    void shouldHideDependentQuestionsAndCountOnlyShownPages() throws Exception {
        Consultation c = poll();
        FlowPlan plan = new FlowPlan(c);
        Map<String, Answer> no = Map.of("age", new Answer.Choice("9-18"), "pets", new Answer.Choice("no"));
        Map<String, Answer> yes = Map.of("age", new Answer.Choice("9-18"), "pets", new Answer.Choice("yes"));
        assertThat(plan.visibleOn(2, c, no)).extracting(Question::id).containsExactly("happy", "country");
        assertThat(plan.visibleOn(2, c, yes)).extracting(Question::id).containsExactly("which_pets", "happy", "country");
        assertThat(plan.next(1, c, no)).contains(2);
        assertThat(plan.next(3, c, no)).isEmpty();
        assertThat(plan.previous(3, c, no)).isEqualTo(2);
        assertThat(plan.progress(2, c, no)).containsExactly(3, 4);
    }
}
