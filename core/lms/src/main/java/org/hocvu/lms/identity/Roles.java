package org.hocvu.lms.identity;

import java.util.List;

/** The realm roles of the architecture brief, as Keycloak issues them. */
public final class Roles {
    public static final String LEARNER = "learner";
    public static final String FACILITATOR = "facilitator";
    public static final String TEACHER = "teacher";
    public static final String CONTENT_PARTNER = "content-partner";
    public static final String REVIEWER = "reviewer";
    public static final String UNIT_MANAGER = "unit-manager";
    public static final String CAMPAIGN_ADMIN = "campaign-admin";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(LEARNER, FACILITATOR, TEACHER, CONTENT_PARTNER, REVIEWER,
            UNIT_MANAGER, CAMPAIGN_ADMIN, ADMIN);

    private Roles() {
    }
}
