package org.youthvoice.respondent;

import java.util.List;

/** What the respondent templates show, computed in Java so that templates only place it. */
public final class Views {

    private Views() {
    }

    /** A consultation on the home page. */
    public record Entry(String id, String title, int minutes) {
    }

    /** One question as shown on a page, in the page's language, with its error if any. */
    public record QuestionView(String id, String type, String text, String help, boolean required, String hint,
                               String error, List<Choice> choices, String value, int maxLength) {
        public String field() {
            return "q." + id;
        }

        public boolean hasError() {
            return error != null;
        }
    }

    /** An option of a choice question or a country of the country list. */
    public record Choice(String code, String label, boolean selected) {
    }

    /** An answer from another page, carried in the form so that no cookie or server session is needed. */
    public record Hidden(String name, String value) {
    }

    /** A national child helpline from the reference data. */
    public record Helpline(String name, String number, String url) {
    }
}
