package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.json.Agents;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The filter keys of a statement: one UUID per (filter, value) pair the statement matches, so
 * that one GIN index answers agent, verb, activity, registration and their "related" variants.
 * A key is the name-based UUID of "kind|value"; equal values give equal keys.
 */
public final class FilterKeys {
    public static final String AGENT = "agent";
    public static final String RELATED_AGENT = "ragent";
    public static final String VERB = "verb";
    public static final String ACTIVITY = "activity";
    public static final String RELATED_ACTIVITY = "ractivity";
    public static final String REGISTRATION = "registration";
    public static final String AUTHORITY = "authority";

    private FilterKeys() {
    }

    public static UUID key(String kind, String value) {
        return UUID.nameUUIDFromBytes((kind + "|" + value).getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a complete (validated, authority set) statement. */
    public static Set<UUID> of(JsonNode statement) {
        Set<UUID> keys = new LinkedHashSet<>();
        body(statement, keys, true);
        JsonNode authority = statement.get("authority");
        if (authority != null) {
            agents(authority, RELATED_AGENT, keys);
            String ifi = Agents.ifi(authority);
            keys.add(key(AUTHORITY, ifi == null ? authority.toString() : ifi));
        }
        return keys;
    }

    /** The authority key of a statement, to leave out when another statement inherits its keys. */
    public static UUID authorityKey(JsonNode statement) {
        JsonNode authority = statement.get("authority");
        if (authority == null) {
            return null;
        }
        String ifi = Agents.ifi(authority);
        return key(AUTHORITY, ifi == null ? authority.toString() : ifi);
    }

    private static void body(JsonNode s, Set<UUID> keys, boolean topLevel) {
        JsonNode actor = s.get("actor");
        agents(actor, topLevel ? AGENT : null, keys);
        agents(actor, RELATED_AGENT, keys);
        if (topLevel) {
            keys.add(key(VERB, s.path("verb").path("id").asText()));
        }
        JsonNode object = s.get("object");
        String type = object.path("objectType").asText("Activity");
        switch (type) {
            case "Activity" -> {
                if (topLevel) {
                    keys.add(key(ACTIVITY, object.get("id").asText()));
                }
                keys.add(key(RELATED_ACTIVITY, object.get("id").asText()));
            }
            case "Agent", "Group" -> {
                agents(object, topLevel ? AGENT : null, keys);
                agents(object, RELATED_AGENT, keys);
            }
            case "SubStatement" -> body(object, keys, false);
            default -> {
                // a StatementRef matches through its target, which the store adds
            }
        }
        JsonNode context = s.get("context");
        if (context != null) {
            if (topLevel && context.has("registration")) {
                keys.add(key(REGISTRATION, context.get("registration").asText().toLowerCase(java.util.Locale.ROOT)));
            }
            if (context.has("instructor")) {
                agents(context.get("instructor"), RELATED_AGENT, keys);
            }
            if (context.has("team")) {
                agents(context.get("team"), RELATED_AGENT, keys);
            }
            context.path("contextActivities").forEach(kind -> {
                if (kind.isArray()) {
                    kind.forEach(a -> keys.add(key(RELATED_ACTIVITY, a.path("id").asText())));
                } else {
                    keys.add(key(RELATED_ACTIVITY, kind.path("id").asText()));
                }
            });
        }
    }

    /** An agent, or a group with its identifier (if any) and its members. */
    private static void agents(JsonNode agent, String kind, Set<UUID> keys) {
        if (agent == null || kind == null) {
            return;
        }
        String ifi = Agents.ifi(agent);
        if (ifi != null) {
            keys.add(key(kind, ifi));
        }
        agent.path("member").forEach(member -> {
            String memberIfi = Agents.ifi(member);
            if (memberIfi != null) {
                keys.add(key(kind, memberIfi));
            }
        });
    }
}
