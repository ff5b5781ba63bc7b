package org.hocvu.lms.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Texts people read, in the configured {@link Languages}: Vietnamese in {@code <bundle>.properties},
 * every other language in {@code <bundle>_<code>.properties}; a key that language lacks is read
 * from the Vietnamese file (the bundle's parent). Each context owns a bundle named by the first
 * part of its keys ({@code unit.not-found} lives in {@code i18n/unit}); keys without one live in
 * {@code i18n/messages}.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Languages.VIETNAMESE;
    private static final String SHARED_BUNDLE = "i18n.messages";
    private static final String LANGUAGE_NAME = "language.name";

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

    /**
     * A language's name in that language ("Tiếng Việt", "English", "ភាសាខ្មែរ") for the language
     * switch; its code when its own bundle does not name it (never the Vietnamese name by fallback).
     */
    public static String languageName(Locale language) {
        ResourceBundle bundle = load(SHARED_BUNDLE, language);
        // asked of that language's own file: the Vietnamese one, its parent or stand-in, says "Tiếng Việt"
        boolean own = language.equals(VIETNAMESE) || bundle.getLocale().getLanguage().equals(language.getLanguage());
        Object name = own && bundle instanceof PropertyResourceBundle file ? file.handleGetObject(LANGUAGE_NAME) : null;
        return name != null ? name.toString() : language.getLanguage();
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

    /** Vietnamese is the base file, so it is asked for as the root locale; others fall back to it. */
    private static ResourceBundle load(String name, Locale locale) {
        Locale wanted = locale.equals(VIETNAMESE) ? Locale.ROOT : locale;
        return ResourceBundle.getBundle(name, wanted, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The configured language closest to the one asked for; the default when none matches. */
    public static Locale supported(Locale wanted) {
        return Languages.configured().closest(wanted);
    }

    public static Locale fromAcceptLanguage(List<Locale> acceptable) {
        return Languages.configured().firstOf(acceptable);
    }
}
