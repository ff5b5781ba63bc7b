package org.hocvu.ui.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text a person reads on the pages, as {@code msg:} in templates. The texts live in
 * {@code messages/msg_vi.properties} (Vietnamese, the default) and {@code messages/msg_en.properties}.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface AppMessages {
    @Message
    String brand();

    @Message
    String app_name();

    @Message
    String app_description();

    @Message
    String skip_to_content();

    @Message
    String language_switch();

    @Message
    String language_vi();

    @Message
    String language_en();

    @Message
    String signed_in_as(String name);

    @Message
    String sign_in();

    @Message
    String sign_in_again();

    @Message
    String sign_out();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_me();

    @Message
    String nav_system();

    @Message
    String footer_campaign();

    @Message
    String footer_help();

    @Message
    String welcome_title();

    @Message
    String welcome_heading();

    @Message
    String welcome_lead();

    @Message
    String welcome_how_title();

    @Message
    String welcome_how_sign_in();

    @Message
    String welcome_how_profile();

    @Message
    String welcome_how_learn();

    @Message
    String welcome_new_account();

    @Message
    String home_title();

    @Message
    String home_heading(String name);

    @Message
    String home_about_me();

    @Message
    String home_edit_me();

    @Message
    String home_learning_title();

    @Message
    String home_learning_empty();

    @Message
    String home_learning_complete_profile();

    @Message
    String me_username();

    @Message
    String me_roles();

    @Message
    String me_unit();

    @Message
    String me_unit_none();

    @Message
    String me_groups();

    @Message
    String me_groups_none();

    @Message
    String me_title();

    @Message
    String me_lead();

    @Message
    String me_saved();

    @Message
    String me_name_title();

    @Message
    String me_name_label();

    @Message
    String me_name_hint();

    @Message
    String me_name_save();

    @Message
    String me_unit_title();

    @Message
    String me_unit_current();

    @Message
    String me_unit_search_label();

    @Message
    String me_unit_search_hint();

    @Message
    String me_unit_search_button();

    @Message
    String me_unit_found(long total, int shown);

    @Message
    String me_unit_pick();

    @Message
    String me_unit_save();

    @Message
    String me_unit_required();

    @Message
    String me_groups_title();

    @Message
    String me_groups_legend();

    @Message
    String me_groups_hint();

    @Message
    String me_groups_save();

    @Message
    String me_groups_none_installed();

    @Message
    String role_learner();

    @Message
    String role_facilitator();

    @Message
    String role_teacher();

    @Message
    String role_content_partner();

    @Message
    String role_reviewer();

    @Message
    String role_unit_manager();

    @Message
    String role_campaign_admin();

    @Message
    String role_admin();

    @Message
    String roles_none();

    @Message
    String system_title();

    @Message
    String system_plugins_title();

    @Message
    String system_plugins_none();

    @Message
    String system_operations_title();

    @Message
    String system_health();

    @Message
    String system_metrics();

    @Message
    String system_api_docs();

    @Message
    String signed_out_title();

    @Message
    String signed_out_lead();

    @Message
    String offline_title();

    @Message
    String offline_lead();

    @Message
    String offline_retry();

    @Message
    String error_code(int status);

    @Message
    String error_401_title();

    @Message
    String error_401_explanation();

    @Message
    String error_403_title();

    @Message
    String error_403_explanation(String role);

    @Message
    String error_404_title();

    @Message
    String error_404_explanation();

    @Message
    String error_500_title();

    @Message
    String error_500_explanation();

    @Message
    String error_go_home();
}
