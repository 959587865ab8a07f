package org.youthvoice.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.youthvoice.i18n.Lang;

import static org.youthvoice.definition.DefinitionProblem.*;

/** Turns the parsed tree of one consultation file into a {@link Consultation}, collecting every mistake with its location. */
final class ConsultationParser {

    private static final Set<String> TOP_FIELDS = Set.of("id", "title", "intro", "minutes", "audience", "opens",
            "closes", "results", "retention_days", "questions", "summary");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "role", "required", "text", "help", "max",
            "max_length", "show_if", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("code", "label", "min_age", "max_age");
    private static final Pattern CONSULTATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern QUESTION_ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern OPTION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+-]{0,62}");

    private final String file;
    private final List<DefinitionError> errors = new ArrayList<>();

    ConsultationParser(String file) {
        this.file = file;
    }

    List<DefinitionError> errors() {
        return errors;
    }

    /** The consultation, or null when the file holds mistakes (then listed by {@link #errors()}). */
    Consultation parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            if (errors.isEmpty()) {
                report(NOT_A_MAPPING, "");
            }
            return null;
        }
        fields(root, TOP_FIELDS, "");
        String id = text(root, "id", "", CONSULTATION_ID, BAD_CONSULTATION_ID);
        Texts title = texts(root, "title", "");
        Texts intro = texts(root, "intro", "");
        int minutes = integer(root, "minutes", "", 1, 60, 5);
        Audience audience = audience(root.get("audience"));
        LocalDate opens = date(root, "opens");
        LocalDate closes = date(root, "closes");
        if (opens != null && closes != null && closes.isBefore(opens)) {
            report(CLOSES_BEFORE_OPENS, "closes", closes, opens);
        }
        ResultsRule results = results(root.get("results"));
        int retention = integer(root, "retention_days", "", 1, 36_500, 365);
        List<Question> questions = new QuestionsParser(this).parse(root.get("questions"));
        Texts summary = root.has("summary") ? texts(root, "summary", "") : null;
        return errors.isEmpty()
                ? new Consultation(id, title, intro, minutes, audience, opens, closes, results, retention, questions, summary)
                : null;
    }

    void report(DefinitionProblem problem, String location, Object... args) {
        errors.add(new DefinitionError(problem, file, location, Arrays.stream(args).map(String::valueOf).toList()));
    }

    void fields(JsonNode node, Set<String> allowed, String at) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                report(UNKNOWN_FIELD, at, name);
            }
        }
    }

    String text(JsonNode parent, String field, String at, Pattern pattern, DefinitionProblem bad) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            report(MISSING_FIELD, at, field);
            return null;
        }
        String value = node.asText();
        if (!node.isValueNode() || !pattern.matcher(value).matches()) {
            report(bad, at, field, shown(node));
            return null;
        }
        return value;
    }

    Texts texts(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        String where = at.isEmpty() ? field : at + " " + field;
        if (node == null || node.isNull()) {
            report(MISSING_FIELD, at, field);
            return null;
        }
        if (!node.isObject()) {
            report(BAD_TEXTS, at, field, shown(node));
            return null;
        }
        Map<String, String> byLang = new LinkedHashMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String code = names.next();
            if (Lang.of(code).isEmpty()) {
                report(UNKNOWN_LANGUAGE, where, code);
            }
        }
        for (Lang lang : Lang.values()) {
            JsonNode value = node.get(lang.code());
            if (value == null || !value.isValueNode() || value.asText().isBlank()) {
                report(MISSING_TEXT, where, field, lang.code());
            } else {
                byLang.put(lang.code(), value.asText().strip());
            }
        }
        return new Texts(byLang);
    }

    int integer(JsonNode parent, String field, String at, int min, int max, int fallback) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            report(BAD_NUMBER, at, field, min, max, shown(node));
            return fallback;
        }
        return node.asInt();
    }

    private Audience audience(JsonNode node) {
        if (node == null || !node.isObject()) {
            report(MISSING_FIELD, "", "audience");
            return new Audience(0, 200);
        }
        fields(node, Set.of("min_age", "max_age"), "audience");
        int min = integer(node, "min_age", "audience", 0, 120, 0);
        int max = integer(node, "max_age", "audience", 0, 120, 120);
        if (min > max) {
            report(INVERTED_AGE_RANGE, "audience", min, max);
        }
        return new Audience(min, max);
    }

    private LocalDate date(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            report(MISSING_FIELD, "", field);
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            report(BAD_DATE, "", field, shown(node));
            return null;
        }
    }

    private ResultsRule results(JsonNode node) {
        if (node == null || node.isNull()) {
            return new ResultsRule(Publish.AFTER_CLOSE, ResultsRule.DEFAULT_MIN_CELL, null);
        }
        fields(node, Set.of("publish", "min_cell", "snapshot_seconds"), "results");
        JsonNode publish = node.get("publish");
        Publish rule = publish == null ? Publish.AFTER_CLOSE : Publish.of(publish.asText()).orElse(null);
        if (rule == null) {
            report(BAD_PUBLISH, "results", "publish", shown(publish));
            rule = Publish.NEVER;
        }
        int minCell = integer(node, "min_cell", "results", ResultsRule.LOWEST_MIN_CELL, 1000, ResultsRule.DEFAULT_MIN_CELL);
        int seconds = integer(node, "snapshot_seconds", "results", ResultsRule.SHORTEST_SNAPSHOT_SECONDS,
                ResultsRule.LONGEST_SNAPSHOT_SECONDS, 0);
        return new ResultsRule(rule, minCell, seconds == 0 ? null : seconds);
    }

    Map<String, Integer> positions(List<JsonNode> questions) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            JsonNode id = questions.get(i).get("id");
            if (id != null) {
                at.putIfAbsent(id.asText(), i);
            }
        }
        return at;
    }

    static String shown(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String value = node.isValueNode() ? "'" + node.asText() + "'" : node.getNodeType().name().toLowerCase();
        return value.length() > 60 ? value.substring(0, 57) + "…'" : value;
    }

    static Pattern questionId() {
        return QUESTION_ID;
    }

    static Pattern optionCode() {
        return OPTION_CODE;
    }

    static Set<String> questionFields() {
        return QUESTION_FIELDS;
    }

    static Set<String> optionFields() {
        return OPTION_FIELDS;
    }
}
