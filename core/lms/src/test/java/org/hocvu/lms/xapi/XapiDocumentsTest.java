package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hocvu.lms.xapi.XapiFixtures.as;

@QuarkusTest
class XapiDocumentsTest {
    @Inject
    CredentialService credentials;
    IssuedCredential all;
    String agent;
    String activity;

    @BeforeEach
    void setUp() {
        all = XapiFixtures.credential(credentials, "all");
        agent = "{\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.org\"}";
        activity = "http://example.org/lesson/" + UUID.randomUUID();
    }

    @Test
    void profilePutNeedsPreconditionsOnceItExists() {
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").contentType(ContentType.JSON)
                .header("If-None-Match", "*").body("{\"a\":1}").put("/xapi/activities/profile").then().statusCode(204);
        String etag = as(all).queryParam("activityId", activity).queryParam("profileId", "p")
                .get("/xapi/activities/profile").then().statusCode(200).header("ETag", notNullValue())
                .body("a", equalTo(1)).extract().header("ETag");
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").contentType(ContentType.JSON)
                .body("{\"a\":2}").put("/xapi/activities/profile").then().statusCode(409);
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").contentType(ContentType.JSON)
                .header("If-Match", "\"0000\"").body("{\"a\":2}").put("/xapi/activities/profile").then().statusCode(412);
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").contentType(ContentType.JSON)
                .header("If-None-Match", "*").body("{\"a\":2}").put("/xapi/activities/profile").then().statusCode(412);
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").contentType(ContentType.JSON)
                .header("If-Match", etag).body("{\"a\":2}").put("/xapi/activities/profile").then().statusCode(204);
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").get("/xapi/activities/profile")
                .then().body("a", equalTo(2));
    }

    @Test
    void statePostMergesJsonAndListsIdsWithRegistration() {
        String registration = UUID.randomUUID().toString();
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("registration", registration)
                .queryParam("stateId", "s1").contentType(ContentType.JSON).body("{\"x\":\"foo\",\"y\":\"bar\"}")
                .post("/xapi/activities/state").then().statusCode(204);
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("registration", registration)
                .queryParam("stateId", "s1").contentType(ContentType.JSON).body("{\"x\":\"bash\",\"z\":\"faz\"}")
                .post("/xapi/activities/state").then().statusCode(204);
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("registration", registration)
                .queryParam("stateId", "s1").get("/xapi/activities/state").then().statusCode(200)
                .body("x", equalTo("bash")).body("y", equalTo("bar")).body("z", equalTo("faz"));
        // without a registration the list covers every registration, as the multiple DELETE does
        as(all).queryParam("activityId", activity).queryParam("agent", agent).get("/xapi/activities/state")
                .then().statusCode(200).body("$", hasSize(1)).body("[0]", equalTo("s1"));
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("registration", registration)
                .get("/xapi/activities/state").then().statusCode(200).body("$", hasSize(1));
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("registration", registration)
                .queryParam("stateId", "s1").contentType(ContentType.TEXT).body("plain")
                .post("/xapi/activities/state").then().statusCode(400);
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("registration", registration)
                .delete("/xapi/activities/state").then().statusCode(204);
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("registration", registration)
                .queryParam("stateId", "s1").get("/xapi/activities/state").then().statusCode(404);
    }

    @Test
    void postWithNothingToMergeIntoStoresTheObjectAndNeverMergesIntoOtherContent() {
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "new")
                .contentType(ContentType.JSON).body("{\"a\":1}").post("/xapi/activities/state").then().statusCode(204);
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "new")
                .get("/xapi/activities/state").then().statusCode(200).body("a", equalTo(1));
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "list")
                .contentType(ContentType.JSON).body("[1,2]").put("/xapi/activities/state").then().statusCode(204);
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "list")
                .contentType(ContentType.JSON).body("{\"a\":1}").post("/xapi/activities/state").then().statusCode(400);
        // a POST with no document at all merges nothing and is refused (conformance suite XAPI-00314)
        as(all).queryParam("activityId", activity).queryParam("profileId", "empty-" + java.util.UUID.randomUUID())
                .post("/xapi/activities/profile").then().statusCode(400);
    }

    @Test
    void malformedSinceIsRejectedEvenWhenOneDocumentIsAsked() {
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "missing")
                .queryParam("since", "not a time").get("/xapi/activities/state").then().statusCode(400);
        as(all).queryParam("activityId", activity).queryParam("profileId", "missing")
                .queryParam("since", "yesterday").get("/xapi/activities/profile").then().statusCode(400);
        as(all).queryParam("agent", agent).queryParam("profileId", "missing")
                .queryParam("since", "2024-13-01T00:00:00Z").get("/xapi/agents/profile").then().statusCode(400);
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "missing")
                .queryParam("since", "2024-01-01T00:00:00Z").get("/xapi/activities/state").then().statusCode(404);
    }

    @Test
    void agentProfileAgentsAndActivities() {
        as(all).queryParam("agent", agent).queryParam("profileId", "prefs").contentType(ContentType.TEXT).body("hello")
                .header("If-None-Match", "*").put("/xapi/agents/profile").then().statusCode(204);
        as(all).queryParam("agent", agent).queryParam("profileId", "prefs").get("/xapi/agents/profile")
                .then().statusCode(200).body(equalTo("hello"));
        as(all).queryParam("agent", "{\"objectType\":\"Group\",\"member\":[]}").queryParam("profileId", "x")
                .get("/xapi/agents/profile").then().statusCode(400);
        as(all).queryParam("agent", agent).get("/xapi/agents").then().statusCode(200)
                .body("objectType", equalTo("Person")).body("mbox", hasSize(1));
        as(all).queryParam("activityId", activity).get("/xapi/activities").then().statusCode(200)
                .body("id", equalTo(activity));
    }
}
