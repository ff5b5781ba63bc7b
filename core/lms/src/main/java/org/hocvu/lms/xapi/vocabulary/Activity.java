package org.hocvu.lms.xapi.vocabulary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.xapi.json.XapiJson;

import java.util.Map;

/**
 * An activity a statement is about or happens in: its IRI, its type IRI and its name by language
 * tag (the course's or lesson's title, in the languages it has; may be empty).
 */
public record Activity(String id, String type, Map<String, String> name) {
    public Activity {
        name = name == null ? Map.of() : Map.copyOf(name);
    }

    /** The statement object: id and a definition with type and name. */
    public ObjectNode toJson() {
        ObjectNode activity = XapiJson.object().put("objectType", "Activity").put("id", id);
        ObjectNode definition = activity.putObject("definition");
        if (type != null) {
            definition.put("type", type);
        }
        if (!name.isEmpty()) {
            ObjectNode names = definition.putObject("name");
            name.forEach(names::put);
        }
        return activity;
    }
}
