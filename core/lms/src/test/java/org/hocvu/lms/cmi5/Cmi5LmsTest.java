package org.hocvu.lms.cmi5;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LMS MUSTs of cmi5, with the tests acting as the AU over REST: launch URL and LaunchData, the
 * one-time fetch, the LRS's refusal of each broken session rule (403), abandoned, waived, moveOn of
 * AUs, the block and the course, and the package-version completed that learning paths count; and
 * a unit manager waives and reads registrations only of learners in their unit and below (the demo
 * province 82 holds commune 28249), a learner of another province being refused with a 403.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Cmi5LmsTest {
    static String packageId;
    static String version;
    static String learnerId;
    static String registration;
    static AuClient quiz;
    static AuClient second;
    static String otherRegistration;
    static UUID inside;
    static UUID outside;
    static String insideRegistration;

    @Inject
    Cmi5Service service;
    @Inject
    IdentityService identities;
    @Inject
    UnitService units;

    @Test
    @Order(1)
    @TestSecurity(user = "cmi5-partner", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-cmi5"))
    void aPartnerUploadsTheCourse() throws IOException {
        String[] uploaded = Cmi5Publishing.upload(Cmi5Publishing.zip(Cmi5Publishing.RULES_COURSE));
        packageId = uploaded[0];
        version = uploaded[1];
    }

    @Test
    @Order(2)
    @TestSecurity(user = "cmi5-reviewer", roles = "reviewer")
    void aReviewerPublishesIt() {
        Cmi5Publishing.approve(packageId, version);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "cmi5-learner", roles = "learner")
    void theLearnerLaunchesAnAuWithEveryLaunchParameter() {
        learnerId = given().get("/api/v1/me").then().statusCode(200).extract().path("id");
        var launch = given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "version", version, "auIndex", 0))
                .post("/api/v1/cmi5/launches").then().statusCode(201)
                .body("launchMethod", equalTo("OwnWindow")).body("launchMode", equalTo("Normal"))
                .body("returnUrl", containsString("/play/cmi5/" + packageId)).extract();
        registration = launch.path("registration");
        String url = launch.path("url");
        quiz = new AuClient(url, launch.path("session"));
        assertTrue(url.contains("/content/") && url.contains("au.html?part=quiz&endpoint="), url);
        assertEquals(registration, quiz.params.get("registration"));
        assertTrue(quiz.params.get("endpoint").endsWith("/xapi/"));
        assertTrue(quiz.params.get("actor").contains(learnerId));
        assertTrue(quiz.params.get("activityId").contains("/lessons/"), "the LMS's activity id, not the publisher's");
        assertNotEquals("https://hocvu.example/test/cmi5/rules-course/quiz", quiz.params.get("activityId"));
        given().get("/api/v1/cmi5/registrations/" + registration).then().statusCode(200)
                .body("items[0].kind", equalTo("block")).body("items[0].children[0].state", equalTo("in-progress"))
                .body("items[1].state", equalTo("satisfied"));
        given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "auIndex", 9))
                .post("/api/v1/cmi5/launches").then().statusCode(400).body("field", equalTo("auIndex"));
        given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "auIndex", 0,
                        "learnerId", "00000000-0000-0000-0000-000000000001"))
                .post("/api/v1/cmi5/launches").then().statusCode(403);
    }

    @Test
    @Order(4)
    void theFetchUrlGivesTheTokenOnceOnAnyNode() throws Exception {
        quiz.fetchToken();
        assertTrue(quiz.token != null && !quiz.token.isBlank());
        given().post(quiz.fetchPath()).then().statusCode(200).contentType(ContentType.JSON)
                .body("error-code", equalTo("1")).body("auth-token", equalTo(null));
        // another node: a fresh thread and transaction reading only the database
        Map<String, String> elsewhere = CompletableFuture.supplyAsync(() -> service.fetch(quiz.fetchPath()
                .substring(quiz.fetchPath().lastIndexOf('/') + 1))).get();
        assertEquals("1", elsewhere.get("error-code"));
        given().post("/api/v1/cmi5/fetch/nonsense").then().statusCode(200).body("error-code", equalTo("2"));
        given().header("Origin", "null").header("Access-Control-Request-Method", "POST").options(quiz.fetchPath())
                .then().statusCode(204).header("Access-Control-Allow-Origin", "null");
    }

    @Test
    @Order(5)
    void launchDataAndPreferencesAreThereBeforeTheAuStarts() {
        String actor = quiz.params.get("actor");
        quiz.xapi().queryParam("activityId", quiz.params.get("activityId")).queryParam("agent", actor)
                .queryParam("registration", registration).queryParam("stateId", "LMS.LaunchData")
                .get("/xapi/activities/state").then().statusCode(200)
                .body("launchMode", equalTo("Normal")).body("moveOn", equalTo("CompletedAndPassed"))
                .body("masteryScore", equalTo(0.5f)).body("launchMethod", equalTo("OwnWindow"))
                .body("launchParameters", equalTo("{\"part\":\"quiz\"}"))
                .body("entitlementKey.courseStructure", equalTo("hocvu-test-key"))
                .body("returnURL", containsString("/play/cmi5/"))
                .body("contextTemplate.extensions.'https://w3id.org/xapi/cmi5/context/extensions/sessionid'", equalTo(quiz.session))
                .body("contextTemplate.contextActivities.grouping[0].id", equalTo("https://hocvu.example/test/cmi5/rules-course/quiz"));
        quiz.xapi().queryParam("agent", actor).queryParam("profileId", "cmi5LearnerPreferences")
                .get("/xapi/agents/profile").then().statusCode(200).body("languagePreference", notNullValue());
        quiz.xapi().queryParam("verb", "http://adlnet.gov/expapi/verbs/launched").queryParam("registration", registration)
                .get("/xapi/statements").then().statusCode(200)
                .body("statements[0].context.extensions.'https://w3id.org/xapi/cmi5/context/extensions/launchmode'", equalTo("Normal"))
                .body("statements[0].context.extensions.'https://w3id.org/xapi/cmi5/context/extensions/moveon'", equalTo("CompletedAndPassed"))
                .body("statements[0].context.extensions.'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'", equalTo(0.5f))
                .body("statements[0].context.extensions.'https://w3id.org/xapi/cmi5/context/extensions/launchurl'", containsString("au.html"))
                .body("statements[0].context.extensions.'https://w3id.org/xapi/cmi5/context/extensions/launchparameters'", notNullValue())
                .body("statements[0].context.contextActivities.category.id", hasItem("https://w3id.org/xapi/cmi5/context/categories/cmi5"));
    }

    @Test
    @Order(6)
    void theLrsRefusesEachBrokenRuleWith403() {
        assertEquals(403, quiz.send("completed", null), "before initialized");
        assertEquals(403, quiz.send("initialized", s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("context")).remove("extensions")), "no session id");
        assertEquals(403, quiz.send("initialized", s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("context")).remove("contextActivities")), "no cmi5 category");
        assertEquals(200, quiz.send("initialized", null));
        assertEquals(403, quiz.send("initialized", null), "initialized twice");
        assertEquals(403, quiz.send("voided", s -> s.putObject("object").put("objectType", "StatementRef")
                .put("id", java.util.UUID.randomUUID().toString())), "voiding from an AU");
        assertEquals(403, quiz.send("failed", s -> AuClient.score(s, 0.5)), "failed at the mastery score");
        assertEquals(403, quiz.send("passed", s -> AuClient.score(s, 0.4)), "passed below the mastery score");
        assertEquals(403, quiz.send("completed", s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("context"))
                .putObject("contextActivities").putArray("category").addObject().put("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5")), "no moveon category");
        assertEquals(200, quiz.send("passed", s -> AuClient.score(s, 0.9)));
        assertEquals(403, quiz.send("failed", s -> AuClient.score(s, 0.1)), "failed after passed");
        assertEquals(200, quiz.send("completed", null));
        // cmi5 allowed: any verb with the context template, without the cmi5 category
        assertEquals(200, quiz.send("experienced", s -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("context").get("contextActivities")).remove("category");
            ((com.fasterxml.jackson.databind.node.ObjectNode) s.get("object")).put("id", quiz.params.get("activityId") + "/page-2");
        }));
        String actor = quiz.params.get("actor");
        quiz.xapi().contentType(ContentType.JSON).body("{}").queryParam("activityId", quiz.params.get("activityId")).queryParam("agent", actor)
                .queryParam("registration", registration).queryParam("stateId", "LMS.LaunchData")
                .put("/xapi/activities/state").then().statusCode(403);
        quiz.xapi().contentType(ContentType.JSON).body("{}").queryParam("activityId", "http://example.org/other").queryParam("agent", actor)
                .queryParam("registration", registration).queryParam("stateId", "bookmark")
                .put("/xapi/activities/state").then().statusCode(403);
        quiz.xapi().contentType(ContentType.JSON).body("{}").queryParam("activityId", quiz.params.get("activityId")).queryParam("agent", actor)
                .queryParam("registration", registration).queryParam("stateId", "bookmark")
                .put("/xapi/activities/state").then().statusCode(204);
        quiz.xapi().contentType(ContentType.JSON).body("{}").queryParam("profileId", "cmi5LearnerPreferences")
                .queryParam("agent", "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://x.example\",\"name\":\"someone\"}}")
                .put("/xapi/agents/profile").then().statusCode(403);
        assertEquals(403, quiz.send("terminated", s -> s.remove("result")), "terminated without duration");
        assertEquals(200, quiz.send("terminated", null));
        assertEquals(403, quiz.send("experienced", null), "after terminated");
    }

    @Test
    @Order(7)
    @TestSecurity(user = "cmi5-learner", roles = "learner")
    void theSameRegistrationRemembersCompletedAndPassed() {
        var launch = given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "auIndex", 0))
                .post("/api/v1/cmi5/launches").then().statusCode(201).extract();
        assertEquals(registration, launch.path("registration"), "same learner and package: same registration");
        second = new AuClient(launch.path("url"), launch.path("session"));
        given().get("/api/v1/cmi5/registrations/" + registration).then().statusCode(200)
                .body("items[0].children[0].state", equalTo("satisfied"))
                .body("items[0].children[1].state", equalTo("not-attempted"))
                .body("items[0].state", equalTo("in-progress"));
    }

    @Test
    @Order(8)
    void aSecondCompletedOrPassedIsRefused() {
        second.fetchToken();
        assertEquals(200, second.send("initialized", null));
        assertEquals(403, second.send("completed", null), "second completed in the registration");
        assertEquals(403, second.send("passed", s -> AuClient.score(s, 1)), "second passed in the registration");
        // the first session's token no longer writes anything
        assertEquals(403, quiz.send("initialized", null));
    }

    @Test
    @Order(9)
    @TestSecurity(user = "cmi5-learner", roles = "learner")
    void aNewLaunchAbandonsTheSessionLeftOpen() {
        var launch = given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "auIndex", 1, "launchMode", "Browse"))
                .post("/api/v1/cmi5/launches").then().statusCode(201).extract();
        second = new AuClient(launch.path("url"), launch.path("session")).fetchToken();
        given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "auIndex", 1, "launchMode", "Later"))
                .post("/api/v1/cmi5/launches").then().statusCode(400).body("field", equalTo("launchMode"));
    }

    @Test
    @Order(10)
    void abandonedHasADurationAndBrowseModeRefusesSatisfaction() {
        second.xapi().queryParam("verb", "https://w3id.org/xapi/adl/verbs/abandoned").queryParam("registration", registration)
                .get("/xapi/statements").then().statusCode(200)
                .body("statements.size()", equalTo(1)).body("statements[0].result.duration", notNullValue());
        assertEquals(200, second.send("initialized", null));
        assertEquals(403, second.send("completed", null), "completed in Browse mode");
        assertEquals(200, second.send("terminated", null));
    }

    @Test
    @Order(11)
    @TestSecurity(user = "cmi5-teacher", roles = "teacher")
    void aTeacherWaivesTheReadingAndTheCourseIsSatisfied() {
        given().contentType(ContentType.JSON).body(Map.of("learnerId", learnerId, "packageId", packageId, "auIndex", 1, "reason", "Lazy"))
                .post("/api/v1/cmi5/waivers").then().statusCode(400).body("field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("learnerId", learnerId, "packageId", packageId, "auIndex", 1, "reason", "Administrative"))
                .post("/api/v1/cmi5/waivers").then().statusCode(200)
                .body("satisfied", equalTo(true))
                .body("items[0].state", equalTo("satisfied"))
                .body("items[0].children[1].state", equalTo("waived"));
    }

    @Test
    @Order(12)
    @TestSecurity(user = "cmi5-admin", roles = "admin")
    void theLmsStatementsAreInTheLrs() {
        List<String> verbs = given().header("X-Experience-API-Version", "1.0.3").queryParam("registration", registration)
                .queryParam("limit", 100).get("/xapi/statements").then().statusCode(200).extract().path("statements.verb.id");
        assertTrue(verbs.contains("https://w3id.org/xapi/adl/verbs/waived"), verbs.toString());
        assertEquals(2, verbs.stream().filter(v -> v.endsWith("/satisfied")).count(), "the block and the course, once each: " + verbs);
        given().header("X-Experience-API-Version", "1.0.3").queryParam("registration", registration)
                .queryParam("verb", "https://w3id.org/xapi/adl/verbs/waived").get("/xapi/statements").then().statusCode(200)
                .body("statements[0].result.extensions.'https://w3id.org/xapi/cmi5/result/extensions/reason'", equalTo("Administrative"))
                .body("statements[0].result.success", equalTo(true)).body("statements[0].result.completion", equalTo(true));
        given().header("X-Experience-API-Version", "1.0.3").queryParam("registration", registration)
                .queryParam("verb", "http://adlnet.gov/expapi/verbs/completed")
                .queryParam("activity", "http://localhost:8080/xapi/activities/packages/" + packageId + "/" + version)
                .get("/xapi/statements").then().statusCode(200).body("statements.size()", equalTo(1));
        // an admin launches on behalf of the learner: the satisfied registration is closed, a new one starts
        String next = given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "auIndex", 2, "learnerId", learnerId))
                .post("/api/v1/cmi5/launches").then().statusCode(201).extract().path("registration");
        assertNotEquals(registration, next);
    }

    @Test
    @Order(13)
    @TestSecurity(user = "cmi5-other", roles = "learner")
    void anotherLearnerSeesNothingOfTheRegistration() {
        given().get("/api/v1/cmi5/registrations/" + registration).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("learnerId", learnerId, "packageId", packageId, "auIndex", 1, "reason", "Administrative"))
                .post("/api/v1/cmi5/waivers").then().statusCode(403);
        // a session this learner leaves open, for the sweeper below
        otherRegistration = given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "auIndex", 0))
                .post("/api/v1/cmi5/launches").then().statusCode(201).extract().path("registration");
    }

    @Test
    @Order(14)
    void theTokenExpiresWithItsSession() {
        assertEquals(200, second.xapi().queryParam("registration", registration).get("/xapi/statements").statusCode());
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofHours(13)), Clock.class);
        assertEquals(401, second.xapi().queryParam("registration", registration).get("/xapi/statements").statusCode());
    }

    @Test
    @Order(15)
    @TestSecurity(user = "cmi5-learner", roles = "learner")
    void aLaunchSweepsSessionsLeftOpenPastTheirLife() {
        QuarkusMock.installMockForType(Clock.offset(Clock.systemUTC(), Duration.ofHours(13)), Clock.class);
        given().contentType(ContentType.JSON).body(Map.of("packageId", packageId, "auIndex", 1))
                .post("/api/v1/cmi5/launches").then().statusCode(201);
    }

    @Test
    @Order(16)
    @TestSecurity(user = "cmi5-admin", roles = "admin")
    void theSweptSessionIsAbandoned() {
        given().header("X-Experience-API-Version", "1.0.3").queryParam("registration", otherRegistration)
                .queryParam("verb", "https://w3id.org/xapi/adl/verbs/abandoned").get("/xapi/statements").then().statusCode(200)
                .body("statements.size()", equalTo(1)).body("statements[0].result.duration", equalTo("PT0S"));
    }

    @Test
    @Order(17)
    void twoLearnersLiveInTwoProvinces() {
        assertTrue(units.isWithin("28249", "82"));
        String elsewhere = units.children("01").stream().filter(UnitView::communeOrBelow).findFirst().orElseThrow().code();
        assertFalse(units.isWithin(elsewhere, "82"));
        inside = identities.provision("scope-inside", "scope-inside", "Lê Thị Trong", "28249", Set.of()).id();
        outside = identities.provision("scope-outside", "scope-outside", "Phạm Văn Ngoài", elsewhere, Set.of()).id();
    }

    @Test
    @Order(18)
    @TestSecurity(user = "scope-manager", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = "82"))
    void theProvincesManagerWaivesForTheirLearnerOnly() {
        insideRegistration = given().contentType(ContentType.JSON).body(waiver(inside))
                .post("/api/v1/cmi5/waivers").then().statusCode(200)
                .body("items[0].children[1].state", equalTo("waived")).extract().path("id");
        given().contentType(ContentType.JSON).body(waiver(outside))
                .post("/api/v1/cmi5/waivers").then().statusCode(403)
                .body("message", equalTo("Người học này không thuộc đơn vị bạn quản lý (hoặc đơn vị cấp dưới)."));
        given().get("/api/v1/cmi5/registrations/" + insideRegistration).then().statusCode(200)
                .body("learnerId", equalTo(inside.toString()));
    }

    @Test
    @Order(19)
    @TestSecurity(user = "scope-manager-elsewhere", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = "01"))
    void anotherProvincesManagerSeesNothingOfIt() {
        given().get("/api/v1/cmi5/registrations/" + insideRegistration).then().statusCode(403);
        given().contentType(ContentType.JSON).body(waiver(inside)).post("/api/v1/cmi5/waivers").then().statusCode(403);
    }

    private Map<String, Object> waiver(UUID learner) {
        return Map.of("learnerId", learner, "packageId", packageId, "auIndex", 1, "reason", "Tested Out");
    }
}
