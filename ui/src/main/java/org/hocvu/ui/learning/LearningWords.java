package org.hocvu.ui.learning;

import java.util.Locale;

/** Sizes as people read them on a phone: "320 KB", "4,2 MB". */
final class LearningWords {
    private LearningWords() {
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.forLanguageTag("vi"), "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
