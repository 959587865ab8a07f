package org.youthvoice.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor schema of consultation files (surveys/consultation.schema.json) accepts every survey file and rejects
 * typical mistakes. Paths are relative to the project root, the working directory of surefire.
 */
class ConsultationSchemaTest {

    private static final Path SURVEYS = Path.of("surveys");
    private static final Path SCHEMA = SURVEYS.resolve("consultation.schema.json");
    private static final Path SEED = SURVEYS.resolve("cyberbullying.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode node = new ObjectMapper().readTree(SCHEMA.toFile());
        // format "date" is only an annotation in 2020-12 unless asserted; editors check it, so the test does too
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config);
    }

    // --- the survey files ---

    @Test
    void shouldAcceptEverySurveyFile() throws IOException {
        List<Path> files = surveyFiles();
        assertFalse(files.isEmpty(), "no survey files found in " + SURVEYS.toAbsolutePath());
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            Set<ValidationMessage> messages = schema.validate(YAML.readTree(file.toFile()));
            messages.forEach(m -> failures.add(file + ": " + m.getMessage()));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void shouldPointEditorsToTheSchemaFromEverySurveyFile() throws IOException {
        for (Path file : surveyFiles()) {
            String first = Files.readAllLines(file).get(0);
            assertEquals("# yaml-language-server: $schema=consultation.schema.json", first, file.toString());
        }
    }

    // --- broken variants of the seed file ---

    @Test
    void shouldRejectUnknownQuestionType() {
        ObjectNode root = seed();
        question(root, "been_mean_online").put("type", "dropdown");
        assertRejected(root, at(root, "been_mean_online") + "/type");
    }

    @Test
    void shouldRejectTitleMissingALanguage() {
        ObjectNode root = seed();
        ((ObjectNode) root.get("title")).remove("fr");
        assertRejected(root, "/title");
    }

    @Test
    void shouldRejectEmptyTextInALanguage() {
        ObjectNode root = seed();
        ((ObjectNode) question(root, "ideas").get("help")).put("zh", "  ");
        assertRejected(root, at(root, "ideas") + "/help/zh");
    }

    @Test
    void shouldRejectUnknownLanguage() {
        ObjectNode root = seed();
        ((ObjectNode) root.get("intro")).put("de", "Manchmal …");
        assertRejected(root, "/intro");
    }

    @Test
    void shouldRejectUnknownTopLevelField() {
        ObjectNode root = seed();
        root.put("author", "someone");
        assertRejected(root, "");
    }

    @Test
    void shouldRejectUnknownQuestionField() {
        ObjectNode root = seed();
        question(root, "been_mean_online").put("hint", "typo of help");
        assertRejected(root, at(root, "been_mean_online"));
    }

    @Test
    void shouldRejectUnknownOptionField() {
        ObjectNode root = seed();
        ((ObjectNode) question(root, "been_mean_online").get("options").get(0)).put("value", 1);
        assertRejected(root, at(root, "been_mean_online") + "/options/0");
    }

    @Test
    void shouldRejectSingleQuestionWithoutOptions() {
        ObjectNode root = seed();
        question(root, "been_mean_online").remove("options");
        assertRejected(root, at(root, "been_mean_online"));
    }

    @Test
    void shouldRejectSingleQuestionWithOneOption() {
        ObjectNode root = seed();
        ArrayNode options = (ArrayNode) question(root, "been_mean_online").get("options");
        while (options.size() > 1) {
            options.remove(1);
        }
        assertRejected(root, at(root, "been_mean_online") + "/options");
    }

    @Test
    void shouldRejectOptionsOnCountryQuestion() {
        ObjectNode root = seed();
        question(root, "country").set("options", question(root, "gender").get("options").deepCopy());
        assertRejected(root, at(root, "country") + "/options");
    }

    @Test
    void shouldRejectRoleGenderOnTextQuestion() {
        ObjectNode root = seed();
        ObjectNode gender = question(root, "gender");
        gender.put("type", "text");
        gender.remove("options");
        assertRejected(root, at(root, "gender") + "/type");
    }

    @Test
    void shouldRejectRoleCountryOnSingleQuestion() {
        ObjectNode root = seed();
        question(root, "gender").put("role", "country");
        question(root, "country").remove("role");
        assertRejected(root, at(root, "gender") + "/type");
    }

    @Test
    void shouldRejectSameRoleTwice() {
        ObjectNode root = seed();
        question(root, "seen_others_hurt").put("role", "gender");
        assertRejected(root, "/questions");
    }

    @Test
    void shouldRejectAgeBandQuestionNotFirst() {
        ObjectNode root = seed();
        ArrayNode questions = (ArrayNode) root.get("questions");
        JsonNode age = questions.remove(0);
        questions.insert(1, age);
        assertRejected(root, at(root, "age") + "/role");
    }

    @Test
    void shouldRejectAgeBandOptionWithoutAgeRange() {
        ObjectNode root = seed();
        ((ObjectNode) question(root, "age").get("options").get(2)).remove("max_age");
        assertRejected(root, at(root, "age") + "/options/2");
    }

    @Test
    void shouldRejectMaxOnSingleQuestion() {
        ObjectNode root = seed();
        question(root, "been_mean_online").put("max", 2);
        assertRejected(root, at(root, "been_mean_online") + "/max");
    }

    @Test
    void shouldRejectMaxLengthAbove2000() {
        ObjectNode root = seed();
        question(root, "ideas").put("max_length", 5000);
        assertRejected(root, at(root, "ideas") + "/max_length");
    }

    @Test
    void shouldRejectQuestionIdWithUppercaseOrHyphen() {
        ObjectNode root = seed();
        question(root, "been_mean_online").put("id", "Been-Mean");
        assertRejected(root, at(root, "Been-Mean") + "/id");
    }

    @Test
    void shouldRejectShowIfWithoutCodes() {
        ObjectNode root = seed();
        ((ObjectNode) question(root, "what_happened").get("show_if")).putArray("any_of");
        assertRejected(root, at(root, "what_happened") + "/show_if/any_of");
    }

    @Test
    void shouldRejectImpossibleDate() {
        ObjectNode root = seed();
        root.put("closes", "2027-02-30");
        assertRejected(root, "/closes");
    }

    @Test
    void shouldRejectUnknownPublishRule() {
        ObjectNode root = seed();
        ((ObjectNode) root.get("results")).put("publish", "always");
        assertRejected(root, "/results/publish");
    }

    @Test
    void shouldRejectMinutesAbove60() {
        ObjectNode root = seed();
        root.put("minutes", 90);
        assertRejected(root, "/minutes");
    }

    @Test
    void shouldRejectEmptyQuestionList() {
        ObjectNode root = seed();
        root.putArray("questions");
        assertRejected(root, "/questions");
    }

    // --- helpers ---

    private static List<Path> surveyFiles() throws IOException {
        try (Stream<Path> list = Files.list(SURVEYS)) {
            return list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    /** A fresh tree of the seed file, which the schema accepts as it stands (see shouldAcceptEverySurveyFile). */
    private static ObjectNode seed() {
        try {
            return (ObjectNode) YAML.readTree(SEED.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Pointer of the question with the given id, as validation messages locate it. */
    private static String at(ObjectNode root, String id) {
        JsonNode questions = root.get("questions");
        for (int i = 0; i < questions.size(); i++) {
            if (id.equals(questions.get(i).path("id").asText())) {
                return "/questions/" + i;
            }
        }
        throw new AssertionError("the seed file has no question '" + id + "'");
    }

    private static ObjectNode question(ObjectNode root, String id) {
        for (JsonNode q : root.get("questions")) {
            if (id.equals(q.path("id").asText())) {
                return (ObjectNode) q;
            }
        }
        throw new AssertionError("the seed file has no question '" + id + "'");
    }

    /** The tree gives at least one message, and one of them is located at the given JSON Pointer. */
    private static void assertRejected(JsonNode root, String location) {
        Set<ValidationMessage> messages = schema.validate(root);
        assertFalse(messages.isEmpty(), "the schema accepted the broken file");
        Set<String> locations = messages.stream().map(m -> m.getInstanceLocation().toString()).collect(Collectors.toSet());
        assertTrue(locations.contains(location),
                "no message at " + location + ": " + messages.stream().map(ValidationMessage::getMessage).toList());
    }
}
