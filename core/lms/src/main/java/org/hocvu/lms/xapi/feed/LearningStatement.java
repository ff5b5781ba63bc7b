package org.hocvu.lms.xapi.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.validation.Formats;
import org.hocvu.lms.xapi.validation.StatementRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A committed statement as consumers of the feed see it: typed, with its place (seq) in the log.
 * {@code learner} is set when the actor is one of this deployment's learners (their pseudonymous
 * account), null for anyone else. {@code voidedTarget} is the statement a voiding statement takes
 * back. {@code raw} is the statement exactly as stored, for anything the typed view leaves out.
 */
public record LearningStatement(long seq, UUID id, boolean voiding, UUID voidedTarget, UUID learner, String verb,
                                String objectId, String objectType, UUID registration, Result result,
                                ContextActivityIds contextActivities, Map<String, JsonNode> extensions,
                                Instant timestamp, Instant stored, JsonNode raw) {

    /** The ids of the context activities, by kind (Data 2.4.6.2). */
    public record ContextActivityIds(List<String> parent, List<String> grouping, List<String> category, List<String> other) {
        static ContextActivityIds of(JsonNode kinds) {
            return new ContextActivityIds(ids(kinds.get("parent")), ids(kinds.get("grouping")),
                    ids(kinds.get("category")), ids(kinds.get("other")));
        }

        /** Stored statements always have arrays here (ContextActivities.asArrays); a lone object is read too. */
        private static List<String> ids(JsonNode activities) {
            List<String> ids = new ArrayList<>();
            if (activities != null && activities.isArray()) {
                activities.forEach(a -> ids.add(a.path("id").asText()));
            } else if (activities != null && activities.isObject()) {
                ids.add(activities.path("id").asText());
            }
            return List.copyOf(ids);
        }
    }

    /** Reads a stored statement; {@code learner} is the learner id of its actor, if it is one of ours. */
    static LearningStatement of(long seq, JsonNode s, UUID learner) {
        JsonNode object = s.path("object");
        String objectType = object.path("objectType").asText("Activity");
        boolean voiding = StatementRules.VOIDED_VERB.equals(s.path("verb").path("id").asText());
        JsonNode context = s.path("context");
        Map<String, JsonNode> extensions = new LinkedHashMap<>();
        context.path("extensions").fields().forEachRemaining(e -> extensions.put(e.getKey(), e.getValue()));
        String registration = context.path("registration").asText(null);
        return new LearningStatement(seq, UUID.fromString(s.path("id").asText()), voiding,
                voiding ? UUID.fromString(object.path("id").asText()) : null, learner,
                s.path("verb").path("id").asText(), object.path("id").asText(null), objectType,
                registration == null ? null : UUID.fromString(registration), Result.fromJson(s.get("result")),
                ContextActivityIds.of(context.path("contextActivities")), Map.copyOf(extensions),
                Formats.instant(s.path("timestamp").asText(null)), Formats.instant(s.path("stored").asText(null)), s);
    }
}
