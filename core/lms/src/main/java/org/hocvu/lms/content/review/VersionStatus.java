package org.hocvu.lms.content.review;

import java.util.Locale;

/**
 * Where a package version is in review: a partner's draft, submitted for review, published
 * (approval publishes), rejected with a comment, or superseded by a newer published version
 * (still served, so learners who started it can finish).
 */
public enum VersionStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, SUPERSEDED;

    public String dataName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionStatus ofDataName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
