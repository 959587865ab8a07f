package org.youthvoice.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days as staff write them in forms and queries: 2026-12-31. */
public final class Days {

    private Days() {
    }

    /** The day, or null when blank; a 400 refusal (bad_date) when it cannot be read. */
    public static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw Refusal.invalid(Problem.BAD_DATE);
        }
    }

    /** The day, or null when blank or unreadable: for a filter, which then filters nothing rather than refusing. */
    public static LocalDate lenient(String text) {
        try {
            return parse(text);
        } catch (Refusal unreadable) {
            return null;
        }
    }
}
