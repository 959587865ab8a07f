package org.youthvoice.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of mistake in a consultation file is reported with the file, the question and the language. */
class DefinitionLoaderTest {

    static final String SIX = "{ar: \"نص\", zh: \"文本\", en: \"Text\", fr: \"Texte\", ru: \"Текст\", es: \"Texto\"}";

    static String file(String questions) {
        return file("2026-01-01", "2026-12-31", "{min_age: 9, max_age: 18}", questions);
    }

    static String file(String opens, String closes, String audience, String questions) {
        return """
                id: sample
                title: %1$s
                intro: %1$s
                audience: %2$s
                opens: %3$s
                closes: %4$s
                questions:
                %5$s""".formatted(SIX, audience, opens, closes, questions.indent(2));
    }

    static String choice(String id, String extra) {
        return """
                - id: %s
                  type: single
                  text: %s
                  options:
                    - {code: "yes", label: %s}
                    - {code: "no", label: %s}
                %s""".formatted(id, SIX, SIX, SIX, extra) + "\n";
    }

    static DefinitionError only(String yaml, DefinitionProblem expected) {
        DefinitionException thrown = (DefinitionException) org.assertj.core.api.Assertions.catchThrowable(
                () -> DefinitionLoader.parse("surveys/sample.yaml", yaml));
        assertThat(thrown).as("a mistake is reported").isNotNull();
        assertThat(thrown.errors()).extracting(DefinitionError::problem).contains(expected);
        return thrown.errors().stream().filter(e -> e.problem() == expected).findFirst().orElseThrow();
    }

    @Test
    void shouldLoadAValidFile() {
        LoadedFile loaded = DefinitionLoader.parse("surveys/sample.yaml", file(choice("seen", "")
                + choice("again", "  show_if: {question: seen, any_of: [\"yes\"]}")));
        assertThat(loaded.consultation().questions()).extracting(Question::id).containsExactly("seen", "again");
        assertThat(loaded.consultation().results().minCell()).isEqualTo(10);
        assertThat(loaded.consultation().question("again").orElseThrow().showIf().anyOf()).containsExactly("yes");
    }

    @Test
    void shouldRejectMissingTranslationNamingFileQuestionAndLanguage() {
        String yaml = file(choice("seen", "")).replaceFirst("ru: \"Текст\", ", "");
        DefinitionError error = only(yaml, DefinitionProblem.MISSING_TEXT);
        assertThat(error.toString()).startsWith("surveys/sample.yaml: ").contains("'ru'");
        String inQuestion = file(choice("seen", "").replaceFirst("\"Texte\"", "\"\""));
        assertThat(only(inQuestion, DefinitionProblem.MISSING_TEXT).toString())
                .contains("questions[0] 'seen'").contains("'fr'").contains("write it");
    }

    @Test
    void shouldRejectDuplicateQuestionId() {
        DefinitionError error = only(file(choice("seen", "") + choice("seen", "")), DefinitionProblem.DUPLICATE_QUESTION);
        assertThat(error.toString()).contains("questions[1] 'seen'").contains("appears twice");
    }

    @Test
    void shouldRejectDuplicateOptionCode() {
        String yaml = file(choice("seen", "")).replace("{code: \"no\"", "{code: \"yes\"");
        assertThat(only(yaml, DefinitionProblem.DUPLICATE_OPTION).toString()).contains("'seen' options[1]").contains("\"yes\" appears twice — rename one");
    }

    @Test
    void shouldRejectShowIfNamingUnknownQuestion() {
        String yaml = file(choice("seen", "  show_if: {question: nowhere, any_of: [\"yes\"]}"));
        assertThat(only(yaml, DefinitionProblem.SHOW_IF_UNKNOWN_QUESTION).toString()).contains("'seen' show_if").contains("'nowhere'");
    }

    @Test
    void shouldRejectShowIfNamingLaterQuestion() {
        String yaml = file(choice("first", "  show_if: {question: second, any_of: [\"yes\"]}") + choice("second", ""));
        assertThat(only(yaml, DefinitionProblem.SHOW_IF_LATER_QUESTION).toString()).contains("'first'").contains("'second'");
        only(file(choice("self", "  show_if: {question: self, any_of: [\"yes\"]}")), DefinitionProblem.SHOW_IF_LATER_QUESTION);
    }

    @Test
    void shouldRejectShowIfNamingUnknownCode() {
        String yaml = file(choice("seen", "") + choice("again", "  show_if: {question: seen, any_of: [\"maybe\"]}"));
        assertThat(only(yaml, DefinitionProblem.SHOW_IF_UNKNOWN_CODE).toString()).contains("\"maybe\"").contains("[yes, no]");
    }

    @Test
    void shouldRejectUnknownType() {
        String yaml = file(choice("seen", "").replace("type: single", "type: slider"));
        assertThat(only(yaml, DefinitionProblem.UNKNOWN_TYPE).toString()).contains("'seen'").contains("'slider'");
    }

    @Test
    void shouldRejectInvertedAgeRange() {
        String yaml = file("2026-01-01", "2026-12-31", "{min_age: 18, max_age: 9}", choice("seen", ""));
        assertThat(only(yaml, DefinitionProblem.INVERTED_AGE_RANGE).toString()).contains("audience").contains("18").contains("9");
    }

    @Test
    void shouldRejectClosingBeforeOpening() {
        String yaml = file("2026-06-01", "2026-05-31", "{min_age: 9, max_age: 18}", choice("seen", ""));
        assertThat(only(yaml, DefinitionProblem.CLOSES_BEFORE_OPENS).toString()).contains("2026-05-31").contains("2026-06-01");
    }

    @Test
    void shouldRejectRoleOnTheWrongQuestionType() {
        String yaml = file(choice("seen", "  role: country"));
        assertThat(only(yaml, DefinitionProblem.ROLE_WRONG_TYPE).toString()).contains("'country'").contains("type country, not single");
        String text = "- id: note\n  type: text\n  role: gender\n  text: " + SIX + "\n";
        only(file(text), DefinitionProblem.ROLE_WRONG_TYPE);
    }

    @Test
    void shouldRejectAMinimumCellSizeBelowThreeWithTheRangeToUse() {
        String yaml = file(choice("seen", "")).replace("questions:", "results: {publish: live, min_cell: 2}\nquestions:");
        assertThat(only(yaml, DefinitionProblem.BAD_NUMBER).toString())
                .contains("results: 'min_cell' must be a whole number from 3 to 1000, not '2'");
        DefinitionLoader.parse("surveys/three.yaml", file(choice("seen", "")).replace("questions:", "results: {publish: live, min_cell: 3}\nquestions:"));
    }

    @Test
    void shouldRejectUnknownFieldsAndOptionsOnTextQuestions() {
        only(file(choice("seen", "  requird: true")), DefinitionProblem.UNKNOWN_FIELD);
        String text = "- id: note\n  type: text\n  text: " + SIX + "\n  options: [{code: a, label: " + SIX + "}]\n";
        only(file(text), DefinitionProblem.OPTIONS_NOT_ALLOWED);
    }

    @Test
    void shouldReportUnreadableYamlWithTheFileName() {
        assertThatThrownBy(() -> DefinitionLoader.parse("surveys/broken.yaml", "id: [unclosed"))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("surveys/broken.yaml").hasMessageContaining("YAML");
    }

    @Test
    void shouldReportEveryMistakeOfEveryFileAtOnce(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("one.yaml"), file(choice("seen", "").replace("type: single", "type: slider")));
        Files.writeString(folder.resolve("two.yaml"), file(choice("seen", "") + choice("seen", "")).replace("id: sample", "id: other"));
        DefinitionException thrown = (DefinitionException) org.assertj.core.api.Assertions.catchThrowable(
                () -> DefinitionLoader.loadAll(List.of(folder)));
        assertThat(thrown.getMessage()).contains("one.yaml").contains("two.yaml").contains("slider").contains("appears twice");
    }

    @Test
    void shouldRejectTwoFilesWithTheSameId(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.yaml"), file(choice("seen", "")));
        Files.writeString(folder.resolve("b.yaml"), file(choice("seen", "")));
        DefinitionException thrown = (DefinitionException) org.assertj.core.api.Assertions.catchThrowable(
                () -> DefinitionLoader.loadAll(List.of(folder)));
        assertThat(thrown.errors()).extracting(DefinitionError::problem).containsExactly(DefinitionProblem.DUPLICATE_CONSULTATION);
    }

    @Test
    void shouldLoadTheSeedConsultationsCompleteInSixLanguages() {
        List<LoadedFile> seeds = DefinitionLoader.loadAll(List.of(Path.of("surveys")));
        assertThat(seeds).extracting(f -> f.consultation().id()).contains("cyberbullying", "digital-skills");
        for (LoadedFile seed : seeds) {
            Consultation c = seed.consultation();
            assertThat(c.questions()).hasSizeBetween(10, 15);
            assertThat(c.questions().get(0).role()).isEqualTo(Role.AGE_BAND);
            assertThat(c.withRole(Role.GENDER).orElseThrow().options()).extracting(Option::code).contains("prefer-not-to-say");
            assertThat(c.withRole(Role.COUNTRY)).isPresent();
            assertThat(c.questions()).anyMatch(q -> q.showIf() != null).anyMatch(q -> q.type() == QuestionType.MULTIPLE)
                    .anyMatch(q -> q.type() == QuestionType.SCALE).anyMatch(q -> q.type() == QuestionType.TEXT && !q.required());
        }
    }

    @Test
    void shouldGiveTheSameFingerprintToTheSameContent() {
        String yaml = file(choice("seen", ""));
        assertThat(DefinitionLoader.parse("a", yaml).fingerprint()).isEqualTo(DefinitionLoader.parse("b", "# comment\n" + yaml).fingerprint())
                .isNotEqualTo(DefinitionLoader.parse("c", yaml.replace("\"Texte\"", "\"Autre\"")).fingerprint());
    }
}
