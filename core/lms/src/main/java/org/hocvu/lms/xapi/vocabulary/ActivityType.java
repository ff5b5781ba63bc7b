package org.hocvu.lms.xapi.vocabulary;

/**
 * The kinds of activity HọcVụ writes statements about: each with its activity type IRI (ADL's where
 * one fits, cmi5-compatible, else HọcVụ's own) and the path segment of its activity IRIs.
 */
public enum ActivityType {
    COURSE("courses", ActivityType.ADL + "course"),
    LESSON_PACKAGE("packages", ActivityType.ADL + "module"),
    LESSON("lessons", ActivityType.ADL + "lesson"),
    QUIZ_ITEM("items", ActivityType.ADL + "cmi.interaction"),
    STANDARD_TEST("tests", ActivityType.ADL + "assessment"),
    PRACTICAL_SKILL("skills", Vocabulary.NAMESPACE + "activity-types/practical-skill"),
    SESSION("sessions", ActivityType.ADL + "meeting"),
    CERTIFICATE("certificates", Vocabulary.NAMESPACE + "activity-types/certificate"),
    /** One attempt at a SCORM package version (ADL's xAPI SCORM profile groups a SCO's statements by it). */
    ATTEMPT("attempts", ActivityType.ADL + "attempt"),
    /** An xAPI profile named in context.contextActivities.category. */
    PROFILE("profiles", ActivityType.ADL + "profile"),
    SCHOOL_CLASS("classes", Vocabulary.NAMESPACE + "activity-types/school-class"),
    /** An administrative unit's campaign, which a person registered with a facilitator's help joins. */
    UNIT("units", Vocabulary.NAMESPACE + "activity-types/administrative-unit");

    static final String ADL = "http://adlnet.gov/expapi/activities/";

    private final String segment;
    private final String iri;

    ActivityType(String segment, String iri) {
        this.segment = segment;
        this.iri = iri;
    }

    /** The activity type IRI (definition.type). */
    public String iri() {
        return iri;
    }

    String segment() {
        return segment;
    }
}
