package org.hocvu.lms.competency;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The IMS CASE 1.0 association types: {@code isChildOf} builds a framework's tree; the others say how
 * an item relates to a node of another (or the same) framework. Stored and exchanged by their CASE names.
 */
public enum CrosswalkType {
    IS_CHILD_OF("isChildOf"),
    EXACT_MATCH_OF("exactMatchOf"),
    IS_RELATED_TO("isRelatedTo"),
    IS_PEER_OF("isPeerOf"),
    IS_PART_OF("isPartOf"),
    PRECEDES("precedes"),
    REPLACED_BY("replacedBy"),
    EXEMPLAR("exemplar"),
    HAS_SKILL_LEVEL("hasSkillLevel");

    private final String caseName;

    CrosswalkType(String caseName) {
        this.caseName = caseName;
    }

    @JsonValue
    public String caseName() {
        return caseName;
    }

    public static Optional<CrosswalkType> ofCaseName(String name) {
        return Arrays.stream(values()).filter(t -> t.caseName.equals(name)).findFirst();
    }

    @JsonCreator
    static CrosswalkType fromJson(String name) {
        return ofCaseName(name).orElseThrow(() -> new IllegalArgumentException("not a CASE association type: " + name));
    }
}
