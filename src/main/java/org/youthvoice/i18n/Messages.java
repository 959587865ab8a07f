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

    String staff_title();

    String staff_sign_in();

    String staff_sign_in_intro();

    String staff_username();

    String staff_password();

    String staff_sign_in_button();

    String staff_sign_in_failed();

    String staff_sign_out();

    String staff_signed_in_as(String name, String role);

    String staff_nothing_here();

    String nav_consultations();

    String nav_campaigns();

    String nav_participation();

    String nav_accounts();

    String nav_audit();

    String col_consultation();

    String col_status();

    String col_version();

    String col_opens();

    String col_closes();

    String col_responses();

    String col_target();

    String col_day();

    String col_language();

    String col_region();

    String col_campaign();

    String col_code();

    String col_label();

    String col_link();

    String col_actions();

    String col_role();

    String col_enabled();

    String col_user();

    String col_when();

    String col_action();

    String col_target_object();

    String col_detail();

    String status_open();

    String status_scheduled();

    String status_closed();

    String role_admin();

    String role_chair();

    String role_promoter();

    String role_steward();

    String region_africa();

    String region_americas();

    String region_arab_states();

    String region_asia_pacific();

    String region_cis();

    String region_europe();

    String region_unknown();

    String region_none();

    String yes();

    String no();

    String open_now();

    String close_now();

    String reload_files();

    String reload_failed();

    String change_dates();

    String set_target();

    String new_campaign();

    String create();

    String default_language();

    String code_optional();

    String qr_svg();

    String qr_png();

    String poster();

    String disable();

    String enable();

    String responses_by_day();

    String responses_by_region();

    String responses_by_language();

    String responses_by_campaign();

    String target_progress(long count, int target, String percent);

    String completion_rate(String percent);

    String quarterly_report();

    String quarter();

    String show();

    String download_csv();

    String print();

    String new_account();

    String reset_password();

    String new_password();

    String change_role();

    String filter();

    String from_day();

    String to_day();

    String all();

    String done();

    String poster_invite();

    String poster_scan();

    String flow_expired();

    String thanks_again();

    String honeypot_label();

    String error_too_many();

    String nav_data();

    String flagged_title();

    String flagged_intro();

    String flagged_none();

    String col_text();

    String col_purge_on();

    String retention_title();

    String purge_now();

    String purged(long count);

    String results_title();

    String results_not_yet();

    String results_method_heading();

    String results_method_dates(String opens, String closes);

    String results_method_responses(String count);

    String results_method_few(String min);

    String results_method_languages(String names);

    String results_method_sample();

    String results_method_suppression(String min);

    String results_hidden();

    String col_answer();

    String col_count();

    String col_share();

    String results_answered(String count);

    String results_answered_hidden();

    String results_chart();

    String thanks_results_when(String date);

    String thanks_results_live();

    String thanks_share();

    String results_summary();

    String nav_quotes();

    String quotes_title();

    String quotes_intro();

    String approve();

    String reject();

    String quotes_none();

    String results_quotes();

    String results_open_data();
    String results_method_channels(String channels);

    String results_channel_web();

    String results_channel_api();

    String results_meeting();

    String results_report();

    String results_pdf();

    String results_docx();

    String results_previous();

    String results_next();

    String results_screen(String n, String total);

    String results_live_note();

    String results_live_pause();

    String results_live_resume();

    String nav_results();

    String results_staff_intro();

    String results_exports();

    String results_audit(int hidden, int quantities, int programs, long millis);

    String results_withheld();

    String results_waves();

    String results_waves_intro();

    String results_waves_none();

    String results_compare();
    String col_age_band();

    String col_gender();

    String col_country();

    String results_by();

    String results_overall();

    String results_published();

    String results_not_published();

    String microdata_download();

    String error_body_needed();

    String error_bad_date();

    String error_dates_order();

    String error_target_range();

    String error_campaign_label();

    String error_campaign_lang();

    String error_region(String regions);

    String error_own_region();

    String error_campaign_code();

    String error_unknown_campaign();

    String error_username();

    String error_password_short(int min);

    String error_role();

    String error_username_taken();

    String error_unknown_account();

    String error_own_account();

    String error_unknown_breakdown();

    String error_too_few_waves();

    String error_not_pending();

    String def_unreadable(String detail);

    String def_no_folder();

    String def_not_a_mapping();

    String def_missing_field(String field);

    String def_unknown_field(String field);

    String def_bad_consultation_id(String field, String given);

    String def_bad_question_id(String field, String given);

    String def_bad_option_code(String field, String given);

    String def_bad_texts(String field, String given);

    String def_bad_number(String field, String min, String max, String given);

    String def_bad_date(String field, String given);

    String def_bad_publish(String field, String given);

    String def_bad_question(String given);

    String def_bad_show_if(String given);

    String def_missing_text(String field, String lang);

    String def_unknown_language(String code);

    String def_duplicate_consultation(String id, String file);

    String def_duplicate_question(String id);

    String def_duplicate_option(String code);

    String def_unknown_type(String type);

    String def_unknown_role(String role);

    String def_role_wrong_type(String role, String needed, String given);

    String def_role_twice(String role, String holder);

    String def_age_band_not_first();

    String def_age_band_option_range(String code);

    String def_options_missing(String type);

    String def_options_not_allowed(String type);

    String def_field_not_allowed(String field, String type);

    String def_max_out_of_range(String max, String options);

    String def_show_if_unknown_question(String id);

    String def_show_if_later_question(String id);

    String def_show_if_not_choice(String id, String type);

    String def_show_if_unknown_code(String code, String id, String known);

    String def_inverted_age_range(String min, String max);

    String def_closes_before_opens(String closes, String opens);

    String def_no_questions();
}
