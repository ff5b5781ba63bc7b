package org.hocvu.lms.plugin;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** How hard a test item is; a blueprint's difficulty mix gives each a share of the items. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    /** As data files and the API write it: {@code easy}, {@code medium}, {@code hard}. */
    @JsonValue
    public String dataName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Difficulty> ofDataName(String name) {
        return Arrays.stream(values()).filter(d -> d.dataName().equals(name)).findFirst();
    }
}
