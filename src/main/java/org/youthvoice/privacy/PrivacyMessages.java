package org.youthvoice.privacy;

import io.quarkus.qute.i18n.MessageBundle;

/** The privacy notices, as {privacy:key} in templates; the texts live in messages/privacy_{lang}.properties. */
@MessageBundle(value = "privacy", locale = "en")
public interface PrivacyMessages {

    String child_title();

    String child_intro();

    String child_what_we_ask();

    String child_what_we_do_not_keep();

    String child_text_answers();

    String child_if_hurt();

    String child_who_sees();

    String child_how_long();

    String child_your_choice();

    String child_help();

    String adult_title();

    String adult_intro();

    String adult_why();

    String adult_what_we_ask();

    String adult_what_we_do_not_keep();

    String adult_text_answers();

    String adult_safeguarding();

    String adult_who_sees();

    String adult_how_long();

    String adult_where();

    String adult_campaigns();

    String adult_consent();

    String adult_questions();

    String link_child();

    String link_adult();
}
