package org.hocvu.lms.plugin;

import org.hocvu.lms.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A plugin's texts from its two message bundles (UTF-8 properties). Both bundles must have the
 * same keys; a key in one language only is a problem reported with the line it is on.
 */
public final class PluginTexts {
    private final Map<String, String> vi;
    private final Map<String, String> en;

    PluginTexts(Map<String, String> vi, Map<String, String> en) {
        this.vi = vi;
        this.en = en;
    }

    /** The text of {@code key} in the language closest to {@code locale}; the key itself when it has none. */
    public String get(String key, Locale locale) {
        boolean english = Messages.supported(locale).getLanguage().equals("en");
        return (english ? en : vi).getOrDefault(key, vi.getOrDefault(key, key));
    }

    /** The text or {@code null}, for optional texts such as a description. */
    public String find(String key, Locale locale) {
        return has(key) ? get(key, locale) : null;
    }

    public boolean has(String key) {
        return vi.containsKey(key) && en.containsKey(key);
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

    /** Both bundles as one, with a problem for every key found in one language only. */
    static PluginTexts of(String plugin, Bundle vi, Bundle en, Problems problems) {
        oneSided(plugin, vi, en, problems);
        oneSided(plugin, en, vi, problems);
        return new PluginTexts(vi.values(), en.values());
    }

    private static void oneSided(String plugin, Bundle from, Bundle other, Problems problems) {
        from.lines().forEach((key, line) -> {
            if (!other.values().containsKey(key)) {
                problems.add(plugin, from.file(), line, "message key '" + key + "' is missing from " + other.file());
            }
        });
    }
}
