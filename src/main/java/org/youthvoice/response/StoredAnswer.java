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

    /** Scrubbed free text, sealed with AES-GCM (see TextCipher). */
    @Column(name = "text_value", length = 12000)
    public String textValue;

    /** Whether the text suggests a child is being hurt: shown to the data steward, never published. */
    @Column(name = "harm_flag")
    public Boolean harmFlag;

    public static StoredAnswer code(String questionId, String code) {
        StoredAnswer a = new StoredAnswer();
        a.questionId = questionId;
        a.optionCode = code;
        return a;
    }

    public static StoredAnswer text(String questionId, String sealedText, boolean harm) {
        StoredAnswer a = new StoredAnswer();
        a.questionId = questionId;
        a.textValue = sealedText;
        a.harmFlag = harm;
        return a;
    }
}
