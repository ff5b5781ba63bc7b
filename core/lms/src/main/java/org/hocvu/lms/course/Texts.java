package org.hocvu.lms.course;

import java.util.Locale;
import java.util.Map;

/** A text of a language map (package and course titles) in the caller's language, else Vietnamese, else any. */
final class Texts {
    private Texts() {
    }

    static String in(Map<String, String> texts, Locale language, String fallback) {
        if (texts == null || texts.isEmpty()) {
            return fallback;
        }
        String wanted = texts.get(language.getLanguage());
        if (wanted == null) {
            wanted = texts.entrySet().stream().filter(e -> e.getKey().startsWith(language.getLanguage() + "-"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (wanted == null) {
            wanted = texts.get("vi");
        }
        return wanted != null ? wanted : texts.values().iterator().next();
    }
}
