package org.hocvu.lms.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;

import java.util.List;
import java.util.Set;

/** Agents and Groups (Data 2.4.2): one inverse functional identifier each, groups of agents only. */
public final class AgentRules {
    static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT_PROPERTIES = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_PROPERTIES = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");
    private static final Set<String> ACCOUNT_PROPERTIES = Set.of("homePage", "name");

    private AgentRules() {
    }

    /** An actor, instructor or authority: an Agent or a Group. */
    public static void actor(JsonNode node, String path) {
        Shape.object(node, path);
        String type = Shape.objectType(node, path, "Agent");
        switch (type) {
            case "Agent" -> agent(node, path);
            case "Group" -> group(node, path);
            default -> throw XapiException.invalid(Shape.join(path, "objectType"), "xapi.rule.unknown-value", type);
        }
    }

    /** An Agent, as the agent parameter of the document resources and as group members. */
    public static void agent(JsonNode node, String path) {
        Shape.allowOnly(node, path, AGENT_PROPERTIES);
        String type = Shape.objectType(node, path, "Agent");
        if (!type.equals("Agent")) {
            throw XapiException.invalid(Shape.join(path, "objectType"), "xapi.rule.unknown-value", type);
        }
        names(node, path);
        if (identifiers(node, path) != 1) {
            throw XapiException.invalid(path, "xapi.rule.agent-ifi");
        }
    }

    static void group(JsonNode node, String path) {
        Shape.allowOnly(node, path, GROUP_PROPERTIES);
        names(node, path);
        int ifis = identifiers(node, path);
        if (ifis > 1) {
            throw XapiException.invalid(path, "xapi.rule.group-ifi");
        }
        JsonNode members = node.get("member");
        if (ifis == 0 && members == null) {
            throw XapiException.invalid(Shape.join(path, "member"), "xapi.rule.anonymous-group");
        }
        if (members != null) {
            String membersPath = Shape.join(path, "member");
            Shape.array(members, membersPath);
            if (ifis == 0 && members.isEmpty()) {
                throw XapiException.invalid(membersPath, "xapi.rule.anonymous-group");
            }
            for (int i = 0; i < members.size(); i++) {
                JsonNode member = members.get(i);
                String memberPath = Shape.index(membersPath, i);
                Shape.object(member, memberPath);
                if ("Group".equals(Shape.objectType(member, memberPath, "Agent"))) {
                    throw XapiException.invalid(memberPath, "xapi.rule.group-in-group");
                }
                agent(member, memberPath);
            }
        }
    }

    /** A team (context.team) must be a Group. */
    static void team(JsonNode node, String path) {
        Shape.object(node, path);
        if (!"Group".equals(node.path("objectType").asText(null))) {
            throw XapiException.invalid(Shape.join(path, "objectType"), "xapi.rule.team-group");
        }
        group(node, path);
    }

    private static void names(JsonNode node, String path) {
        if (node.has("name")) {
            Shape.text(node.get("name"), Shape.join(path, "name"));
        }
    }

    private static int identifiers(JsonNode node, String path) {
        int count = 0;
        for (String ifi : IFIS) {
            JsonNode value = node.get(ifi);
            if (value == null) {
                continue;
            }
            count++;
            String at = Shape.join(path, ifi);
            switch (ifi) {
                case "mbox" -> Shape.formatted(value, at, Formats::mailto, "xapi.rule.mbox");
                case "mbox_sha1sum" -> Shape.formatted(value, at, Formats::sha1, "xapi.rule.sha1");
                case "openid" -> Shape.iri(value, at);
                default -> account(value, at);
            }
        }
        return count;
    }

    private static void account(JsonNode node, String path) {
        Shape.allowOnly(node, path, ACCOUNT_PROPERTIES);
        Shape.iri(Shape.required(node, "homePage", path), Shape.join(path, "homePage"));
        Shape.text(Shape.required(node, "name", path), Shape.join(path, "name"));
    }
}
