package org.youthvoice.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** One question of a consultation, exactly as its file declares it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(String id, QuestionType type, Role role, boolean required, Texts text, Texts help,
                       Integer max, Integer maxLength, ShowIf showIf, List<Option> options) {

    public static final int DEFAULT_MAX_LENGTH = 500;

    public Optional<Option> option(String code) {
        return options == null ? Optional.empty() : options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** The longest free text accepted for a text question. */
    public int textLimit() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }
}
