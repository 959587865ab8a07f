package org.youthvoice.response;

import java.util.Map;
import org.youthvoice.i18n.Lang;

/** What a respondent sends: the language answered in, the campaign that brought them if any, and the answers. */
public record Submission(Lang lang, String campaign, Map<String, Answer> answers, Channel channel) {

    /** How a response arrives. */
    public enum Channel { WEB, API }

    public Submission {
        answers = Map.copyOf(answers);
    }
}
