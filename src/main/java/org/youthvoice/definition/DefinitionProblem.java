package org.youthvoice.definition;

/** The catalogue of mistakes a consultation file can hold, each with the remedy its message proposes. */
public enum DefinitionProblem {
    UNREADABLE("the file cannot be read as YAML (%s) — fix the syntax"),
    NOT_A_MAPPING("the file must be a mapping of fields (id, title, questions, …)"),
    MISSING_FIELD("'%s' is missing — add it"),
    UNKNOWN_FIELD("unknown field '%s' — remove it or correct its spelling"),
    BAD_VALUE("'%s' must be %s, not %s"),
    MISSING_TEXT("the %s text in language '%s' is missing or empty — write it"),
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
    MAX_OUT_OF_RANGE("max %d must be between 1 and the number of options (%d) — correct it"),
    SHOW_IF_UNKNOWN_QUESTION("show_if names question '%s', which does not exist — name an earlier question"),
    SHOW_IF_LATER_QUESTION("show_if names question '%s', which does not come before this one — name an earlier question or move this one down"),
    SHOW_IF_NOT_CHOICE("show_if names question '%s' of type %s — name a single, multiple or scale question"),
    SHOW_IF_UNKNOWN_CODE("show_if names option code \"%s\", which question '%s' does not have — use one of %s"),
    INVERTED_AGE_RANGE("min_age %d is above max_age %d — swap them"),
    CLOSES_BEFORE_OPENS("closes %s is before opens %s — correct the dates"),
    NO_QUESTIONS("the consultation has no questions — add at least one");

    private final String template;

    DefinitionProblem(String template) {
        this.template = template;
    }

    public String describe(Object... args) {
        return template.formatted(args);
    }
}
