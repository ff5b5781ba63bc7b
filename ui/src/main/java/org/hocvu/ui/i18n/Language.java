package org.hocvu.ui.i18n;

import org.hocvu.lms.shared.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page speaks: the one the person chose with the language switch (remembered in
 * a cookie), else the first supported one their browser asks for, else Vietnamese.
 */
public final class Language {
    public static final String COOKIE = "hocvu-lang";
    /** A year: people on shared or reset phones choose again, everyone else is not asked twice. */
    public static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private Language() {
    }

    public static Locale choose(String cookieValue, String acceptLanguage) {
        return supportedTag(cookieValue)
                .map(Locale::forLanguageTag)
                .orElseGet(() -> Messages.fromAcceptLanguage(parse(acceptLanguage)));
    }

    /** The tag itself when the platform speaks that language, for values that arrive from outside. */
    public static Optional<String> supportedTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Messages.SUPPORTED.stream().map(Locale::getLanguage).filter(tag::equals).findFirst();
    }

    private static List<Locale> parse(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
