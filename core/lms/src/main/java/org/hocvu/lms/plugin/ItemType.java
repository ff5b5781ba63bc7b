package org.hocvu.lms.plugin;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The item types of lesson quizzes and test banks (docs/content-package-format.md), as data files write them. */
public enum ItemType {
    SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, MATCHING, SEQUENCING, FILL_IN, NUMERIC, LIKERT;

    @JsonValue
    public String dataName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A likert item is a survey question: it has no right answer and counts toward no score. */
    public boolean graded() {
        return this != LIKERT;
    }

    public static Optional<ItemType> ofDataName(String name) {
        return Arrays.stream(values()).filter(t -> t.dataName().equals(name)).findFirst();
    }
}
