package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hocvu.lms.xapi.validation.Formats;

import java.time.Instant;

/**
 * Whether two statements are "the same" (Data 2.3.1, statement comparison): properties the LRS
 * assigns (id, authority, stored, version and a timestamp the client did not give) are ignored,
 * timestamps compare as instants, numbers by value.
 */
public final class StatementComparison {
    private StatementComparison() {
    }

    /** A statement received again with an id the LRS already has. */
    public static boolean same(JsonNode stored, JsonNode received) {
        return comparable(stored, received, false).equals(comparable(received, received, false))
                && sameTimestamp(stored, received);
    }

    /** A signed statement and the payload of its JWS, which was made before the signature was attached. */
    public static boolean sameSigned(JsonNode payload, JsonNode statement) {
        ObjectNode a = comparable(payload, payload, true);
        ObjectNode b = comparable(statement, payload, true);
        if (payload.has("id") && !payload.get("id").asText().equalsIgnoreCase(statement.path("id").asText())) {
            return false;
        }
        return a.equals(b) && sameTimestamp(statement, payload);
    }

    private static ObjectNode comparable(JsonNode statement, JsonNode reference, boolean ignoreAttachments) {
        ObjectNode copy = statement.deepCopy();
        ContextActivities.asArrays(copy);
        copy.remove("id");
        copy.remove("authority");
        copy.remove("stored");
        copy.remove("version");
        copy.remove("timestamp");
        if (ignoreAttachments) {
            copy.remove("attachments");
        }
        return (ObjectNode) normalizeNumbers(copy);
    }

    /** A timestamp only counts when the client gave one. */
    private static boolean sameTimestamp(JsonNode stored, JsonNode received) {
        if (!received.has("timestamp")) {
            return true;
        }
        Instant a = Formats.instant(stored.path("timestamp").asText());
        Instant b = Formats.instant(received.get("timestamp").asText());
        return a != null && b != null ? a.equals(b) : stored.path("timestamp").asText().equals(received.get("timestamp").asText());
    }

    private static JsonNode normalizeNumbers(JsonNode node) {
        if (node.isNumber()) {
            return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(node.decimalValue().stripTrailingZeros());
        }
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            var names = new java.util.ArrayList<String>();
            o.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> o.set(n, normalizeNumbers(o.get(n))));
        } else if (node.isArray()) {
            var a = (com.fasterxml.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, normalizeNumbers(a.get(i)));
            }
        }
        return node;
    }
}
