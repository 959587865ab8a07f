package org.youthvoice.definition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of question a consultation file may hold. */
public enum QuestionType {
    SINGLE, MULTIPLE, SCALE, TEXT, COUNTRY;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether answers are codes from the question's own option list. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE || this == SCALE;
    }

    public static Optional<QuestionType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
