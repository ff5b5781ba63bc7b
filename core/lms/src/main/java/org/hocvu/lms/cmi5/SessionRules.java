package org.hocvu.lms.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The cmi5 rules for the statements of one AU session (7.1.3, 9.3, 9.5, 9.6), applied in order to a
 * request's statements with the session's and the registration's state so far. "cmi5 defined"
 * statements carry the cmi5 category; every statement of the session must carry the session id and
 * the registration, come after initialized and before terminated. Each broken rule is a 403 naming it.
 */
final class SessionRules {
    private static final Set<String> AU_VERBS = Set.of(Verb.INITIALIZED.iri(), Verb.COMPLETED.iri(), Verb.PASSED.iri(),
            Verb.FAILED.iri(), Verb.TERMINATED.iri());
    private static final String NORMAL = "Normal";

    private final Cmi5Store.Session session;
    private final String registration;
    private final String activityId;
    private final BigDecimal masteryScore;
    private final Set<String> verbs = new LinkedHashSet<>();
    private final Set<String> newFlags = new LinkedHashSet<>();
    private boolean initialized;
    private boolean terminated;
    private boolean completed;
    private boolean passed;

    SessionRules(Cmi5Store.Session session, UUID registration, String activityId, CourseStructure.Au au, Cmi5Store.NodeState state) {
        this.session = session;
        this.registration = registration.toString();
        this.activityId = activityId;
        this.masteryScore = au.masteryScore();
        this.initialized = session.initializedAt() != null;
        this.terminated = session.terminatedAt() != null;
        this.completed = state.completed();
        this.passed = state.passed();
        if (!session.verbs().isEmpty()) {
            verbs.addAll(List.of(session.verbs().split(",")));
        }
    }

    void admit(JsonNode s) {
        if (session.abandonedAt() != null) {
            throw refused("abandoned");
        }
        if (terminated) {
            throw refused("after-terminated");
        }
        String verb = s.path("verb").path("id").asText();
        if (Verb.VOIDED.iri().equals(verb)) {
            throw refused("voiding");
        }
        JsonNode context = s.path("context");
        if (!registration.equalsIgnoreCase(context.path("registration").asText())) {
            throw refused("registration");
        }
        if (!session.id().toString().equalsIgnoreCase(context.path("extensions").path(Cmi5Iris.SESSION_ID).asText())) {
            throw refused("session-id");
        }
        boolean defined = hasCategory(context, Cmi5Iris.CATEGORY_CMI5);
        boolean aboutAu = activityId.equals(s.path("object").path("id").asText());
        if (!defined && aboutAu && AU_VERBS.contains(verb)) {
            throw refused("category");
        }
        if (defined && (!AU_VERBS.contains(verb) || !aboutAu)) {
            throw refused(AU_VERBS.contains(verb) ? "object" : "lms-verb");
        }
        if (!initialized && !(defined && verb.equals(Verb.INITIALIZED.iri()))) {
            throw refused("before-initialized");
        }
        if (defined) {
            definedStatement(verb, s);
        }
    }

    private void definedStatement(String verb, JsonNode s) {
        if (!verbs.add(verb)) {
            throw refused("duplicate-verb");
        }
        JsonNode result = s.path("result");
        if (verb.equals(Verb.INITIALIZED.iri())) {
            initialized = true;
        } else if (verb.equals(Verb.TERMINATED.iri())) {
            if (!result.hasNonNull("duration")) {
                throw refused("terminated-duration");
            }
            terminated = true;
        } else {
            judged(verb, s, result);
        }
    }

    /** completed, passed, failed: Normal mode only, the moveOn category, once per registration, consistent with masteryScore. */
    private void judged(String verb, JsonNode s, JsonNode result) {
        if (!NORMAL.equals(session.mode())) {
            throw refused("mode");
        }
        if (!hasCategory(s.path("context"), Cmi5Iris.CATEGORY_MOVEON)) {
            throw refused("moveon-category");
        }
        JsonNode scaled = result.path("score").path("scaled");
        BigDecimal score = scaled.isNumber() ? scaled.decimalValue() : null;
        if (verb.equals(Verb.COMPLETED.iri())) {
            if (completed) {
                throw refused("second-completed");
            }
            completed = true;
            newFlags.add("completed");
        } else if (verb.equals(Verb.PASSED.iri())) {
            if (passed) {
                throw refused("second-passed");
            }
            if (verbs.contains(Verb.FAILED.iri())) {
                throw refused("passed-and-failed");
            }
            if (masteryScore != null && score != null && score.compareTo(masteryScore) < 0) {
                throw refused("passed-below-mastery");
            }
            passed = true;
            newFlags.add("passed");
        } else {
            if (passed) {
                throw refused("failed-after-passed");
            }
            if (verbs.contains(Verb.PASSED.iri())) {
                throw refused("passed-and-failed");
            }
            if (masteryScore != null && score != null && score.compareTo(masteryScore) >= 0) {
                throw refused("failed-at-mastery");
            }
            newFlags.add("failed");
        }
    }

    private static boolean hasCategory(JsonNode context, String id) {
        for (JsonNode a : context.path("contextActivities").path("category")) {
            if (id.equals(a.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static XapiException refused(String rule) {
        return XapiException.forbidden("cmi5.rule." + rule);
    }

    boolean initialized() {
        return initialized;
    }

    boolean terminated() {
        return terminated;
    }

    String verbs() {
        return String.join(",", verbs);
    }

    Set<String> newFlags() {
        return newFlags;
    }
}
