package org.youthvoice.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.youthvoice.definition.DefinitionProblem.*;

/** Parses and cross-checks the questions of one consultation file: ids, types, roles, options and show_if. */
final class QuestionsParser {

    private final ConsultationParser file;
    private final Map<String, Question> earlier = new java.util.HashMap<>();
    private final Map<Role, String> roles = new EnumMap<>(Role.class);

    QuestionsParser(ConsultationParser file) {
        this.file = file;
    }

    List<Question> parse(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            file.report(NO_QUESTIONS, "questions");
            return List.of();
        }
        List<JsonNode> nodes = new ArrayList<>();
        node.forEach(nodes::add);
        Map<String, Integer> positions = file.positions(nodes);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Question q = question(i, nodes.get(i), positions);
            if (q != null) {
                questions.add(q);
                earlier.putIfAbsent(q.id(), q);
            }
        }
        return questions;
    }

    private Question question(int index, JsonNode node, Map<String, Integer> positions) {
        String at = "questions[" + index + "]";
        if (!node.isObject()) {
            file.report(BAD_QUESTION, at, ConsultationParser.shown(node));
            return null;
        }
        String id = file.text(node, "id", at, ConsultationParser.questionId(), BAD_QUESTION_ID);
        at = id == null ? at : at + " '" + id + "'";
        file.fields(node, ConsultationParser.questionFields(), at);
        if (id != null && earlier.containsKey(id)) {
            file.report(DUPLICATE_QUESTION, at, id);
        }
        QuestionType type = type(node, at);
        Role role = role(node, at, id, type, index);
        Texts text = file.texts(node, "text", at);
        Texts help = node.has("help") ? file.texts(node, "help", at) : null;
        boolean required = node.path("required").asBoolean(false);
        List<Option> options = options(node.get("options"), at, type, role);
        Integer max = limit(node, "max", at, type, QuestionType.MULTIPLE, options.size());
        Integer maxLength = limit(node, "max_length", at, type, QuestionType.TEXT, 2000);
        ShowIf showIf = showIf(node.get("show_if"), at, index, positions);
        return new Question(id, type, role, required, text, help, max, maxLength, showIf,
                type != null && type.hasOptions() ? options : null);
    }

    private QuestionType type(JsonNode node, String at) {
        JsonNode type = node.get("type");
        if (type == null) {
            file.report(MISSING_FIELD, at, "type");
            return null;
        }
        QuestionType parsed = QuestionType.of(type.asText()).orElse(null);
        if (parsed == null) {
            file.report(UNKNOWN_TYPE, at, type.asText());
        }
        return parsed;
    }

    private Role role(JsonNode node, String at, String id, QuestionType type, int index) {
        JsonNode value = node.get("role");
        if (value == null || value.isNull()) {
            return null;
        }
        Role role = Role.of(value.asText()).orElse(null);
        if (role == null) {
            file.report(UNKNOWN_ROLE, at, value.asText());
            return null;
        }
        if (type != null && type != role.requiredType()) {
            file.report(ROLE_WRONG_TYPE, at, role.code(), role.requiredType().code(), type.code());
        }
        String holder = roles.putIfAbsent(role, String.valueOf(id));
        if (holder != null) {
            file.report(ROLE_TWICE, at, role.code(), holder);
        }
        if (role == Role.AGE_BAND && index != 0) {
            file.report(AGE_BAND_NOT_FIRST, at);
        }
        return role;
    }

    private List<Option> options(JsonNode node, String at, QuestionType type, Role role) {
        if (type == null) {
            return List.of();
        }
        if (!type.hasOptions()) {
            if (node != null) {
                file.report(OPTIONS_NOT_ALLOWED, at, type.code());
            }
            return List.of();
        }
        if (node == null || !node.isArray() || node.size() < 2) {
            file.report(OPTIONS_MISSING, at, type.code());
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode o = node.get(i);
            String oat = at + " options[" + i + "]";
            file.fields(o, ConsultationParser.optionFields(), oat);
            String code = file.text(o, "code", oat, ConsultationParser.optionCode(), BAD_OPTION_CODE);
            if (code != null && !codes.add(code)) {
                file.report(DUPLICATE_OPTION, oat, code);
            }
            Texts label = file.texts(o, "label", oat);
            Integer min = o.has("min_age") ? file.integer(o, "min_age", oat, 0, 120, 0) : null;
            Integer max = o.has("max_age") ? file.integer(o, "max_age", oat, 0, 120, 120) : null;
            if (role == Role.AGE_BAND && (min == null || max == null)) {
                file.report(AGE_BAND_OPTION_RANGE, oat, String.valueOf(code));
            }
            if (min != null && max != null && min > max) {
                file.report(INVERTED_AGE_RANGE, oat, min, max);
            }
            options.add(new Option(code, label, min, max));
        }
        return options;
    }

    private Integer limit(JsonNode node, String field, String at, QuestionType type, QuestionType appliesTo, int ceiling) {
        if (!node.has(field)) {
            return null;
        }
        if (type != appliesTo) {
            file.report(FIELD_NOT_ALLOWED, at, field, type == null ? "?" : type.code());
            return null;
        }
        JsonNode value = node.get(field);
        if (type == QuestionType.MULTIPLE && (!value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > ceiling)) {
            file.report(MAX_OUT_OF_RANGE, at, value.asInt(), ceiling);
            return null;
        }
        return file.integer(node, field, at, 1, ceiling, ceiling);
    }

    private ShowIf showIf(JsonNode node, String at, int index, Map<String, Integer> positions) {
        if (node == null || node.isNull()) {
            return null;
        }
        String sat = at + " show_if";
        file.fields(node, Set.of("question", "any_of"), sat);
        String target = node.path("question").asText("");
        JsonNode anyOf = node.get("any_of");
        if (target.isEmpty() || anyOf == null || !anyOf.isArray() || anyOf.isEmpty()) {
            file.report(BAD_SHOW_IF, sat, ConsultationParser.shown(node));
            return null;
        }
        List<String> codes = new ArrayList<>();
        anyOf.forEach(c -> codes.add(c.asText()));
        Integer position = positions.get(target);
        if (position == null) {
            file.report(SHOW_IF_UNKNOWN_QUESTION, sat, target);
        } else if (position >= index) {
            file.report(SHOW_IF_LATER_QUESTION, sat, target);
        } else if (earlier.containsKey(target)) {
            Question controller = earlier.get(target);
            if (controller.type() == null || !controller.type().hasOptions()) {
                file.report(SHOW_IF_NOT_CHOICE, sat, target, controller.type() == null ? "?" : controller.type().code());
            } else {
                List<String> known = controller.options().stream().map(Option::code).toList();
                codes.stream().filter(c -> !known.contains(c))
                        .forEach(c -> file.report(SHOW_IF_UNKNOWN_CODE, sat, c, target, known));
            }
        }
        return new ShowIf(target, List.copyOf(codes));
    }
}
