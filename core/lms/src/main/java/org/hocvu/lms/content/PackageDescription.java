package org.hocvu.lms.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a package version says about itself, whichever its kind: the catalog, the review queue and
 * the plugins' curricula read this, never the package's own files. Texts are keyed by language tag.
 */
public record PackageDescription(String id, String version, PackageKind kind, List<String> languages,
                                 Map<String, String> title, Map<String, String> summary, String publisher,
                                 String licence, List<String> targetGroups, Integer estimatedMinutes,
                                 List<Lesson> lessons) {
    /** A competency a lesson teaches, at a level of its framework. */
    public record CompetencyLevel(String code, String level) {
    }

    /**
     * A lesson (native) or an AU (cmi5): {@code launch} is the file or URL that opens it — the
     * rendered page of a native lesson in the first language, the AU's URL for cmi5.
     */
    public record Lesson(String id, Map<String, String> title, List<CompetencyLevel> competencies, Integer minutes,
                         String launch) {
    }

    public Set<String> competencyCodes() {
        Set<String> out = new LinkedHashSet<>();
        lessons.forEach(l -> l.competencies().forEach(c -> out.add(c.code())));
        return out;
    }

    public Set<String> levels() {
        Set<String> out = new LinkedHashSet<>();
        lessons.forEach(l -> l.competencies().forEach(c -> out.add(c.level())));
        return out;
    }

    /** Primary language subtags ({@code en} for {@code en-US}), as the catalog filters them. */
    public Set<String> primaryLanguages() {
        Set<String> out = new LinkedHashSet<>();
        languages.forEach(l -> out.add(l.split("-")[0].toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
