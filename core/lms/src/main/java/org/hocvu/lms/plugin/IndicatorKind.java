package org.hocvu.lms.plugin;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a campaign indicator counts: the share of a group's members who completed the curriculum,
 * passed the standard test, completed given courses, or had given practical skills verified.
 */
public enum IndicatorKind {
    COMPLETED_CURRICULUM("completed-curriculum", null),
    PASSED_STANDARD_TEST("passed-standard-test", null),
    COMPLETED_COURSES("completed-courses", "course"),
    VERIFIED_SKILLS("verified-skills", "practical skill");

    /** Every group is measured by these two. */
    public static final List<IndicatorKind> REQUIRED = List.of(COMPLETED_CURRICULUM, PASSED_STANDARD_TEST);

    private final String dataName;
    private final String refersTo;

    IndicatorKind(String dataName, String refersTo) {
        this.dataName = dataName;
        this.refersTo = refersTo;
    }

    @JsonValue
    public String dataName() {
        return dataName;
    }

    /** What its {@code refs} name (course or practical skill ids), or null when it takes none. */
    public String refersTo() {
        return refersTo;
    }

    public static Optional<IndicatorKind> ofDataName(String name) {
        return Arrays.stream(values()).filter(k -> k.dataName.equals(name)).findFirst();
    }
}
