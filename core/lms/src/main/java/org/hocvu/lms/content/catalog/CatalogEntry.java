package org.hocvu.lms.content.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A published package as the public catalog lists it: texts per language, its filters (groups,
 * competencies, levels, languages), its xAPI activity IRI and each lesson's, and where to open it
 * ({@code launch} is relative to {@code contentBase} unless it is a full URL).
 */
public record CatalogEntry(String packageId, String version, String kind, Map<String, String> title,
                           Map<String, String> summary, String publisher, String licence, List<String> languages,
                           List<String> targetGroups, Set<String> competencies, Set<String> levels,
                           Integer estimatedMinutes, String activityId, String contentBase, Instant publishedAt,
                           List<Lesson> lessons) {
    public record Lesson(String id, Map<String, String> title, String activityId, String launch) {
    }
}
