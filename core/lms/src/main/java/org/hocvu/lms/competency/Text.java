package org.hocvu.lms.competency;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hocvu.lms.shared.Languages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text in the languages it was written in: {@code {"vi": "...", "en": "...", "km": "..."}}, as
 * plugin frameworks give it and as stored framework documents hold it. Any number of languages;
 * {@link #in(Locale)} falls back from the language asked for to Vietnamese, then to whichever the
 * text has (a framework imported from a one-language CASE file has one).
 */
public final class Text {
    private static final String VIETNAMESE = Languages.VIETNAMESE.getLanguage();
    public static final Text EMPTY = new Text(Map.of());

    private final Map<String, String> byLanguage;

    /**
     * Blank values count as absent. Vietnamese comes first and the others in alphabetical order,
     * so the JSON form does not depend on the order a file lists languages in (and
     * {@code {"vi","en"}} reads and writes exactly as the earlier two-field record did).
     */
    @JsonCreator
    public Text(Map<String, String> byLanguage) {
        Map<String, String> ordered = new LinkedHashMap<>();
        String vi = byLanguage.get(VIETNAMESE);
        if (vi != null && !vi.isBlank()) {
            ordered.put(VIETNAMESE, vi);
        }
        new TreeMap<>(byLanguage).forEach((language, value) -> {
            if (value != null && !value.isBlank()) {
                ordered.putIfAbsent(language, value);
            }
        });
        this.byLanguage = Collections.unmodifiableMap(ordered);
    }

    public static Text of(String language, String value) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(language, value);
        return new Text(one);
    }

    /** Language code → text, Vietnamese first: the JSON form. */
    @JsonValue
    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    /** The text in exactly that language, or {@code null}. */
    public String get(String language) {
        return byLanguage.get(language);
    }

    /** The text in the language asked for, else in Vietnamese, else in whatever language it has; {@code null} when empty. */
    public String in(Locale locale) {
        String wanted = locale == null ? null : byLanguage.get(locale.getLanguage());
        if (wanted != null) {
            return wanted;
        }
        String vi = byLanguage.get(VIETNAMESE);
        return vi != null ? vi : byLanguage.values().stream().findFirst().orElse(null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text t && t.byLanguage.equals(byLanguage);
    }

    @Override
    public int hashCode() {
        return byLanguage.hashCode();
    }

    @Override
    public String toString() {
        return byLanguage.toString();
    }
}
