package org.hocvu.lms.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;

import java.util.Set;

/** Context (Data 2.4.6): revision and platform only when the object is an Activity. */
final class ContextRules {
    private static final Set<String> CONTEXT_PROPERTIES = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_ACTIVITY_KINDS = Set.of("parent", "grouping", "category", "other");

    private ContextRules() {
    }

    static void context(JsonNode node, String path, boolean objectIsActivity) {
        Shape.allowOnly(node, path, CONTEXT_PROPERTIES);
        if (node.has("registration")) {
            Shape.uuid(node.get("registration"), Shape.join(path, "registration"));
        }
        if (node.has("instructor")) {
            AgentRules.actor(node.get("instructor"), Shape.join(path, "instructor"));
        }
        if (node.has("team")) {
            AgentRules.team(node.get("team"), Shape.join(path, "team"));
        }
        if (node.has("contextActivities")) {
            contextActivities(node.get("contextActivities"), Shape.join(path, "contextActivities"));
        }
        for (String activityOnly : new String[] {"revision", "platform"}) {
            if (node.has(activityOnly)) {
                Shape.text(node.get(activityOnly), Shape.join(path, activityOnly));
                if (!objectIsActivity) {
                    throw XapiException.invalid(Shape.join(path, activityOnly), "xapi.rule.activity-only");
                }
            }
        }
        if (node.has("language")) {
            Shape.formatted(node.get("language"), Shape.join(path, "language"), Formats::languageTag, "xapi.rule.language-tag");
        }
        if (node.has("statement")) {
            StatementRules.statementRef(node.get("statement"), Shape.join(path, "statement"));
        }
        if (node.has("extensions")) {
            Shape.extensions(node.get("extensions"), Shape.join(path, "extensions"));
        }
    }

    private static void contextActivities(JsonNode node, String path) {
        Shape.allowOnly(node, path, CONTEXT_ACTIVITY_KINDS);
        node.fields().forEachRemaining(kind -> {
            String at = Shape.join(path, kind.getKey());
            JsonNode value = kind.getValue();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    contextActivity(value.get(i), Shape.index(at, i));
                }
            } else {
                contextActivity(value, at);
            }
        });
    }

    private static void contextActivity(JsonNode node, String path) {
        Shape.object(node, path);
        String type = Shape.objectType(node, path, "Activity");
        if (!type.equals("Activity")) {
            throw XapiException.invalid(Shape.join(path, "objectType"), "xapi.rule.unknown-value", type);
        }
        ActivityRules.activity(node, path);
    }
}
