package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.xapi.json.Agents;
import org.hocvu.lms.xapi.json.XapiJson;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The "ids" and "canonical" formats of GET statements (Communication 2.1.3). */
final class StatementFormats {
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");

    private StatementFormats() {
    }

    /** Agents, groups, verbs and activities reduced to what identifies them. */
    static JsonNode ids(JsonNode statement) {
        ObjectNode s = statement.deepCopy();
        body(s);
        if (s.has("authority")) {
            s.set("authority", Agents.idsOnly(s.get("authority")));
        }
        return s;
    }

    private static void body(ObjectNode s) {
        s.set("actor", Agents.idsOnly(s.get("actor")));
        s.set("verb", XapiJson.object().put("id", s.path("verb").path("id").asText()));
        ObjectNode object = (ObjectNode) s.get("object");
        switch (object.path("objectType").asText("Activity")) {
            case "Activity" -> s.set("object", activityId(object));
            case "Agent", "Group" -> s.set("object", Agents.idsOnly(object));
            case "SubStatement" -> body(object);
            default -> {
                // a StatementRef is already only an id
            }
        }
        if (s.get("context") instanceof ObjectNode context) {
            if (context.has("instructor")) {
                context.set("instructor", Agents.idsOnly(context.get("instructor")));
            }
            if (context.has("team")) {
                context.set("team", Agents.idsOnly(context.get("team")));
            }
            if (context.get("contextActivities") instanceof ObjectNode kinds) {
                for (Iterator<Map.Entry<String, JsonNode>> it = kinds.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> kind = it.next();
                    if (kind.getValue().isArray()) {
                        var list = XapiJson.MAPPER.createArrayNode();
                        kind.getValue().forEach(a -> list.add(activityId(a)));
                        kind.setValue(list);
                    } else {
                        kind.setValue(activityId(kind.getValue()));
                    }
                }
            }
        }
    }

    /** An activity is identified by its id alone (Data 2.4.4.1), wherever it appears. */
    private static ObjectNode activityId(JsonNode activity) {
        return XapiJson.object().put("id", activity.get("id").asText());
    }

    /** Canonical activity definitions and verb displays, each language map cut to the best language. */
    static JsonNode canonical(JsonNode statement, Map<String, JsonNode> definitions, List<Locale.LanguageRange> languages) {
        ObjectNode s = statement.deepCopy();
        canonicalBody(s, definitions, languages);
        return s;
    }

    private static void canonicalBody(ObjectNode s, Map<String, JsonNode> definitions, List<Locale.LanguageRange> languages) {
        if (s.path("verb").get("display") instanceof ObjectNode display) {
            ((ObjectNode) s.get("verb")).set("display", oneLanguage(display, languages));
        }
        ObjectNode object = (ObjectNode) s.get("object");
        String type = object.path("objectType").asText("Activity");
        if (type.equals("Activity")) {
            canonicalActivity(object, definitions, languages);
        } else if (type.equals("SubStatement")) {
            canonicalBody(object, definitions, languages);
        }
        s.path("context").path("contextActivities").forEach(kind -> {
            if (kind.isArray()) {
                kind.forEach(a -> canonicalActivity((ObjectNode) a, definitions, languages));
            } else {
                canonicalActivity((ObjectNode) kind, definitions, languages);
            }
        });
    }

    static void canonicalActivity(ObjectNode activity, Map<String, JsonNode> definitions, List<Locale.LanguageRange> languages) {
        JsonNode known = definitions.get(activity.path("id").asText());
        JsonNode definition = known != null ? known.deepCopy() : activity.get("definition");
        if (!(definition instanceof ObjectNode def)) {
            return;
        }
        for (String map : List.of("name", "description")) {
            if (def.get(map) instanceof ObjectNode m) {
                def.set(map, oneLanguage(m, languages));
            }
        }
        for (String list : COMPONENT_LISTS) {
            def.path(list).forEach(component -> {
                if (component.get("description") instanceof ObjectNode d) {
                    ((ObjectNode) component).set("description", oneLanguage(d, languages));
                }
            });
        }
        activity.set("definition", def);
    }

    /** The entry of a language map that best matches Accept-Language (RFC 2616 14.4, per map). */
    static ObjectNode oneLanguage(ObjectNode map, List<Locale.LanguageRange> languages) {
        if (map.size() <= 1) {
            return map;
        }
        List<String> tags = new java.util.ArrayList<>();
        map.fieldNames().forEachRemaining(tags::add);
        String chosen = null;
        if (!languages.isEmpty()) {
            List<String> matches = Locale.filterTags(languages, tags);
            if (!matches.isEmpty()) {
                chosen = matches.get(0);
            }
        }
        if (chosen == null) {
            chosen = tags.contains("und") ? "und" : tags.get(0);
        }
        for (String tag : tags) {
            if (tag.equalsIgnoreCase(chosen)) {
                return XapiJson.object().set(tag, map.get(tag));
            }
        }
        return XapiJson.object().set(tags.get(0), map.get(tags.get(0)));
    }
}
