package org.youthvoice.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts, as {msg:key} in templates. The texts live in messages/msg_{lang}.properties, one file per
 * language, English being the default; a test fails when any language lacks a key.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    String app_name();

    String lang_label();

    String skip_link();

    String home_title();

    String home_intro();

    String home_none();

    String home_minutes(int minutes);

    String start();

    String welcome_what();

    String welcome_anonymous();

    String welcome_skip();

    String welcome_time(int minutes);

    String welcome_who();

    String welcome_privacy_heading();

    String welcome_privacy();

    String welcome_closed();

    String welcome_scheduled(String date);

    String back_home();

    String progress(int page, int total);

    String required();

    String next();

    String back();

    String send();

    String choose_country();

    String choose_up_to(int max);

    String choose_many();

    String text_limit(int max);

    String errors_title();

    String age_sorry_title();

    String age_sorry(int min, int max);

    String thanks_title();

    String thanks_saved();

    String thanks_help_heading();

    String thanks_help_text();

    String thanks_helpline_country();

    String thanks_finder();

    String thanks_results();

    String not_found_title();

    String not_found_text();

    String try_again_title();

    String try_again_text();

    String error_unknown_question();

    String error_unknown_option();

    String error_unknown_country();

    String error_wrong_type();

    String error_too_many_choices(int max);

    String error_required();

    String error_hidden_question();

    String error_text_too_long(int max);

    String error_outside_audience();

    String error_not_open_yet();

    String error_closed();

    String error_unknown_language();

    String error_unknown_consultation();

    String error_bad_campaign();

    String error_malformed();
}
