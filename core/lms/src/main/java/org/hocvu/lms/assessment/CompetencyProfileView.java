package org.hocvu.lms.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A learner's competency profile as the frameworks' trees: per group, its domains and competencies, each with what was reached. */
public record CompetencyProfileView(List<GroupCompetencyProfile> groups) {
    public record GroupCompetencyProfile(String testId, String framework, List<DomainNode> domains) {
    }

    public record DomainNode(String code, String name, List<CompetencyNode> competencies) {
    }

    /** {@code level} is null while the competency has not been shown in a standard test. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CompetencyNode(String code, String name, String level, String levelName, Instant reachedAt, List<UUID> evidence) {
    }
}
