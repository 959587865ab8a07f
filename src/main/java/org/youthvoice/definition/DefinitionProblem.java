package org.youthvoice.definition;

import java.util.List;
import org.youthvoice.i18n.Messages;

/**
 * The catalogue of mistakes a consultation file can hold, each with the remedy its message proposes: in English for
 * the start-up log, and in every language of the staff pages through a message key def_&lt;name&gt;.
 */
public enum DefinitionProblem {
    UNREADABLE("the file cannot be read as YAML (%s) — fix the syntax"),
    NO_FOLDER("the survey folder does not exist — create it or set SURVEYS_DIR"),
    NOT_A_MAPPING("the file must be a mapping of fields (id, title, questions, …)"),
    MISSING_FIELD("'%s' is missing — add it"),
    UNKNOWN_FIELD("unknown field '%s' — remove it or correct its spelling"),
    BAD_CONSULTATION_ID("'%s' must be lowercase letters, digits and hyphens, not %s"),
    BAD_QUESTION_ID("'%s' must be lowercase letters, digits and underscores, not %s"),
    BAD_OPTION_CODE("'%s' must be letters, digits, '-', '_', '.' or '+', not %s"),
    BAD_TEXTS("'%s' must be a text in each language {ar: …, zh: …, en: …, fr: …, ru: …, es: …}, not %s"),
    BAD_NUMBER("'%s' must be a whole number from %s to %s, not %s"),
    BAD_DATE("'%s' must be a date like 2026-01-31, not %s"),
    BAD_PUBLISH("'%s' must be live, after_close or never, not %s"),
    BAD_QUESTION("'a question' must be a mapping with id, type and text, not %s"),
    BAD_SHOW_IF("'show_if' must be {question: <earlier id>, any_of: [<codes>]}, not %s"),
    MISSING_TEXT("the '%s' text in language '%s' is missing or empty — write it"),
    UNKNOWN_LANGUAGE("'%s' is not a language of this service (ar zh en fr ru es) — remove it"),
    DUPLICATE_CONSULTATION("consultation id '%s' is already used by %s — give each file its own id"),
    DUPLICATE_QUESTION("question id '%s' appears twice — rename one"),
    DUPLICATE_OPTION("option code \"%s\" appears twice — rename one"),
    UNKNOWN_TYPE("unknown type '%s' — use single, multiple, scale, text or country"),
    UNKNOWN_ROLE("unknown role '%s' — use age_band, gender or country"),
    ROLE_WRONG_TYPE("role '%s' needs a question of type %s, not %s — change the type or remove the role"),
    ROLE_TWICE("role '%s' is already given to question '%s' — keep one"),
    AGE_BAND_NOT_FIRST("the age_band question must be the first question, so that the age is asked first — move it up"),
    AGE_BAND_OPTION_RANGE("option \"%s\" of the age_band question needs min_age and max_age — add both"),
    OPTIONS_MISSING("a %s question needs at least two options — add them"),
    OPTIONS_NOT_ALLOWED("a %s question takes no options — remove them"),
    FIELD_NOT_ALLOWED("'%s' does not apply to a %s question — remove it"),
    MAX_OUT_OF_RANGE("max %s must be between 1 and the number of options (%s) — correct it"),
    SHOW_IF_UNKNOWN_QUESTION("show_if names question '%s', which does not exist — name an earlier question"),
    SHOW_IF_LATER_QUESTION("show_if names question '%s', which does not come before this one — name an earlier question or move this one down"),
    SHOW_IF_NOT_CHOICE("show_if names question '%s' of type %s — name a single, multiple or scale question"),
    SHOW_IF_UNKNOWN_CODE("show_if names option code \"%s\", which question '%s' does not have — use one of %s"),
    INVERTED_AGE_RANGE("min_age %s is above max_age %s — swap them"),
    CLOSES_BEFORE_OPENS("closes %s is before opens %s — correct the dates"),
    NO_QUESTIONS("the consultation has no questions — add at least one");

    private final String template;

    DefinitionProblem(String template) {
        this.template = template;
    }

    /** The English sentence, for the log. */
    public String describe(List<String> args) {
        return template.formatted(args.toArray());
    }

    /** The sentence in the bundle's language. */
    public String message(Messages m, List<String> args) {
        return switch (this) {
            case UNREADABLE -> m.def_unreadable(arg(args, 0));
            case NO_FOLDER -> m.def_no_folder();
            case NOT_A_MAPPING -> m.def_not_a_mapping();
            case MISSING_FIELD -> m.def_missing_field(arg(args, 0));
            case UNKNOWN_FIELD -> m.def_unknown_field(arg(args, 0));
            case BAD_CONSULTATION_ID -> m.def_bad_consultation_id(arg(args, 0), arg(args, 1));
            case BAD_QUESTION_ID -> m.def_bad_question_id(arg(args, 0), arg(args, 1));
            case BAD_OPTION_CODE -> m.def_bad_option_code(arg(args, 0), arg(args, 1));
            case BAD_TEXTS -> m.def_bad_texts(arg(args, 0), arg(args, 1));
            case BAD_NUMBER -> m.def_bad_number(arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3));
            case BAD_DATE -> m.def_bad_date(arg(args, 0), arg(args, 1));
            case BAD_PUBLISH -> m.def_bad_publish(arg(args, 0), arg(args, 1));
            case BAD_QUESTION -> m.def_bad_question(arg(args, 0));
            case BAD_SHOW_IF -> m.def_bad_show_if(arg(args, 0));
            case MISSING_TEXT -> m.def_missing_text(arg(args, 0), arg(args, 1));
            case UNKNOWN_LANGUAGE -> m.def_unknown_language(arg(args, 0));
            case DUPLICATE_CONSULTATION -> m.def_duplicate_consultation(arg(args, 0), arg(args, 1));
            case DUPLICATE_QUESTION -> m.def_duplicate_question(arg(args, 0));
            case DUPLICATE_OPTION -> m.def_duplicate_option(arg(args, 0));
            case UNKNOWN_TYPE -> m.def_unknown_type(arg(args, 0));
            case UNKNOWN_ROLE -> m.def_unknown_role(arg(args, 0));
            case ROLE_WRONG_TYPE -> m.def_role_wrong_type(arg(args, 0), arg(args, 1), arg(args, 2));
            case ROLE_TWICE -> m.def_role_twice(arg(args, 0), arg(args, 1));
            case AGE_BAND_NOT_FIRST -> m.def_age_band_not_first();
            case AGE_BAND_OPTION_RANGE -> m.def_age_band_option_range(arg(args, 0));
            case OPTIONS_MISSING -> m.def_options_missing(arg(args, 0));
            case OPTIONS_NOT_ALLOWED -> m.def_options_not_allowed(arg(args, 0));
            case FIELD_NOT_ALLOWED -> m.def_field_not_allowed(arg(args, 0), arg(args, 1));
            case MAX_OUT_OF_RANGE -> m.def_max_out_of_range(arg(args, 0), arg(args, 1));
            case SHOW_IF_UNKNOWN_QUESTION -> m.def_show_if_unknown_question(arg(args, 0));
            case SHOW_IF_LATER_QUESTION -> m.def_show_if_later_question(arg(args, 0));
            case SHOW_IF_NOT_CHOICE -> m.def_show_if_not_choice(arg(args, 0), arg(args, 1));
            case SHOW_IF_UNKNOWN_CODE -> m.def_show_if_unknown_code(arg(args, 0), arg(args, 1), arg(args, 2));
            case INVERTED_AGE_RANGE -> m.def_inverted_age_range(arg(args, 0), arg(args, 1));
            case CLOSES_BEFORE_OPENS -> m.def_closes_before_opens(arg(args, 0), arg(args, 1));
            case NO_QUESTIONS -> m.def_no_questions();
        };
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }
}
