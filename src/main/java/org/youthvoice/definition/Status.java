package org.youthvoice.definition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a consultation takes answers today. */
public enum Status {
    SCHEDULED, OPEN, CLOSED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
