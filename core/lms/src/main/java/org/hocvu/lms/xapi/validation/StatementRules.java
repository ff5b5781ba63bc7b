package org.hocvu.lms.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;

import java.util.Set;

/**
 * The statement as a whole (Data 2.2 - 2.4): required properties, the object types, sub-statement
 * restrictions and voiding. A valid statement passes silently; the first broken rule throws.
 */
public final class StatementRules {
    public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";
    private static final Set<String> STATEMENT_PROPERTIES = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT_PROPERTIES = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments");
    private static final Set<String> VERB_PROPERTIES = Set.of("id", "display");
    private static final Set<String> STATEMENT_REF_PROPERTIES = Set.of("objectType", "id");

    private StatementRules() {
    }

    public static void statement(JsonNode node) {
        Shape.allowOnly(node, "", STATEMENT_PROPERTIES);
        if (node.has("id")) {
            Shape.uuid(node.get("id"), "id");
        }
        body(node, "", true);
        if (node.has("stored")) {
            Shape.timestamp(node.get("stored"), "stored");
        }
        if (node.has("authority")) {
            authority(node.get("authority"));
        }
        if (node.has("version")) {
            Shape.formatted(node.get("version"), "version", Formats::version, "xapi.rule.version");
        }
        if (VOIDED_VERB.equals(node.path("verb").path("id").asText())
                && !"StatementRef".equals(node.path("object").path("objectType").asText())) {
            throw XapiException.invalid("object.objectType", "xapi.rule.voiding-needs-ref");
        }
    }

    /** What statements and sub-statements share: actor, verb, object, result, context, timestamp, attachments. */
    private static void body(JsonNode node, String path, boolean topLevel) {
        AgentRules.actor(Shape.required(node, "actor", path), Shape.join(path, "actor"));
        verb(Shape.required(node, "verb", path), Shape.join(path, "verb"));
        JsonNode object = Shape.required(node, "object", path);
        String objectType = object(object, Shape.join(path, "object"), topLevel);
        if (node.has("result")) {
            ResultRules.result(node.get("result"), Shape.join(path, "result"));
        }
        if (node.has("context")) {
            ContextRules.context(node.get("context"), Shape.join(path, "context"), objectType.equals("Activity"));
        }
        if (node.has("timestamp")) {
            Shape.timestamp(node.get("timestamp"), Shape.join(path, "timestamp"));
        }
        if (node.has("attachments")) {
            AttachmentRules.attachments(node.get("attachments"), Shape.join(path, "attachments"));
        }
    }

    private static void verb(JsonNode node, String path) {
        Shape.allowOnly(node, path, VERB_PROPERTIES);
        Shape.iri(Shape.required(node, "id", path), Shape.join(path, "id"));
        if (node.has("display")) {
            Shape.languageMap(node.get("display"), Shape.join(path, "display"));
        }
    }

    private static String object(JsonNode node, String path, boolean subStatementAllowed) {
        Shape.object(node, path);
        String type = Shape.objectType(node, path, "Activity");
        switch (type) {
            case "Activity" -> ActivityRules.activity(node, path);
            case "Agent", "Group" -> AgentRules.actor(node, path);
            case "StatementRef" -> statementRef(node, path);
            case "SubStatement" -> {
                if (!subStatementAllowed) {
                    throw XapiException.invalid(Shape.join(path, "objectType"), "xapi.rule.nested-substatement");
                }
                Shape.allowOnly(node, path, SUB_STATEMENT_PROPERTIES);
                body(node, path, false);
            }
            default -> throw XapiException.invalid(Shape.join(path, "objectType"), "xapi.rule.unknown-value", type);
        }
        return type;
    }

    static void statementRef(JsonNode node, String path) {
        Shape.allowOnly(node, path, STATEMENT_REF_PROPERTIES);
        JsonNode type = Shape.required(node, "objectType", path);
        if (!"StatementRef".equals(Shape.text(type, Shape.join(path, "objectType")))) {
            throw XapiException.invalid(Shape.join(path, "objectType"), "xapi.rule.unknown-value", type.asText());
        }
        Shape.uuid(Shape.required(node, "id", path), Shape.join(path, "id"));
    }

    /** An authority is an Agent, or an anonymous Group of exactly two Agents (application and user, OAuth). */
    private static void authority(JsonNode node) {
        AgentRules.actor(node, "authority");
        if ("Group".equals(node.path("objectType").asText())
                && (node.path("member").size() != 2 || AgentRules.IFIS.stream().anyMatch(node::has))) {
            throw XapiException.invalid("authority.member", "xapi.rule.authority-group");
        }
    }
}
