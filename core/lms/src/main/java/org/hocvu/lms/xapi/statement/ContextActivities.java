package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.xapi.json.XapiJson;

import java.util.ArrayList;
import java.util.List;

/**
 * The LRS returns every value of contextActivities as an array, even when it arrived as a single
 * Activity (Data 2.4.6.2): statements and their sub-statement are normalised once, on receipt.
 */
final class ContextActivities {
    private ContextActivities() {
    }

    /** Wraps single Activities in arrays of length one, in the statement and in a SubStatement object. */
    static void asArrays(JsonNode statement) {
        wrap(statement.path("context").path("contextActivities"));
        JsonNode object = statement.path("object");
        if ("SubStatement".equals(object.path("objectType").asText())) {
            wrap(object.path("context").path("contextActivities"));
        }
    }

    private static void wrap(JsonNode contextActivities) {
        if (!(contextActivities instanceof ObjectNode kinds)) {
            return;
        }
        List<String> names = new ArrayList<>();
        kinds.fieldNames().forEachRemaining(names::add);
        for (String kind : names) {
            JsonNode value = kinds.get(kind);
            if (!value.isArray()) {
                ArrayNode array = XapiJson.MAPPER.createArrayNode();
                array.add(value);
                kinds.set(kind, array);
            }
        }
    }
}
