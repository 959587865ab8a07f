package org.youthvoice.catalog;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many responses a consultation has had each day, for the admin's overview. The running counts belong to a higher
 * layer (participation), which provides this; the catalogue only asks.
 */
public interface ResponseCounts {

    /** Responses of one consultation per day, since it started. */
    Map<LocalDate, Long> perDay(String consultationId);
}
