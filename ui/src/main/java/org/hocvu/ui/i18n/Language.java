package org.hocvu.ui.i18n;

import org.hocvu.lms.shared.Languages;

import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page speaks: the one the person chose with the language switch (remembered in
 * a cookie), else the first configured one their browser asks for, else the default (Vietnamese).
 */
public final class Language {
    public static final String COOKIE = "hocvu-lang";
    /** A year: people on shared or reset phones choose again, everyone else is not asked twice. */
    public static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private Language() {
    }

    public static Locale choose(String cookieValue, String acceptLanguage) {
        return Languages.configured().choose(cookieValue, acceptLanguage);
    }

    /** The tag itself when the platform speaks that language, for values that arrive from outside. */
    public static Optional<String> supportedTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Languages.configured().find(tag).map(Locale::getLanguage);
    }
}
