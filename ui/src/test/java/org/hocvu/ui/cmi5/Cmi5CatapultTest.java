package org.hocvu.ui.cmi5;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every CATAPULT course imports through the real pipeline, and the demo learner satisfies it: each AU
 * is launched through the API and reports as its moveOn asks (the test acting as the AU with the
 * session's token), until every block and the course are satisfied.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Cmi5CatapultTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    static final List<String[]> PUBLISHED = new ArrayList<>();

    @Test
    @Order(1)
    @TestSecurity(user = "cmi5-partner", roles = "content-partner")
    // the realm's demo partner's organisation: the browser journey publishes a CATAPULT course as that partner in the same database
    @OidcSecurity(claims = @Claim(key = "organisation", value = "demo-partner"))
    void everyCatapultCourseImports() throws Exception {
        List<Path> zips = Cmi5Courses.catapult();
        assertEquals(4, zips.size());
        for (Path zip : zips) {
            PUBLISHED.add(Cmi5Courses.upload(io.restassured.RestAssured::given, zip));
        }
    }

    @Test
    @Order(2)
    @TestSecurity(user = "cmi5-reviewer", roles = "reviewer")
    void aReviewerPublishesThem() {
        PUBLISHED.forEach(p -> Cmi5Courses.approve(given(), p));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "cmi5-learner", roles = "learner")
    void theLearnerSatisfiesEachAsItsMoveOnSays() throws Exception {
        for (String[] published : PUBLISHED) {
            Map<String, Object> course = given().get("/api/v1/catalog?size=100").then().statusCode(200)
                    .extract().path("items.find { it.packageId == '" + published[0] + "' }");
            assertEquals("cmi5", course.get("kind"), published[0]);
            int aus = ((List<?>) course.get("lessons")).size();
            String registration = null;
            for (int au = 0; au < aus; au++) {
                var launch = given().contentType(ContentType.JSON)
                        .body(Map.of("packageId", published[0], "version", published[1], "auIndex", au))
                        .post("/api/v1/cmi5/launches").then().statusCode(201).extract();
                registration = launch.path("registration");
                report(launch.path("url"), launch.path("session"));
            }
            given().get("/api/v1/cmi5/registrations/" + registration).then().statusCode(200)
                    .body("satisfied", equalTo(true))
                    .body("items.findAll { it.kind == 'block' }.every { it.state == 'satisfied' }", equalTo(true))
                    .body("items.findAll { it.kind == 'au' }.every { it.state == 'satisfied' }", equalTo(true));
        }
    }

    /** The AU's part: token, LaunchData, initialized, what its moveOn needs, terminated. */
    private static void report(String url, String session) throws Exception {
        Map<String, String> p = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            p.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        String token = given().post(URI.create(p.get("fetch")).getPath()).then().statusCode(200).extract().path("auth-token");
        var lrs = given().header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3");
        Map<String, Object> data = lrs.queryParam("activityId", p.get("activityId")).queryParam("agent", p.get("actor"))
                .queryParam("registration", p.get("registration")).queryParam("stateId", "LMS.LaunchData")
                .get("/xapi/activities/state").then().statusCode(200).extract().as(Map.class);
        String moveOn = (String) data.get("moveOn");
        send(token, p, session, data, "initialized", null);
        if (moveOn.contains("Completed")) {
            send(token, p, session, data, "completed", "{\"completion\":true,\"duration\":\"PT1M\"}");
        }
        if (moveOn.equals("Passed") || moveOn.equals("CompletedAndPassed")) {
            send(token, p, session, data, "passed", "{\"success\":true,\"score\":{\"scaled\":1},\"duration\":\"PT1M\"}");
        }
        send(token, p, session, data, "terminated", "{\"duration\":\"PT2M\"}");
    }

    @SuppressWarnings("unchecked")
    private static void send(String token, Map<String, String> p, String session, Map<String, Object> data, String verb,
                             String result) throws Exception {
        ObjectNode s = JSON.createObjectNode();
        s.set("actor", JSON.readTree(p.get("actor")));
        s.putObject("verb").put("id", VERBS + verb);
        s.putObject("object").put("id", p.get("activityId"));
        ObjectNode context = (ObjectNode) JSON.valueToTree(data.get("contextTemplate"));
        context.put("registration", p.get("registration"));
        var category = context.with("contextActivities").putArray("category");
        category.addObject().put("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5");
        if (result != null && !verb.equals("terminated")) {
            category.addObject().put("id", "https://w3id.org/xapi/cmi5/context/categories/moveon");
        }
        s.set("context", context);
        if (result != null) {
            s.set("result", JSON.readTree(result));
        }
        assertEquals(session, context.path("extensions").path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText());
        given().header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3")
                .contentType(ContentType.JSON).body(s.toString()).post("/xapi/statements").then().statusCode(200);
    }
}
