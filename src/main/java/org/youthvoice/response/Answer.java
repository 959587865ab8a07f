package org.youthvoice.response;

import java.util.List;

/** One answer as given: a single code, several codes, or free text. Codes are option codes or country codes. */
public sealed interface Answer {

    /** The codes chosen, empty for free text. */
    List<String> codes();

    record Choice(String code) implements Answer {
        public List<String> codes() {
            return List.of(code);
        }
    }

    record Choices(List<String> chosen) implements Answer {
        public Choices {
            chosen = List.copyOf(chosen);
        }

        public List<String> codes() {
            return chosen;
        }
    }

    record Text(String value) implements Answer {
        public List<String> codes() {
            return List.of();
        }
    }
}
