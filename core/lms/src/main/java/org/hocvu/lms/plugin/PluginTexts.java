package org.hocvu.lms.plugin;

import org.hocvu.lms.shared.Languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A plugin's texts from its message bundles (UTF-8 properties), one per language it speaks:
 * Vietnamese is required, every other bundle must have exactly its keys (a key on one side only is
 * a problem reported with the line it is on). A language without a bundle reads Vietnamese.
 */
public final class PluginTexts {
    private static final String VIETNAMESE = Languages.VIETNAMESE.getLanguage();
    /** language code → key → text; always has Vietnamese. */
    private final Map<String, Map<String, String>> byLanguage;

    private PluginTexts(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The text of {@code key} in that language, else in Vietnamese; the key itself when it has none. */
    public String get(String key, Locale locale) {
        String vi = byLanguage.get(VIETNAMESE).getOrDefault(key, key);
        Map<String, String> wanted = locale == null ? null : byLanguage.get(locale.getLanguage());
        return wanted == null ? vi : wanted.getOrDefault(key, vi);
    }

    /** The text or {@code null}, for optional texts such as a description. */
    public String find(String key, Locale locale) {
        return has(key) ? get(key, locale) : null;
    }

    public boolean has(String key) {
        return byLanguage.get(VIETNAMESE).containsKey(key);
    }

    /** The languages the plugin has a bundle for, Vietnamese first. */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** A bundle's keys with the line each is on. */
    record Bundle(String file, Map<String, String> values, Map<String, Integer> lines) {
    }

    static Bundle read(String file, InputStream in) throws IOException {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Properties props = new Properties();
        props.load(new StringReader(content));
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] raw = content.split("\r?\n", -1);
        boolean continued = false;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            boolean starts = !continued && !line.isEmpty() && line.charAt(0) != '#' && line.charAt(0) != '!';
            if (starts) {
                lines.putIfAbsent(keyOf(line), i + 1);
            }
            continued = (starts || continued) && line.endsWith("\\");
        }
        Map<String, String> values = new LinkedHashMap<>();
        lines.keySet().forEach(k -> values.put(k, props.getProperty(k)));
        return new Bundle(file, values, lines);
    }

    private static String keyOf(String line) {
        int end = 0;
        while (end < line.length() && "=: \t".indexOf(line.charAt(end)) < 0) {
            end += line.charAt(end) == '\\' ? 2 : 1;
        }
        return line.substring(0, Math.min(end, line.length())).replace("\\", "");
    }

    /**
     * The bundles as one: {@code vi} and each other language's bundle, with a problem for every
     * key that is in one of them and not in the Vietnamese one, or the other way round.
     */
    static PluginTexts of(String plugin, Bundle vi, Map<String, Bundle> others, Problems problems) {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        byLanguage.put(VIETNAMESE, vi.values());
        others.forEach((language, bundle) -> {
            oneSided(plugin, vi, bundle, problems);
            oneSided(plugin, bundle, vi, problems);
            byLanguage.put(language, bundle.values());
        });
        return new PluginTexts(Collections.unmodifiableMap(byLanguage));
    }

    private static void oneSided(String plugin, Bundle from, Bundle other, Problems problems) {
        from.lines().forEach((key, line) -> {
            if (!other.values().containsKey(key)) {
                problems.add(plugin, from.file(), line, "message key '" + key + "' is missing from " + other.file());
            }
        });
    }
}
