package org.hocvu.ui.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.hocvu.lms.identity.Roles;

import java.util.Locale;

/** The page texts in one language, for the few that Java composes (role names, error pages). */
public final class Texts {
    private Texts() {
    }

    public static AppMessages in(Locale locale) {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    public static String roleName(AppMessages msg, String role) {
        return switch (role) {
            case Roles.LEARNER -> msg.role_learner();
            case Roles.FACILITATOR -> msg.role_facilitator();
            case Roles.TEACHER -> msg.role_teacher();
            case Roles.CONTENT_PARTNER -> msg.role_content_partner();
            case Roles.REVIEWER -> msg.role_reviewer();
            case Roles.UNIT_MANAGER -> msg.role_unit_manager();
            case Roles.CAMPAIGN_ADMIN -> msg.role_campaign_admin();
            case Roles.ADMIN -> msg.role_admin();
            default -> role;
        };
    }
}
