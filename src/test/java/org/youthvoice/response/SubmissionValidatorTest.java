package org.youthvoice.response;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.DefinitionLoader;
import org.youthvoice.system.Fault;
import org.youthvoice.system.Reason;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionValidatorTest {

    static Consultation poll() throws Exception {
        return DefinitionLoader.parse("test-poll.yaml", Files.readString(Path.of("src/test/resources/test-surveys/test-poll.yaml"))).consultation();
    }

    static List<Reason> problems(Map<String, Answer> answers) throws Exception {
        return SubmissionValidator.validate(poll(), answers).stream().map(Fault::reason).toList();
    }

    @Test
    void shouldAcceptACompleteResponse() throws Exception {
        assertThat(problems(Map.of("age", new Answer.Choice("9-18"), "pets", new Answer.Choice("yes"),
                "which_pets", new Answer.Choices(List.of("cat", "dog")), "country", new Answer.Choice("CN"),
                "comment", new Answer.Text("a".repeat(40))))).isEmpty();
    }

    @Test
    void shouldCountTextLengthInCharactersNotBytesOrUtf16Units() throws Exception {
        String emoji = "😀".repeat(40);
        assertThat(problems(Map.of("age", new Answer.Choice("9-18"), "pets", new Answer.Choice("no"),
                "comment", new Answer.Text(emoji)))).isEmpty();
        assertThat(problems(Map.of("age", new Answer.Choice("9-18"), "pets", new Answer.Choice("no"),
                "comment", new Answer.Text(emoji + "😀")))).containsExactly(AnswerProblem.TEXT_TOO_LONG);
    }

    @Test
    void shouldRefuseTheSameCodeTwiceInAMultipleChoice() throws Exception {
        assertThat(problems(Map.of("age", new Answer.Choice("9-18"), "pets", new Answer.Choice("yes"),
                "which_pets", new Answer.Choices(List.of("cat", "cat"))))).containsExactly(AnswerProblem.UNKNOWN_OPTION);
    }

    @Test
    void shouldRequireOnlyVisibleQuestions() throws Exception {
        assertThat(problems(Map.of("pets", new Answer.Choice("no")))).containsExactly(AnswerProblem.REQUIRED);
    }
}
