package org.hocvu.ui.layout;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.ui.i18n.Language;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The request as pages see it: its language, the signed-in person, the layout's data. */
@RequestScoped
public class PageContext {
    @Inject
    HttpServerRequest request;
    @Inject
    SecurityIdentity identity;
    @Inject
    IdentityService identities;
    @Inject
    Navigation navigation;

    private Locale locale;
    private MeView profile;

    public Locale locale() {
        if (locale == null) {
            locale = languageOf(request);
        }
        return locale;
    }

    public static Locale languageOf(HttpServerRequest request) {
        Cookie chosen = request.getCookie(Language.COOKIE);
        return Language.choose(chosen == null ? null : chosen.getValue(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public SecurityIdentity identity() {
        return identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The signed-in person's profile, created on their first visit; read once per request. */
    public MeView profile() {
        if (profile == null) {
            profile = identities.me(identity);
        }
        return profile;
    }

    /** Forget the profile read earlier in this request, after it was changed. */
    public void profileChanged(MeView changed) {
        profile = changed;
    }

    /** The layout's data for the page this GET request shows. */
    public Chrome chrome() {
        return chromeAt(request.path() + (request.query() == null ? "" : "?" + request.query()));
    }

    /** The layout's data for a page answered to a form: the language switch comes back to {@code path}. */
    public Chrome chromeAt(String path) {
        if (!signedIn()) {
            return Chrome.anonymous(locale(), path);
        }
        return chromeFor(identity, profile(), locale(), path, navigation);
    }

    /** The layout's data for a signed-in person, also where no page context is at hand (error pages). */
    public static Chrome chromeFor(SecurityIdentity identity, MeView profile, Locale locale, String path, Navigation navigation) {
        Set<String> roles = Roles.ALL.stream().filter(identity::hasRole).collect(Collectors.toUnmodifiableSet());
        return new Chrome(locale, path, profile.displayName(), roles, navigation.linksFor(roles, locale, path));
    }
}
