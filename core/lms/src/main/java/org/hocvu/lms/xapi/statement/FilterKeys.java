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
 * <p>Agent with verb is the one pair of filters common enough together to get a key of its own
 * ("agentverb|ifi|verb"): a learner's rows with a rare verb would otherwise be found by stepping
 * through all of that learner's rows. A statement targeting another matches each filter through
 * either statement (Communication 2.1.3), so those combinations are not keyed: such statements carry
 * {@link #REFERENCING} and are found by intersecting the agent, verb and that key instead.
 */
public final class FilterKeys {
    public static final String AGENT = "agent";
    public static final String RELATED_AGENT = "ragent";
    public static final String VERB = "verb";
    public static final String ACTIVITY = "activity";
    public static final String RELATED_ACTIVITY = "ractivity";
    public static final String REGISTRATION = "registration";
    public static final String AUTHORITY = "authority";
    /** An actor (or object agent) with the verb: agent+verb is then one b-tree descent per row found. */
    public static final String AGENT_VERB = "agentverb";
    /** Marks statements whose object is a StatementRef: they match through their target (see {@link #REFERENCING}). */
    public static final String STATEMENT_REF = "statementref";
    /** The one key every statement targeting another carries. */
    public static final UUID REFERENCING = key(STATEMENT_REF, "");

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

    /** The agent+verb key of a filter or of one of a statement's agents. */
    public static UUID agentVerb(String ifi, String verb) {
        return key(AGENT_VERB, ifi + "|" + verb);
    }

    private static void body(JsonNode s, Set<UUID> keys, boolean topLevel) {
        JsonNode actor = s.get("actor");
        agents(actor, topLevel ? AGENT : null, keys);
        agents(actor, RELATED_AGENT, keys);
        JsonNode object = s.get("object");
        String type = object.path("objectType").asText("Activity");
        if (topLevel) {
            String verb = s.path("verb").path("id").asText();
            keys.add(key(VERB, verb));
            Set<String> ifis = new LinkedHashSet<>();
            ifis(actor, ifis);
            if (type.equals("Agent") || type.equals("Group")) {
                ifis(object, ifis);
            }
            ifis.forEach(ifi -> keys.add(agentVerb(ifi, verb)));
            if (type.equals("StatementRef")) {
                keys.add(REFERENCING);
            }
        }
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
        Set<String> ifis = new LinkedHashSet<>();
        ifis(agent, ifis);
        ifis.forEach(ifi -> keys.add(key(kind, ifi)));
    }

    private static void ifis(JsonNode agent, Set<String> ifis) {
        if (agent == null) {
            return;
        }
        String ifi = Agents.ifi(agent);
        if (ifi != null) {
            ifis.add(ifi);
        }
        agent.path("member").forEach(member -> {
            String memberIfi = Agents.ifi(member);
            if (memberIfi != null) {
                ifis.add(memberIfi);
            }
        });
    }
}
