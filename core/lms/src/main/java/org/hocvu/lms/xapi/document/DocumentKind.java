package org.hocvu.lms.xapi.document;

import org.hocvu.lms.xapi.auth.Scope;

/** The three document resources and what identifies a document in each. */
public enum DocumentKind {
    STATE("state", "stateId", true, true, Scope.STATE),
    ACTIVITY_PROFILE("activity", "profileId", true, false, Scope.PROFILE),
    AGENT_PROFILE("agent", "profileId", false, true, Scope.PROFILE);

    final String column;
    final String idParam;
    final boolean hasActivity;
    final boolean hasAgent;
    final Scope scope;

    DocumentKind(String column, String idParam, boolean hasActivity, boolean hasAgent, Scope scope) {
        this.column = column;
        this.idParam = idParam;
        this.hasActivity = hasActivity;
        this.hasAgent = hasAgent;
        this.scope = scope;
    }

    /** Profiles need If-Match or If-None-Match on PUT when the document exists (Communication 3.1). */
    boolean strictConcurrency() {
        return this != STATE;
    }
}
