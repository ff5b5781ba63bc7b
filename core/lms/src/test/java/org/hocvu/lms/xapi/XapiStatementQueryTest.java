package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import static org.hocvu.lms.xapi.XapiFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The filtered statement query (key b-trees intersected by leapfrogging, since/until as a seq range)
 * against a brute-force expectation: every filter and combination, both orders, paged through
 * "more" three at a time, with a voided statement that must never appear.
 */
@QuarkusTest
class XapiStatementQueryTest {
    private static final String ADL = "http://adlnet.gov/expapi/verbs/";

    @Inject
    CredentialService credentials;
    IssuedCredential all;

    /** What the test stored: each statement's attributes, in stored order. */
    private record Stored(String id, String agent, String verb, String activity, String parent, String registration,
                          String instructor, Instant stored) {
    }

    @BeforeEach
    void credential() {
        all = XapiFixtures.credential(credentials, "all");
    }

    @Test
    void everyFilterAndCombinationMatchesBruteForceInBothOrdersAcrossPages() throws InterruptedException {
        String run = UUID.randomUUID().toString();
        List<String> agents = List.of(mbox(run, "a"), mbox(run, "b"), mbox(run, "c"));
        List<String> verbs = List.of(ADL + "experienced", ADL + "completed", ADL + "answered");
        List<String> activities = List.of("http://example.org/" + run + "/x", "http://example.org/" + run + "/y");
        String parent = "http://example.org/" + run + "/course";
        List<String> registrations = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Random random = new Random(run.hashCode());
        List<Stored> stored = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            StringBuilder body = new StringBuilder("[");
            List<Stored> pending = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Stored s = new Stored(UUID.randomUUID().toString(), pick(agents, random), pick(verbs, random),
                        pick(activities, random), random.nextBoolean() ? parent : null,
                        random.nextInt(3) == 0 ? null : pick(registrations, random),
                        random.nextInt(4) == 0 ? pick(agents, random) : null, null);
                pending.add(s);
                body.append(i == 0 ? "" : ",").append(json(s));
            }
            as(all).contentType(ContentType.JSON).body(body.append("]").toString()).post("/xapi/statements").then().statusCode(200);
            for (Stored s : pending) {
                String at = as(all).queryParam("statementId", s.id()).get("/xapi/statements").then().statusCode(200)
                        .extract().path("stored");
                stored.add(new Stored(s.id(), s.agent(), s.verb(), s.activity(), s.parent(), s.registration(), s.instructor(),
                        Instant.parse(at)));
            }
            Thread.sleep(5);
        }
        // one statement voided: never listed; its voiding statement matches what it matched (Communication 2.1.3)
        Stored voided = stored.remove(7);
        String voiding = as(all).contentType(ContentType.JSON).body("""
                {"actor":{"mbox":"mailto:%s"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(mbox(run, "admin"), voided.id()))
                .post("/xapi/statements").then().statusCode(200).extract().path("[0]");
        String voidedAt = as(all).queryParam("statementId", voiding).get("/xapi/statements").then().extract().path("stored");
        stored.add(new Stored(voiding, voided.agent(), voided.verb(), voided.activity(), voided.parent(), voided.registration(),
                voided.instructor(), Instant.parse(voidedAt)));
        Instant middle = stored.get(stored.size() / 2).stored();

        Map<String, Predicate<Stored>> filters = new LinkedHashMap<>();
        Map<String, Map<String, String>> params = new LinkedHashMap<>();
        for (String agent : agents) {
            add(filters, params, "agent " + agent, s -> s.agent().equals(agent), Map.of("agent", agentJson(agent)));
            add(filters, params, "related agent " + agent, s -> s.agent().equals(agent) || agent.equals(s.instructor()),
                    Map.of("agent", agentJson(agent), "related_agents", "true"));
            for (String verb : verbs) {
                add(filters, params, "agent+verb " + agent + verb, s -> s.agent().equals(agent) && s.verb().equals(verb),
                        Map.of("agent", agentJson(agent), "verb", verb));
            }
        }
        for (String activity : activities) {
            add(filters, params, "activity " + activity, s -> s.activity().equals(activity), Map.of("activity", activity));
            for (String registration : registrations) {
                add(filters, params, "activity+registration", s -> s.activity().equals(activity) && registration.equals(s.registration()),
                        Map.of("activity", activity, "registration", registration));
            }
        }
        add(filters, params, "parent (related)", s -> parent.equals(s.parent()), Map.of("activity", parent, "related_activities", "true"));
        add(filters, params, "parent (not related)", s -> false, Map.of("activity", parent));
        add(filters, params, "verb since", s -> s.verb().equals(verbs.get(1)) && s.stored().isAfter(middle),
                Map.of("verb", verbs.get(1), "since", middle.toString()));
        add(filters, params, "agent until", s -> s.agent().equals(agents.get(0)) && !s.stored().isAfter(middle),
                Map.of("agent", agentJson(agents.get(0)), "until", middle.toString()));
        add(filters, params, "unused registration", s -> false, Map.of("registration", UUID.randomUUID().toString()));

        for (String name : filters.keySet()) {
            List<String> expected = stored.stream().filter(filters.get(name)).map(Stored::id).toList();
            assertEquals(expected, ids(params.get(name), true), name + ", ascending");
            List<String> newestFirst = new ArrayList<>(expected);
            Collections.reverse(newestFirst);
            assertEquals(newestFirst, ids(params.get(name), false), name + ", newest first");
        }
    }

    /** Every page of a query, three statements at a time, following "more". */
    private List<String> ids(Map<String, String> filter, boolean ascending) {
        var request = as(all).queryParam("limit", 3).queryParam("ascending", ascending);
        filter.forEach(request::queryParam);
        JsonPath page = request.get("/xapi/statements").then().statusCode(200).extract().jsonPath();
        List<String> ids = new ArrayList<>(page.getList("statements.id"));
        for (String more = page.getString("more"); !more.isEmpty(); more = page.getString("more")) {
            page = as(all).urlEncodingEnabled(false).get(more).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("statements.id"));
        }
        return ids;
    }

    private static void add(Map<String, Predicate<Stored>> filters, Map<String, Map<String, String>> params, String name,
                            Predicate<Stored> filter, Map<String, String> query) {
        filters.put(name, filter);
        params.put(name, query);
    }

    private static String json(Stored s) {
        StringBuilder context = new StringBuilder();
        if (s.registration() != null) {
            context.append("\"registration\":\"").append(s.registration()).append("\"");
        }
        if (s.instructor() != null) {
            context.append(context.isEmpty() ? "" : ",").append("\"instructor\":").append(agentJson(s.instructor()));
        }
        if (s.parent() != null) {
            context.append(context.isEmpty() ? "" : ",").append("\"contextActivities\":{\"parent\":[{\"id\":\"")
                    .append(s.parent()).append("\"}]}");
        }
        return """
                {"id":"%s","actor":%s,"verb":{"id":"%s"},"object":{"id":"%s"}%s}""".formatted(s.id(), agentJson(s.agent()),
                s.verb(), s.activity(), context.isEmpty() ? "" : ",\"context\":{" + context + "}");
    }

    private static String agentJson(String mbox) {
        return "{\"mbox\":\"mailto:" + mbox + "\"}";
    }

    private static String mbox(String run, String who) {
        return who + "-" + run + "@example.org";
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
