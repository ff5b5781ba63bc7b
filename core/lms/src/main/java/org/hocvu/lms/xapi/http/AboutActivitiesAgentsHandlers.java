package org.hocvu.lms.xapi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.XapiVersion;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.statement.ActivityDefinitions;
import org.hocvu.lms.xapi.validation.AgentRules;
import org.hocvu.lms.xapi.validation.Formats;

import java.util.List;
import java.util.Set;

/** The About, Activities and Agents resources (Communication 2.4, 2.5, 2.8). */
@ApplicationScoped
public class AboutActivitiesAgentsHandlers {
    @Inject
    ActivityDefinitions activities;

    Response about(XapiRequest r) {
        requireGet(r);
        r.allowOnly(Set.of());
        ObjectNode about = XapiJson.object();
        about.putArray("version").add(XapiVersion.CURRENT).add("1.0.2").add("1.0.1").add("1.0.0");
        about.putObject("extensions");
        return XapiResponses.json(r, about);
    }

    /** The activity with its canonical definition, or just its id when the LRS has none. */
    Response activities(XapiRequest r) {
        requireGet(r);
        r.allowOnly(Set.of("activityId"));
        String id = r.require("activityId");
        if (!Formats.iri(id)) {
            throw XapiException.badRequest("xapi.param.iri", "activityId", id);
        }
        ObjectNode activity = XapiJson.object().put("objectType", "Activity").put("id", id);
        JsonNode definition = activities.canonical(List.of(id)).get(id);
        if (definition != null) {
            activity.set("definition", definition);
        }
        return XapiResponses.json(r, activity);
    }

    /** The Person for an agent: what the LRS knows, at least the agent's own identifier. */
    Response agents(XapiRequest r) {
        requireGet(r);
        r.allowOnly(Set.of("agent"));
        JsonNode agent = XapiJson.parseParameter(r.require("agent"), "agent");
        try {
            AgentRules.agent(agent, "agent");
        } catch (XapiException e) {
            throw XapiException.badRequest("xapi.param.agent", agent.toString());
        }
        ObjectNode person = XapiJson.object().put("objectType", "Person");
        for (String property : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
            if (agent.has(property)) {
                person.putArray(property).add(agent.get(property));
            }
        }
        return XapiResponses.json(r, person);
    }

    private static void requireGet(XapiRequest r) {
        if (!r.method().equals("GET") && !r.method().equals("HEAD")) {
            throw new XapiException(405, "xapi.method.not-allowed", r.method(), r.resource());
        }
    }
}
