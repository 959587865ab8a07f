package org.youthvoice.definition;

import java.util.List;

/** Shows a question only when an earlier question was answered with one of the listed codes. */
public record ShowIf(String question, List<String> anyOf) {
}
