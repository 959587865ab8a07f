package org.youthvoice.response;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.youthvoice.definition.Consultation;
import org.youthvoice.definition.Question;
import org.youthvoice.definition.QuestionType;
import org.youthvoice.i18n.Lang;
import org.youthvoice.system.Fault;
import org.youthvoice.system.Problem;

/** Reads an API submission strictly: valid UTF-8, one JSON object and nothing after it, known fields, typed answers. */
final class SubmissionParser {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> FIELDS = Set.of("lang", "campaign", "answers", "receipt");

    /** A parsed submission, or the errors that refuse it; the language is known whenever it could be read. */
    record Parsed(Submission submission, UUID receipt, Lang lang, List<Fault> errors) {
    }

    private SubmissionParser() {
    }

    static Parsed parse(byte[] body, Consultation consultation) {
        JsonNode root;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            root = STRICT.readTree(text);
        } catch (CharacterCodingException | JsonProcessingException unreadable) {
            return refused(Lang.DEFAULT, Fault.general(Problem.MALFORMED));
        }
        if (root == null || !root.isObject()) {
            return refused(Lang.DEFAULT, Fault.general(Problem.MALFORMED));
        }
        JsonNode langNode = root.get("lang");
        Lang lang = langNode != null && langNode.isTextual() ? Lang.of(langNode.asText()).orElse(null) : null;
        if (lang == null) {
            return refused(Lang.DEFAULT, new Fault("lang", Problem.UNKNOWN_LANGUAGE));
        }
        List<Fault> errors = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new Fault(name, Problem.MALFORMED));
            }
        }
        String campaign = text(root.get("campaign"), "campaign", errors);
        UUID receipt = receipt(root.get("receipt"), errors);
        JsonNode answersNode = root.get("answers");
        Map<String, Answer> answers = new HashMap<>();
        if (answersNode == null || !answersNode.isObject()) {
            errors.add(new Fault("answers", Problem.MALFORMED));
        } else {
            answersNode.fields().forEachRemaining(e -> {
                Question question = consultation.question(e.getKey()).orElse(null);
                Answer answer = answer(question, e.getValue());
                if (question == null) {
                    // Refused even when empty or null: a partner app that sends an id we do not know should learn so.
                    errors.add(new Fault(e.getKey(), AnswerProblem.UNKNOWN_QUESTION));
                } else if (answer == null && !e.getValue().isNull()) {
                    errors.add(new Fault(e.getKey(), AnswerProblem.WRONG_TYPE));
                } else if (answer != null) {
                    answers.put(e.getKey(), answer);
                }
            });
        }
        return new Parsed(new Submission(lang, campaign, ResponseService.withoutEmpty(answers), Submission.Channel.API), receipt, lang, errors);
    }

    /** A string is one code (or the text of a text question); an array of strings is several codes. */
    private static Answer answer(Question question, JsonNode value) {
        if (value.isTextual()) {
            return question != null && question.type() == QuestionType.TEXT
                    ? new Answer.Text(value.asText().strip()) : new Answer.Choice(value.asText());
        }
        if (value.isArray()) {
            List<String> codes = new ArrayList<>();
            for (JsonNode code : value) {
                if (!code.isTextual()) {
                    return null;
                }
                codes.add(code.asText());
            }
            return new Answer.Choices(codes);
        }
        return null;
    }

    private static String text(JsonNode node, String field, List<Fault> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new Fault(field, Problem.MALFORMED));
            return null;
        }
        return node.asText().isBlank() ? null : node.asText();
    }

    private static UUID receipt(JsonNode node, List<Fault> errors) {
        String given = text(node, "receipt", errors);
        if (given == null) {
            return UUID.randomUUID();
        }
        try {
            return UUID.fromString(given);
        } catch (IllegalArgumentException notAUuid) {
            errors.add(new Fault("receipt", Problem.MALFORMED));
            return UUID.randomUUID();
        }
    }

    private static Parsed refused(Lang lang, Fault error) {
        return new Parsed(null, null, lang, List.of(error));
    }
}
