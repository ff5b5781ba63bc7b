package org.hocvu.lms.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The testers plugin's standard test through the API: start, resume, save, submit, statements, deadline, attempts. */
@QuarkusTest
class AttemptApiTest {
    private static final Pattern KEY_WORDS = Pattern.compile("\"(correct|correctResponse|correctResponsesPattern|key|answerKey|answer|answers|solution|feedback)\"");

    @Inject
    KeyAnswers keys;
    @Inject
    StatementFeed feed;
    @Inject
    RecordedStatements statements;
    @Inject
    Activities activities;
    @Inject
    AttemptService attempts;
    @Inject
    ObjectMapper json;

    @AfterEach
    void realTime() {
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    @Test
    @TestSecurity(user = "taker-1", roles = "learner")
    void aLearnerTakesTheTestAndPasses() throws Exception {
        joinTesters();
        String body = start(201).body("items", hasSize(10)).extract().asString();
        assertFalse(KEY_WORDS.matcher(body).find(), "the form carries a key: " + body);
        UUID id = UUID.fromString(json.readTree(body).path("id").asText());
        start(200).body("id", equalTo(id.toString()));

        Map<String, JsonNode> right = keys.of(id);
        String first = right.keySet().iterator().next();
        save(id, first, right.get(first)).statusCode(200).body("changed", is(true));
        save(id, first, right.get(first)).statusCode(200).body("changed", is(false));
        given().contentType(ContentType.JSON).body("{\"response\": {\"no\": [1]}}")
                .put("/api/v1/attempts/" + id + "/responses/" + first).then().statusCode(400);
        right.forEach((item, response) -> save(id, item, response).statusCode(200));
        String resumed = given().get("/api/v1/attempts/" + id).then().statusCode(200).extract().asString();
        assertFalse(KEY_WORDS.matcher(resumed).find(), "a resumed attempt carries a key");

        given().post("/api/v1/attempts/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted")).body("result.passed", is(true))
                .body("result.points", equalTo(10)).body("finishedBy", equalTo("learner"));
        save(id, first, right.get(first)).statusCode(409);

        feed.drain();
        List<LearningStatement> recorded = statements.ofRegistration(id);
        String test = activities.standardTest("testers", null).id();
        LearningStatement passed = recorded.stream().filter(s -> s.verb().equals(Verb.PASSED.iri())).findFirst().orElseThrow();
        assertEquals(test, passed.objectId());
        assertEquals(1.0, passed.result().score().scaled());
        assertNotNull(passed.raw().path("result").path("extensions").get(Extensions.COMPETENCY_RESULTS));
        assertEquals(10, recorded.stream().filter(s -> s.verb().equals(Verb.ANSWERED.iri())).count());
        assertTrue(recorded.stream().filter(s -> s.verb().equals(Verb.ANSWERED.iri())).allMatch(s -> Boolean.TRUE.equals(s.result().success())));
        assertTrue(recorded.stream().noneMatch(s -> s.raw().toString().contains("correctResponsesPattern")));

        given().get("/api/v1/me/competencies").then().statusCode(200)
                .body("groups[0].testId", equalTo("testers"))
                .body("groups[0].domains[0].competencies[0].level", equalTo("CB"))
                .body("groups[0].domains[0].competencies[0].evidence[0]", equalTo(passed.id().toString()));
    }

    @Test
    @TestSecurity(user = "taker-2", roles = "learner")
    void theServerFinishesAnAttemptAtItsDeadline() throws Exception {
        joinTesters();
        UUID id = UUID.fromString(start(201).extract().path("id"));
        Map<String, JsonNode> right = keys.of(id);
        String first = right.keySet().iterator().next();
        save(id, first, right.get(first)).statusCode(200);
        String deadline = given().get("/api/v1/attempts/" + id).then().extract().path("deadline");

        // the testers test lasts 20 minutes; within the grace an answer in flight is still taken
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20).plusSeconds(5)), Clock.class);
        save(id, first, right.get(first)).statusCode(200);
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(25)), Clock.class);
        while (attempts.finishDue(50) > 0) {
            // every attempt past its deadline, this one among them
        }
        given().get("/api/v1/attempts/" + id).then().statusCode(200).body("status", equalTo("submitted"))
                .body("finishedBy", equalTo("deadline")).body("finishedAt", equalTo(deadline))
                .body("result.points", equalTo(1)).body("items[0].answeredRight", is(true));
    }

    @Test
    @TestSecurity(user = "taker-3", roles = "learner")
    void attemptsBeyondTheAllowedWaitForTheCoolDown() {
        joinTesters();
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.fromString(start(201).extract().path("id"));
            given().post("/api/v1/attempts/" + id + "/submit").then().statusCode(200).body("result.passed", is(false));
        }
        start(409);
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofHours(25)), Clock.class);
        start(201);
    }

    @Test
    @TestSecurity(user = "taker-4", roles = "learner")
    void anotherLearnersAttemptIsNotFoundAndOtherGroupsAreRefused() {
        start(403);
        given().get("/api/v1/attempts/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/attempts/not-an-id").then().statusCode(404);
    }

    private static void joinTesters() {
        given().contentType(ContentType.JSON).body("{\"targetGroups\":[\"testers\"]}").put("/api/v1/me").then().statusCode(200);
    }

    private static ValidatableResponse start(int status) {
        return given().post("/api/v1/tests/testers/attempts").then().statusCode(status);
    }

    private ValidatableResponse save(UUID attempt, String item, JsonNode response) {
        return given().contentType(ContentType.JSON).body(json.createObjectNode().set("response", response).toString())
                .put("/api/v1/attempts/" + attempt + "/responses/" + item).then();
    }
}
