package org.hocvu.lms.scorm;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.NewCredential;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SCORM run-time's server side through REST: launch, state, saves at initialize, commit, hide
 * and terminate, resume after a page closed without Terminate, sequencing, refusals, and the
 * statements the LRS then holds (read back through /xapi/statements).
 */
@QuarkusTest
class ScormRuntimeTest {
    @Inject
    ScormFixtures fixtures;
    @Inject
    CredentialService credentials;

    @BeforeEach
    void publish() throws IOException {
        fixtures.publishTiny();
    }

    static JsonPath launch(String packageId, String sco) {
        RequestSpecification request = given();
        if (sco != null) {
            request = request.queryParam("sco", sco);
        }
        return request.when().post("/api/v1/scorm/packages/" + packageId + "/launch").then().statusCode(200).extract().jsonPath();
    }

    static String runtime(String token, String sco) {
        return "/api/v1/scorm/runtime/" + token + "/scos/" + sco;
    }

    static JsonPath save(String token, String sco, UUID session, int seq, String event, Map<String, String> values) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("session", session.toString(), "seq", seq, "event", event, "values", values))
                .when().post(runtime(token, sco)).then().statusCode(200).extract().jsonPath();
    }

    private List<String> verbs(String registration) {
        IssuedCredential reader = credentials.issue(new NewCredential("scorm test " + UUID.randomUUID(), List.of("all")));
        return given().auth().preemptive().basic(reader.key(), reader.secret()).header("X-Experience-API-Version", "1.0.3")
                .queryParam("registration", registration).queryParam("ascending", "true").queryParam("limit", "100")
                .when().get("/xapi/statements").then().statusCode(200)
                .extract().jsonPath().getList("statements.verb.id");
    }

    @Test
    @TestSecurity(user = "scorm-learner-together", roles = "learner")
    void savesArrivingTogetherAreAllAnswered() throws Exception {
        String token = launch(ScormFixtures.TWELVE, null).getString("token");
        UUID session = UUID.randomUUID();
        Map<String, String> values = Map.of("cmi.core.lesson_status", "incomplete");
        ExecutorService phone = Executors.newFixedThreadPool(4);
        try {
            // a SCO that commits right after Initialize, twice over: the first saves of a SCO race for its state row
            List<Future<Integer>> answers = new ArrayList<>();
            for (int seq = 1; seq <= 4; seq++) {
                String body = new ObjectMapper().writeValueAsString(Map.of("session", session.toString(),
                        "seq", seq, "event", seq == 1 ? "initialize" : "commit", "values", values));
                answers.add(phone.submit(() -> given().contentType(ContentType.JSON).body(body)
                        .when().post(runtime(token, "lesson")).then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            phone.shutdown();
        }
        given().when().get(runtime(token, "lesson")).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "scorm-learner-12", roles = "learner")
    void aScorm12SessionClosedMidwayResumesAndEndsInTheLrs() {
        JsonPath first = launch(ScormFixtures.TWELVE, null);
        String token = first.getString("token");
        String attempt = first.getString("attemptId");
        assertEquals("lesson", first.getString("current"));
        assertEquals("1.2", first.getString("scormVersion"));
        given().when().get(runtime(token, "lesson")).then().statusCode(200)
                .body("lms.'cmi.core.entry'", equalTo("ab-initio"))
                .body("lms.'cmi.student_data.mastery_score'", equalTo("80"))
                .body("launch", equalTo("sco/index.html"));

        UUID one = UUID.randomUUID();
        Map<String, String> values = new LinkedHashMap<>();
        save(token, "lesson", one, 1, "initialize", values);
        values.put("cmi.core.lesson_location", "page-2");
        values.put("cmi.suspend_data", "answers=a");
        values.put("cmi.core.lesson_status", "incomplete");
        values.put("cmi.core.exit", "suspend");
        save(token, "lesson", one, 2, "commit", values);
        save(token, "lesson", one, 3, "hide", values); // the phone is closed: no Terminate

        JsonPath again = launch(ScormFixtures.TWELVE, null);
        String second = again.getString("token");
        assertEquals(attempt, again.getString("attemptId"), "coming back resumes the same attempt");
        given().when().get(runtime(second, "lesson")).then().statusCode(200)
                .body("values.'cmi.core.lesson_location'", equalTo("page-2"))
                .body("values.'cmi.suspend_data'", equalTo("answers=a"))
                .body("lms.'cmi.core.entry'", equalTo("resume"));
        given().when().get(runtime(token, "lesson")).then().statusCode(200); // the closed page's last save still lands

        UUID two = UUID.randomUUID();
        save(second, "lesson", two, 1, "initialize", values);
        values.put("cmi.core.score.raw", "90");
        values.put("cmi.core.lesson_status", "passed");
        values.put("cmi.core.exit", "");
        values.put("cmi.core.session_time", "00:02:00");
        values.put("cmi.interactions.0.id", "q1");
        values.put("cmi.interactions.0.student_response", "b");
        values.put("cmi.interactions.0.result", "correct");
        save(second, "lesson", two, 2, "commit", values);
        save(second, "lesson", two, 2, "commit", values); // repeated: nothing twice
        JsonPath end = save(second, "lesson", two, 3, "terminate", values);
        assertTrue(end.getBoolean("packageCompleted"));
        assertEquals("passed", end.getString("status"));

        // statements of one save share their stored time, so their order among themselves is not asserted
        List<String> verbs = verbs(attempt).stream().map(v -> v.substring(v.lastIndexOf('/') + 1)).sorted().toList();
        assertEquals(List.of("answered", "completed", "completed", "initialized", "initialized", "passed", "resumed",
                "suspended", "terminated", "terminated"), verbs,
                "the first session, closed without Terminate after exit=suspend, ends as suspended and terminated when the next begins");
    }

    @Test
    @TestSecurity(user = "scorm-learner-stmts", roles = "learner")
    void statementsFollowTheScormProfile() {
        JsonPath launch = launch(ScormFixtures.TWELVE, null);
        String token = launch.getString("token");
        UUID session = UUID.randomUUID();
        Map<String, String> values = new LinkedHashMap<>(Map.of("cmi.core.score.raw", "60", "cmi.core.lesson_status", "failed",
                "cmi.interactions.0.id", "q2", "cmi.interactions.0.student_response", "x", "cmi.interactions.0.result", "wrong",
                "cmi.core.session_time", "00:01:30"));
        save(token, "lesson", session, 1, "initialize", Map.of());
        save(token, "lesson", session, 2, "terminate", values);
        IssuedCredential reader = credentials.issue(new NewCredential("scorm test " + UUID.randomUUID(), List.of("all")));
        JsonPath statements = given().auth().preemptive().basic(reader.key(), reader.secret()).header("X-Experience-API-Version", "1.0.3")
                .queryParam("registration", launch.getString("attemptId")).queryParam("ascending", "true")
                .when().get("/xapi/statements").then().statusCode(200).extract().jsonPath();
        String failed = "statements.find { it.verb.id == 'http://adlnet.gov/expapi/verbs/failed' }";
        assertEquals(0.6, statements.getDouble(failed + ".result.score.scaled"), 1e-9);
        assertEquals(false, statements.getBoolean(failed + ".result.success"));
        assertTrue(statements.getString(failed + ".object.id").endsWith("/packages/" + ScormFixtures.TWELVE + "/1.0.0/lessons/lesson"));
        assertEquals("https://w3id.org/xapi/scorm", statements.getString(failed + ".context.contextActivities.category[0].id"));
        assertTrue(statements.getString(failed + ".context.contextActivities.grouping[0].id").contains("/attempts/"));
        String answered = "statements.find { it.verb.id == 'http://adlnet.gov/expapi/verbs/answered' }";
        assertEquals("x", statements.getString(answered + ".result.response"));
        assertTrue(statements.getString(answered + ".object.id").endsWith("/lessons/lesson/interactions/q2"));
        String terminated = "statements.find { it.verb.id == 'http://adlnet.gov/expapi/verbs/terminated' }";
        assertEquals("PT1M30S", statements.getString(terminated + ".result.duration"));
    }

    @Test
    @TestSecurity(user = "scorm-learner-2004", roles = "learner")
    void aPrerequisiteOpensTheNextScoOnlyOnceTheFirstIsCompleted() {
        JsonPath launch = launch(ScormFixtures.PREREQUISITE, "b");
        assertEquals("a", launch.getString("current"), "a disabled SCO is not opened");
        assertEquals(List.of(true, false), launch.getList("contents.enabled"));
        String token = launch.getString("token");
        given().header("Accept-Language", "en").when().get(runtime(token, "b")).then().statusCode(409)
                .body("message", containsString("finish the lessons before it"));
        given().when().get(runtime(token, "a")).then().statusCode(200).body("scormVersion", equalTo("2004"))
                .body("next", equalTo(null)).body("lms.'cmi.entry'", equalTo("ab-initio"));
        UUID session = UUID.randomUUID();
        save(token, "a", session, 1, "initialize", Map.of());
        JsonPath done = save(token, "a", session, 2, "terminate", Map.of("cmi.completion_status", "completed", "cmi.exit", "normal"));
        assertEquals(List.of(true, true), done.getList("contents.enabled"));
        given().when().get(runtime(token, "a")).then().statusCode(200).body("next", equalTo("b"));
        given().when().get(runtime(token, "b")).then().statusCode(200).body("previous", equalTo("a"))
                .body("choice.a", equalTo(true));
    }

    @Test
    @TestSecurity(user = "scorm-learner-bad", roles = "learner")
    void badInputIsRefusedWithAReason() {
        String token = launch(ScormFixtures.TWELVE, null).getString("token");
        given().when().get(runtime("x".repeat(43), "lesson")).then().statusCode(403);
        given().when().get(runtime(token, "nope")).then().statusCode(404);
        given().when().post("/api/v1/scorm/packages/no-such-package/launch").then().statusCode(404);
        Map<String, Object> commit = new LinkedHashMap<>(Map.of("session", UUID.randomUUID().toString(), "seq", 1, "event", "commit"));
        given().contentType(ContentType.JSON).body(Map.of("session", UUID.randomUUID().toString(), "seq", 1, "event", "explode"))
                .when().post(runtime(token, "lesson")).then().statusCode(400).body("field", equalTo("event"));
        commit.put("values", Map.of("window.alert", "1"));
        given().contentType(ContentType.JSON).body(commit).when().post(runtime(token, "lesson")).then().statusCode(400);
        commit.put("values", Map.of("cmi.suspend_data", "x".repeat(64_001)));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(commit).when().post(runtime(token, "lesson"))
                .then().statusCode(400).body("message", containsString("longer than 64000"));
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 4_001; i++) {
            many.put("cmi.interactions." + i + ".id", "q" + i);
        }
        commit.put("values", many);
        given().contentType(ContentType.JSON).body(commit).when().post(runtime(token, "lesson")).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "scorm-reviewer", roles = "reviewer")
    void onlyLearnersLaunch() {
        given().when().post("/api/v1/scorm/packages/" + ScormFixtures.TWELVE + "/launch").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "scorm-learner-files", roles = "learner")
    void theRunTimeAndThePackageFilesAreServedWithTheirPolicy() {
        String token = launch(ScormFixtures.TWELVE, null).getString("token");
        given().when().get("/scorm-run/" + token + "/__hocvu/rte.html").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors"))
                .header("Content-Security-Policy", containsString("allow-same-origin"))
                .body(containsString("scorm-model.js"));
        given().when().get("/scorm-run/" + token + "/__hocvu/scorm-model.js").then().statusCode(200)
                .body(containsString("GetDiagnostic"));
        given().when().get("/scorm-run/" + token + "/sco/index.html").then().statusCode(200)
                .body(containsString(ScormFixtures.SCO_SCRIPT));
        given().when().get("/scorm-run/" + token + "/sco/missing.html").then().statusCode(404);
        given().when().get("/scorm-run/" + "y".repeat(43) + "/sco/index.html").then().statusCode(403);
        given().when().get("/scorm-run/" + token + "/imsmanifest.xml").then().statusCode(200)
                .body(containsString("manifest"));
    }
}
