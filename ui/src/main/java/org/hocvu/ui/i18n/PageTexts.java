package org.hocvu.ui.i18n;

import org.hocvu.lms.shared.Languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every text a person reads on the pages, one bundle per feature area: {@code messages/<area>.properties}
 * in Vietnamese and {@code messages/<area>_<code>.properties} for each other configured language,
 * read at start for the languages of {@code hocvu.languages}. A key a language lacks reads Vietnamese.
 * <p>
 * Why data rather than Qute's type-safe {@code @MessageBundle}: a language must be addable with
 * files only. Qute finds localized files at build time, wants every key as a Java method, and has no
 * per-key fallback to Vietnamese a partial translation can lean on; here a campaign drops in
 * {@code <area>_km.properties} and sets {@code hocvu.languages}. What type safety gave is kept by
 * tests: every {@code msg:} key a template uses is in the Vietnamese bundles, vi and en have the
 * same keys ({@code PageTextsTest}).
 */
public final class PageTexts {
    /** The feature areas; a page's texts go in its area's bundle, a new area is one more name here. */
    public static final List<String> AREAS = List.of("layout", "home", "profile", "admin", "errors", "offline", "content", "cmi5", "scorm", "certificate", "learning", "classroom", "roster", "assessment", "campaign", "facilitation");
    static final String FOLDER = "messages/";
    private static final String VIETNAMESE = Languages.VIETNAMESE.getLanguage();

    private static volatile Loaded loaded;

    /** The texts of the configured languages: code → key → text, Vietnamese always present. */
    private record Loaded(Languages languages, Map<String, Map<String, String>> byLanguage) {
    }

    private PageTexts() {
    }

    /** The text of {@code key} in that language (else Vietnamese, else the key), {@code {0}}, {@code {1}}... filled in. */
    public static String get(Locale locale, String key, Object... args) {
        Map<String, Map<String, String>> texts = texts();
        String vi = texts.get(VIETNAMESE).getOrDefault(key, key);
        Map<String, String> wanted = locale == null ? null : texts.get(locale.getLanguage());
        String pattern = wanted == null ? vi : wanted.getOrDefault(key, vi);
        return fill(locale, pattern, args);
    }

    /** Whether the Vietnamese bundles, which every language falls back to, have this key. */
    public static boolean has(String key) {
        return texts().get(VIETNAMESE).containsKey(key);
    }

    /**
     * Plain replacement, not MessageFormat: an apostrophe in "group's" stays one. A text that counts
     * ("Found 1 unit", "Found 2 units") says so with a choice, {@code {0,choice,1#Found 1 unit|1<Found {0} units}},
     * and only such a text goes through {@link MessageFormat} (where an apostrophe is written {@code ''}).
     */
    static String fill(Locale locale, String pattern, Object... args) {
        if (pattern.contains(",choice,")) {
            return new MessageFormat(pattern, locale == null ? Languages.VIETNAMESE : locale).format(args == null ? new Object[0] : args);
        }
        String text = pattern;
        for (int i = 0; args != null && i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Map<String, Map<String, String>> texts() {
        Languages languages = Languages.configured();
        Loaded current = loaded;
        if (current == null || current.languages() != languages) {
            current = new Loaded(languages, load(languages));
            loaded = current;
        }
        return current.byLanguage();
    }

    private static Map<String, Map<String, String>> load(Languages languages) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        for (String language : languages.codes()) {
            Map<String, String> texts = new HashMap<>();
            for (String area : AREAS) {
                read(fileName(area, language)).forEach((key, text) -> {
                    String earlier = texts.put(key, text);
                    if (earlier != null) {
                        throw new IllegalStateException("page text " + key + " is in two areas' bundles (" + language + ")");
                    }
                });
            }
            byLanguage.put(language, Map.copyOf(texts));
        }
        return Map.copyOf(byLanguage);
    }

    static String fileName(String area, String language) {
        return FOLDER + area + (VIETNAMESE.equals(language) ? "" : "_" + language) + ".properties";
    }

    /** A bundle's texts; nothing when it does not exist (a language not translated yet). */
    static Map<String, String> read(String resource) {
        Map<String, String> texts = new HashMap<>();
        try (InputStream in = PageTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return texts;
    }
}
