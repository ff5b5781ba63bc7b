package org.hocvu.lms.xapi.record;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.auth.XapiCallers;
import org.hocvu.lms.xapi.document.DocumentKind;
import org.hocvu.lms.xapi.document.DocumentStore;
import org.hocvu.lms.xapi.json.Agents;
import org.hocvu.lms.xapi.json.XapiJson;

import java.util.UUID;

/**
 * The engine's own writes of xAPI documents about a learner (a launcher's state document, the
 * learner's preferences), in the caller's transaction: what a launched program reads before it starts.
 */
@ApplicationScoped
public class LearnerDocuments {
    private static final String JSON = "application/json";

    @Inject
    DocumentStore store;
    @Inject
    XapiCallers callers;

    /** Creates or replaces a State document of the learner in an activity and registration. */
    public void putState(UUID learner, String activityId, UUID registration, String stateId, JsonNode document) {
        var scope = new DocumentStore.Scope(DocumentKind.STATE, activityId, agentKey(learner), registration.toString());
        store.inTransaction(tx -> {
            tx.put(scope, stateId, JSON, XapiJson.bytes(document));
            return null;
        });
    }

    /** Writes an Agent Profile document of the learner unless one exists (the learner's own choice is kept). */
    public void putAgentProfileIfAbsent(UUID learner, String profileId, JsonNode document) {
        var scope = new DocumentStore.Scope(DocumentKind.AGENT_PROFILE, "", agentKey(learner), "");
        store.inTransaction(tx -> {
            if (tx.lock(scope, profileId).isEmpty()) {
                tx.put(scope, profileId, JSON, XapiJson.bytes(document));
            }
            return null;
        });
    }

    private String agentKey(UUID learner) {
        return Agents.ifi(callers.learnerAgent(learner));
    }
}
