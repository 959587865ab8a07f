package org.youthvoice.definition;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A choice with a stable code; age-band options also carry the ages they cover. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Option(String code, Texts label, Integer minAge, Integer maxAge) {

    /** Whether every age this option covers lies inside the audience range. */
    public boolean within(Audience audience) {
        return minAge != null && maxAge != null && minAge >= audience.minAge() && maxAge <= audience.maxAge();
    }
}
