package org.hocvu.lms.xapi.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The identity of an agent or identified group: its inverse functional identifier as one string.
 * Two agents are the same when these strings are equal (Communication 2.1.3, "agent" filter).
 */
public final class Agents {
    private Agents() {
    }

    /** The identifier of a validated agent or group, or null for an anonymous group. */
    public static String ifi(JsonNode agent) {
        if (agent.has("mbox")) {
            return "mbox|" + agent.get("mbox").asText();
        }
        if (agent.has("mbox_sha1sum")) {
            return "mbox_sha1sum|" + agent.get("mbox_sha1sum").asText().toLowerCase(java.util.Locale.ROOT);
        }
        if (agent.has("openid")) {
            return "openid|" + agent.get("openid").asText();
        }
        if (agent.has("account")) {
            JsonNode account = agent.get("account");
            return "account|" + account.path("homePage").asText() + "|" + account.path("name").asText();
        }
        return null;
    }

    /** The agent with only its identifier (format=ids); groups keep their members' identifiers. */
    public static JsonNode idsOnly(JsonNode agent) {
        var out = XapiJson.object();
        if (agent.has("objectType")) {
            out.set("objectType", agent.get("objectType"));
        }
        for (String ifi : new String[] {"mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.has(ifi)) {
                out.set(ifi, agent.get(ifi));
            }
        }
        if (agent.has("member")) {
            var members = out.putArray("member");
            agent.get("member").forEach(m -> members.add(idsOnly(m)));
        }
        return out;
    }
}
