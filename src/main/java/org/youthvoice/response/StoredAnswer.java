package org.youthvoice.response;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One chosen code, or one scrubbed free text, of a stored response. */
@Embeddable
public class StoredAnswer {

    @Column(name = "question_id", nullable = false, length = 64)
    public String questionId;

    @Column(name = "option_code", length = 64)
    public String optionCode;

    @Column(name = "text_value", length = 4000)
    public String textValue;

    public static StoredAnswer code(String questionId, String code) {
        StoredAnswer a = new StoredAnswer();
        a.questionId = questionId;
        a.optionCode = code;
        return a;
    }

    public static StoredAnswer text(String questionId, String text) {
        StoredAnswer a = new StoredAnswer();
        a.questionId = questionId;
        a.textValue = text;
        return a;
    }
}
