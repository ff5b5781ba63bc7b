package org.hocvu.lms.cmi5;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo cmi5 course of content-packages/ (one AU, CompletedAndPassed, masteryScore 0.8), driven
 * over REST the way its au.html drives it: a first try that fails, then a second session that passes
 * without repeating completed, remembered in the AU's own state document.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoAuTest {
    static final Path DEMO_AU = Path.of("../../content-packages/cmi5-kiem-tra-an-toan-so");
    static final String PROGRESS = "https://hocvu.vn/cmi5/kiem-tra-an-toan-so/state/progress";
    static String packageId;
    static String version;
    static String registration;

    @Test
    @Order(1)
    @TestSecurity(user = "demo-publisher", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "hocvu"))
    void theDemoCourseIsUploaded() throws IOException {
        String[] uploaded = Cmi5Publishing.upload(Cmi5Publishing.zip(DEMO_AU));
        packageId = uploaded[0];
        version = uploaded[1];
    }

    @Test
    @Order(2)
    @TestSecurity(user = "demo-reviewer", roles = "reviewer")
    void andPublished() {
        Cmi5Publishing.approve(packageId, version);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "demo-au-learner", roles = "learner")
    void aFailedFirstTryCompletesButDoesNotSatisfy() {
        AuClient au = launch();
        au.xapi().queryParams(state("LMS.LaunchData", au)).get("/xapi/activities/state").then().statusCode(200)
                .body("moveOn", equalTo("CompletedAndPassed")).body("masteryScore", equalTo(0.8f))
                .body("launchMode", equalTo("Normal")).body("returnURL", org.hamcrest.Matchers.containsString("/play/cmi5/" + packageId));
        au.xapi().queryParams(state(PROGRESS, au)).get("/xapi/activities/state").then().statusCode(404);
        assertEquals(200, au.send("initialized", null));
        assertEquals(200, au.send("completed", null));
        assertEquals(200, au.send("failed", s -> AuClient.score(s, 0.6)));
        au.xapi().queryParams(state(PROGRESS, au)).contentType(ContentType.JSON).body("{\"completed\":true,\"passed\":false}")
                .put("/xapi/activities/state").then().statusCode(204);
        assertEquals(200, au.send("terminated", null));
        given().get("/api/v1/cmi5/registrations/" + registration).then().statusCode(200)
                .body("satisfied", equalTo(false)).body("items[0].state", equalTo("completed"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "demo-au-learner", roles = "learner")
    void aPassingSecondTrySatisfiesTheCourse() {
        AuClient au = launch();
        au.xapi().queryParams(state(PROGRESS, au)).get("/xapi/activities/state").then().statusCode(200)
                .body("completed", equalTo(true));
        assertEquals(200, au.send("initialized", null));
        assertEquals(403, au.send("completed", null), "completed is sent once per registration");
        assertEquals(403, au.send("passed", s -> AuClient.score(s, 0.6)), "passed below the mastery score");
        assertEquals(200, au.send("passed", s -> AuClient.score(s, 0.8)));
        assertEquals(200, au.send("terminated", null));
        given().get("/api/v1/cmi5/registrations/" + registration).then().statusCode(200)
                .body("satisfied", equalTo(true)).body("items[0].state", equalTo("satisfied"));
    }

    private static AuClient launch() {
        var launch = given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "version", version, "auIndex", 0))
                .post("/api/v1/cmi5/launches").then().statusCode(201).extract();
        String url = launch.path("url");
        if (registration == null) {
            registration = launch.path("registration");
        }
        assertEquals(registration, launch.path("registration"), "the registration stays until the course is satisfied");
        return new AuClient(url, launch.path("session")).fetchToken();
    }

    private static Map<String, String> state(String stateId, AuClient au) {
        return Map.of("activityId", au.params.get("activityId"), "agent", au.params.get("actor"),
                "registration", registration, "stateId", stateId);
    }
}
