package org.hocvu.ui.layout;

import org.hocvu.lms.identity.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What the layout around every page needs: the page's language, its path (for the language
 * switch to come back to), and who is signed in with which roles (for the navigation).
 *
 * @param personName the signed-in person's display name, null when nobody is signed in
 */
public record Chrome(Locale locale, String path, String personName, Set<String> roles) {

    public static Chrome anonymous(Locale locale, String path) {
        return new Chrome(locale, path, null, Set.of());
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean signedIn() {
        return personName != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean mayAdminister() {
        return has(Roles.ADMIN);
    }

    /** The language switch's link to {@code tag}, coming back to this page. */
    public String languageHref(String tag) {
        return "/language/" + tag + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public boolean speaks(String tag) {
        return lang().equals(tag);
    }
}
