package org.hocvu.lms.cmi5;

/** The IRIs the cmi5 specification fixes (sections 9.5.5, 9.6.2, 9.6.3 and 9.3.9). */
final class Cmi5Iris {
    static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String CATEGORY_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    static final String LAUNCH_MODE = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";
    static final String LAUNCH_URL = "https://w3id.org/xapi/cmi5/context/extensions/launchurl";
    static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/extensions/moveon";
    static final String LAUNCH_PARAMETERS = "https://w3id.org/xapi/cmi5/context/extensions/launchparameters";
    static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";
    static final String TYPE_BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block";
    static final String TYPE_COURSE = "https://w3id.org/xapi/cmi5/activitytype/course";
    static final String LAUNCH_DATA = "LMS.LaunchData";
    static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    private Cmi5Iris() {
    }
}
