package org.youthvoice.response;

import java.util.UUID;

/** The acknowledgement of a stored response; the receipt id identifies the response, never the respondent. */
public record Receipt(UUID receipt, String consultation, int version) {
}
