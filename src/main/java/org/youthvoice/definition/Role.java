package org.youthvoice.definition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A question's part in results: the breakdown dimension it provides, with the type it requires. */
public enum Role {
    AGE_BAND(QuestionType.SINGLE), GENDER(QuestionType.SINGLE), COUNTRY(QuestionType.COUNTRY);

    private final QuestionType requiredType;

    Role(QuestionType requiredType) {
        this.requiredType = requiredType;
    }

    public QuestionType requiredType() {
        return requiredType;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
