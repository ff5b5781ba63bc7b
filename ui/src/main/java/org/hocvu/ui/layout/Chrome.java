package org.hocvu.ui.layout;

import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the layout around every page needs: the page's language, its path (for the language
 * switch to come back to), who is signed in with which roles, and the navigation they see.
 *
 * @param personName the signed-in person's display name, null when nobody is signed in
 * @param navigation the main navigation's links for this person ({@link Navigation}); none for visitors
 */
public record Chrome(Locale locale, String path, String personName, Set<String> roles, List<Navigation.Link> navigation) {

    public static Chrome anonymous(Locale locale, String path) {
        return new Chrome(locale, path, null, Set.of(), List.of());
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean signedIn() {
        return personName != null;
    }

    /** One entry of the language switch: the language's own name, a link back to this page in it. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    /** The language switch: every configured language, in the configured order, each named in itself. */
    public List<LanguageLink> languages() {
        return Languages.configured().supported().stream()
                .map(l -> new LanguageLink(l.getLanguage(), Messages.languageName(l), languageHref(l.getLanguage()),
                        lang().equals(l.getLanguage())))
                .toList();
    }

    /** The language switch's link to {@code tag}, coming back to this page. */
    private String languageHref(String tag) {
        return "/language/" + tag + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
