package org.hocvu.lms.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts people read: Vietnamese by default ({@code <bundle>.properties}), English second
 * ({@code <bundle>_en.properties}). Each context owns a bundle named by the first part of its keys
 * ({@code unit.not-found} lives in {@code i18n/unit}); keys without one live in {@code i18n/messages}.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    private static final String SHARED_BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundleFor(key, supported(locale));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // always through MessageFormat, so '' means one apostrophe in every message
        return new MessageFormat(pattern, bundle.getLocale()).format(args == null ? new Object[0] : args);
    }

    private static ResourceBundle bundleFor(String key, Locale locale) {
        int dot = key.indexOf('.');
        if (dot > 0) {
            try {
                return load("i18n." + key.substring(0, dot), locale);
            } catch (MissingResourceException e) {
                // no bundle of that name: the shared one
            }
        }
        return load(SHARED_BUNDLE, locale);
    }

    private static ResourceBundle load(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The supported language closest to the one asked for; Vietnamese when none matches. */
    public static Locale supported(Locale wanted) {
        if (wanted != null) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return VIETNAMESE;
    }

    /** An explicit {@code ?lang=} wins over the request's Accept-Language; Vietnamese when neither matches. */
    public static Locale requested(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return supported(Locale.forLanguageTag(lang));
        }
        return fromAcceptLanguage(acceptable);
    }

    public static Locale fromAcceptLanguage(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return VIETNAMESE;
    }
}
