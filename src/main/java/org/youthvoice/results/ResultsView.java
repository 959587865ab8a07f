package org.youthvoice.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Published results: every number already through suppression. */
public record ResultsView(String id, @JsonInclude(JsonInclude.Include.ALWAYS) Long responses, int minCell,
                          List<QuestionResult> questions, List<Group> groups) {

    /** One option: its count and share, or suppressed with no count. */
    public record OptionResult(String code, @JsonInclude(JsonInclude.Include.ALWAYS) Long count, Double share, Boolean suppressed) {
    }

    /** One question: how many answered it (null when suppressed) and its options. */
    public record QuestionResult(String id, @JsonInclude(JsonInclude.Include.ALWAYS) Long answered, List<OptionResult> options) {
    }

    /** The results within one group of a breakdown. */
    public record Group(String by, String key, @JsonInclude(JsonInclude.Include.ALWAYS) Long responses, List<QuestionResult> questions) {
    }
}
