package org.hocvu.lms.cmi5;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the cmi5 API and pages show. */
public final class Views {
    private Views() {
    }

    /** A launch to open: {@code url} carries endpoint, fetch, actor, registration and activityId (cmi5 8.1). */
    public record LaunchView(String url, UUID registration, UUID session, String launchMethod, String launchMode,
                             String returnUrl) {
    }

    /** A registration and the state of each AU and block in course order; {@code id} is null before the first launch. */
    public record RegistrationView(UUID id, UUID learnerId, String packageId, String version, Map<String, String> title,
                                   boolean satisfied, List<NodeView> items) {
    }

    /**
     * An AU or a block: {@code state} is one of not-attempted, in-progress, completed, passed, satisfied, waived.
     * AUs have an {@code index} to launch by; blocks have their {@code children}.
     */
    public record NodeView(String kind, int index, String publisherId, String activityId, Map<String, String> title,
                           String moveOn, BigDecimal masteryScore, String launchMethod, String state,
                           boolean completed, boolean passed, boolean waived, boolean satisfied, List<NodeView> children) {
    }

    /** The launch request: the package (its current version unless named), the AU by index or id. */
    public record LaunchRequest(String packageId, String version, Integer auIndex, String auId, UUID registration,
                                String launchMode, UUID learnerId, String returnUrl) {
    }

    /** A waive: the learner, the package, the AU and one of the reasons of cmi5 9.5.5.2. */
    public record WaiveRequest(UUID learnerId, String packageId, Integer auIndex, String reason) {
    }
}
