package org.hocvu.lms.xapi.vocabulary;

/** Context extension IRIs HọcVụ writes or reads (docs/xapi-vocabulary.md). */
public final class Extensions {
    /** The target group (plugin id) the learning counts for. */
    public static final String TARGET_GROUP = Vocabulary.NAMESPACE + "extensions/target-group";
    /** The competency codes (of the target group's framework) the learning is about: a JSON array. */
    public static final String COMPETENCIES = Vocabulary.NAMESPACE + "extensions/competencies";
    /** The administrative unit code of the learner when it happened (rollups per unit). */
    public static final String UNIT = Vocabulary.NAMESPACE + "extensions/unit";
    /** The opaque learner id of the facilitator who recorded a session or verified a skill. */
    public static final String FACILITATOR = Vocabulary.NAMESPACE + "extensions/facilitator";
    /**
     * Result extension of a standard test's passed/failed statement: per competency code,
     * {@code {correct, items, scaled, reached, level}} (the level the test certifies, when reached).
     */
    public static final String COMPETENCY_RESULTS = Vocabulary.NAMESPACE + "extensions/competency-results";
    /** cmi5: the AU session. */
    public static final String CMI5_SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    /** cmi5: the mastery score of the AU. */
    public static final String CMI5_MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    /** cmi5: the category activity of cmi5-defined statements. */
    public static final String CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";

    private Extensions() {
    }
}
