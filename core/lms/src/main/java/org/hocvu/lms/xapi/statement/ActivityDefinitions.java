package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.hocvu.lms.xapi.json.XapiJson;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical activity definitions, merged from the statements that define activities. The same
 * definition arrives with nearly every statement about a lesson, so a definition this node has
 * already merged is not merged again (the merge is idempotent; skipping it saves a row write).
 */
@ApplicationScoped
public class ActivityDefinitions {
    private static final int REMEMBERED = 50_000;
    private static final java.util.Set<String> LANGUAGE_MAPS = java.util.Set.of("name", "description");
    private final Map<String, Integer> merged = new ConcurrentHashMap<>();

    @Inject
    Sql sql;

    /** Adds the definitions a statement carries (object, context activities, sub-statement). */
    void collect(JsonNode statement, Map<String, JsonNode> into) {
        JsonNode object = statement.get("object");
        String type = object.path("objectType").asText("Activity");
        if (type.equals("Activity")) {
            add(object, into);
        } else if (type.equals("SubStatement")) {
            collect(object, into);
        }
        statement.path("context").path("contextActivities").forEach(kind -> {
            if (kind.isArray()) {
                kind.forEach(a -> add(a, into));
            } else {
                add(kind, into);
            }
        });
    }

    private void add(JsonNode activity, Map<String, JsonNode> into) {
        JsonNode definition = activity.get("definition");
        if (definition == null || definition.isEmpty()) {
            return;
        }
        String id = activity.get("id").asText();
        if (!Integer.valueOf(definition.hashCode()).equals(merged.get(id))) {
            into.merge(id, definition, ActivityDefinitions::combine);
        }
    }

    /**
     * Two definitions of one activity in the same batch, combined as the store merges them across
     * requests (StatementStore.mergeActivities): later properties win, language maps gain languages.
     */
    private static JsonNode combine(JsonNode earlier, JsonNode later) {
        ObjectNode both = earlier.deepCopy();
        later.fields().forEachRemaining(property -> {
            JsonNode known = both.get(property.getKey());
            if (LANGUAGE_MAPS.contains(property.getKey()) && known instanceof ObjectNode map && property.getValue().isObject()) {
                map.setAll((ObjectNode) property.getValue().deepCopy());
            } else {
                both.set(property.getKey(), property.getValue());
            }
        });
        return both;
    }

    void merge(Connection c, Map<String, JsonNode> definitions) throws SQLException {
        StatementStore.mergeActivities(c, definitions);
        if (merged.size() > REMEMBERED) {
            merged.clear();
        }
        definitions.forEach((id, d) -> merged.put(id, d.hashCode()));
    }

    /** Canonical definitions of these activities (those the LRS knows). */
    public Map<String, JsonNode> canonical(Collection<String> ids) {
        Map<String, JsonNode> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        sql.query("SELECT id, definition::text FROM xapi_activity WHERE id = ANY (?)",
                q -> q.setArray(1, q.getConnection().createArrayOf("text", ids.toArray())),
                rs -> found.put(rs.getString(1), XapiJson.parse(rs.getBytes(2), "definition")));
        return found;
    }
}
