package org.youthvoice.api;

import java.util.UUID;

/** The acknowledgement of a stored response; the receipt id identifies the response, never the respondent. */
public record Receipt(UUID receipt, String consultation, int version) {
}
