package org.hocvu.lms.classroom;

import java.util.Map;

/**
 * A STEM/STEAM module loaded into a class: a package of the catalog, its title per language and
 * where a student opens it; {@code published} false when the package left the catalog since.
 */
public record ModuleView(String packageId, Map<String, String> title, String version, int lessons, boolean published,
                         String href) {
    /** The title in {@code language}, else Vietnamese, else any, else the package id. */
    public String title(String language) {
        if (title == null || title.isEmpty()) {
            return packageId;
        }
        return title.getOrDefault(language, title.getOrDefault("vi", title.values().iterator().next()));
    }
}
