package org.hocvu.ui.i18n;

import org.hocvu.lms.identity.Roles;

import java.util.Locale;

/** The page texts Java composes (role names, error pages), for the few not written in a template. */
public final class Texts {
    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        return PageTexts.get(locale, key, args);
    }

    /** A role's name for people ({@code role_content_partner} for {@code content-partner}); the role itself when unknown. */
    public static String roleName(Locale locale, String role) {
        return Roles.ALL.contains(role) ? get(locale, "role_" + role.replace('-', '_')) : role;
    }
}
