package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.hocvu.lms.facilitation.FacilitationViews.SessionInput;
import org.hocvu.lms.facilitation.FacilitationViews.TopicRef;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hocvu.lms.facilitation.FacilitationFixtures.COMMUNE;
import static org.hocvu.lms.facilitation.FacilitationFixtures.OUTSIDE;
import static org.hocvu.lms.facilitation.FacilitationFixtures.person;
import static org.hocvu.lms.facilitation.FacilitationFixtures.post;
import static org.hocvu.lms.facilitation.FacilitationFixtures.put;
import static org.hocvu.lms.facilitation.FacilitationFixtures.session;
import static org.hocvu.lms.facilitation.FacilitationFixtures.verification;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions and attendance recorded once under the device's ids, each attendance one statement; the unit's bounds. */
@QuarkusTest
class FacilitationSessionsTest {
    @Inject
    FacilitationFixtures fixtures;
    @Inject
    Sessions sessions;
    @Inject
    Facilitators facilitators;

    @Test
    @TestSecurity(user = "facil-s1", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aSessionIsRecordedOnceAndEachAttendanceIsOneStatementNamingInstructorAndTeam() {
        UUID teamMate = fixtures.learner("team-s1", "Trần Văn Tổ", COMMUNE);
        UUID learner = fixtures.learner("learner-s1", "Lê Thị Học", COMMUNE);
        UUID id = UUID.randomUUID();
        String body = session(COMMUNE, "Nhà văn hóa ấp 1", "team-s1");
        String recordedAt = put("/sessions/" + id, body).statusCode(200).body("id", equalTo(id.toString()))
                .body("team", hasItem("team-s1")).body("unitName", equalTo("Xã Hưng Thạnh")).extract().path("recordedAt");
        put("/sessions/" + id, body).statusCode(200).body("recordedAt", equalTo(recordedAt)).body("place", equalTo("Nhà văn hóa ấp 1"));
        String facilitator = put("/sessions/" + id, session(COMMUNE, "Nhà văn hóa ấp 2", "team-s1")).statusCode(200)
                .body("place", equalTo("Nhà văn hóa ấp 2")).extract().path("facilitatorId");

        String statementId = put("/sessions/" + id + "/attendees/" + learner, "").statusCode(200)
                .body("learnerId", equalTo(learner.toString())).extract().path("statementId");
        put("/sessions/" + id + "/attendees/" + learner, "").statusCode(200).body("statementId", equalTo(statementId));
        put("/sessions/" + id, session(COMMUNE, "Nhà văn hóa ấp 2", "team-s1")).statusCode(200).body("attendees", equalTo(1));

        List<JsonNode> attended = fixtures.statements(Verb.ATTENDED.iri(), learner);
        assertEquals(1, attended.size(), "one statement however often it is sent");
        JsonNode s = attended.get(0);
        assertEquals(statementId, s.path("id").asText());
        assertTrue(s.path("object").path("id").asText().endsWith("/xapi/activities/sessions/" + id));
        assertEquals(facilitator, s.path("context").path("instructor").path("account").path("name").asText());
        assertEquals("Group", s.path("context").path("team").path("objectType").asText());
        List<String> members = new ArrayList<>();
        s.path("context").path("team").path("member").forEach(m -> members.add(m.path("account").path("name").asText()));
        assertEquals(List.of(facilitator, teamMate.toString()), members);
        assertTrue(s.path("context").path("registration").isMissingNode(), "no registration: a session is no enrolment");
    }

    @Test
    @TestSecurity(user = "facil-s2", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void anotherFacilitatorsSessionIdIsAConflictAndTheUnitsBoundsHold() {
        UUID someoneElse = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        sessions.put(new Facilitator(someoneElse, "Người khác", COMMUNE, facilitators.path(COMMUNE), false), theirs,
                new SessionInput(COMMUNE, Instant.parse("2026-11-21T02:00:00Z"), null, "Hội trường xã",
                        new TopicRef("skill", "testers/sets-two-factor"), List.of(), null));
        put("/sessions/" + theirs, session(COMMUNE, "Hội trường xã")).statusCode(409);

        given().header("Accept-Language", "en").contentType("application/json").body(session(OUTSIDE, "Ấp bên"))
                .put("/api/v1/facilitation/sessions/" + UUID.randomUUID()).then().statusCode(403)
                .body("message", containsString(OUTSIDE)).body("field", equalTo("unitCode"));
        UUID neighbour = fixtures.learner("neighbour-s2", "Phạm Văn Bên", OUTSIDE);
        UUID mine = UUID.randomUUID();
        put("/sessions/" + mine, session(COMMUNE, "Hội trường xã")).statusCode(200);
        put("/sessions/" + mine + "/attendees/" + neighbour, "").statusCode(403);
        put("/verifications/" + UUID.randomUUID(), verification(neighbour)).statusCode(403);
        put("/people/" + UUID.randomUUID(), person("Võ Văn Ngoài", 1970, OUTSIDE)).statusCode(403);
        given().queryParam("unit", OUTSIDE).get("/api/v1/facilitation/roster").then().statusCode(403);
        given().queryParam("unit", "82").get("/api/v1/facilitation/roster").then().statusCode(403);
        assertTrue(fixtures.statements(Verb.ATTENDED.iri(), neighbour).isEmpty());
    }

    @Test
    @TestSecurity(user = "facil-s3", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void limitsAreCheckedBeforeTheDatabaseWithKeyedMessages() {
        String id = "/sessions/" + UUID.randomUUID();
        put(id, session(COMMUNE, "x".repeat(201))).statusCode(400).body("field", equalTo("place"));
        put(id, session(COMMUNE, "Ấp 1").replace("Mang theo điện thoại", "n".repeat(2001))).statusCode(400)
                .body("field", equalTo("notes"));
        put(id, session(COMMUNE, "Ấp 1").replace("testers/sets-two-factor", "testers/flies")).statusCode(400)
                .body("field", equalTo("topic.id"));
        put(id, session(COMMUNE, "Ấp 1", "nobody-like-this")).statusCode(400).body("field", equalTo("team"));
        put(id, session(COMMUNE, "Ấp 1").replace("2026-11-20T04", "2026-11-19T04")).statusCode(400).body("field", equalTo("endsAt"));
        put(id, "{").statusCode(400);
        put("/sessions/not-a-uuid", session(COMMUNE, "Ấp 1")).statusCode(400).body("field", equalTo("id"));
        String people = "/people/" + UUID.randomUUID();
        put(people, person("N".repeat(201), 1960, COMMUNE)).statusCode(400).body("field", equalTo("fullName"));
        put(people, person("Nguyễn Văn Già", 1899, COMMUNE)).statusCode(400).body("field", equalTo("birthYear"));
        put(people, person("Nguyễn Văn Trẻ", 2999, COMMUNE)).statusCode(400).body("field", equalTo("birthYear"));
        put(people, person("Nguyễn Văn Im", 1960, COMMUNE).replace("\"readAloud\":true", "\"readAloud\":false"))
                .statusCode(400).body("field", equalTo("consent"));
        given().header("Accept-Language", "en").contentType("application/json")
                .body(person("Nguyễn Văn Im", 1960, COMMUNE).replace("testers", "astronauts"))
                .put("/api/v1/facilitation" + people).then().statusCode(400).body("message", containsString("astronauts"));
        given().queryParam("birthYear", "soon").get("/api/v1/facilitation/roster").then().statusCode(400);
        given().queryParam("q", "q".repeat(101)).get("/api/v1/facilitation/roster").then().statusCode(400);
        String op = "{\"kind\":\"session\",\"id\":\"" + UUID.randomUUID() + "\",\"body\":{}}";
        post("/sync", "{\"operations\":[" + String.join(",", java.util.Collections.nCopies(501, op)) + "]}")
                .statusCode(400).body("field", equalTo("operations"));
        put("/verifications/" + UUID.randomUUID(), verification(UUID.randomUUID()).replace("Tự bật được", "n".repeat(2001)))
                .statusCode(400).body("field", equalTo("note"));
        assertFalse(fixtures.statements(Verb.REGISTERED.iri(), UUID.randomUUID()).iterator().hasNext());
    }

    @Test
    @TestSecurity(user = "facil-s4", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void theRosterFindsPeopleWithoutAccentsAndByBirthYearAndTheDeviceGetsItWhole() {
        UUID person = UUID.randomUUID();
        put("/people/" + person, person("Đặng Thị Roster", 1948, COMMUNE)).statusCode(200).body("learnerId", equalTo(person.toString()));
        given().queryParam("q", "dang thi roster").get("/api/v1/facilitation/roster").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(person.toString()))
                .body("items[0].fullName", equalTo("Đặng Thị Roster")).body("items[0].birthYear", equalTo(1948))
                .body("items[0].unitName", equalTo("Xã Hưng Thạnh")).body("items[0].groups", hasItem("testers"));
        given().queryParam("q", "ROSTER").queryParam("birthYear", "1949").get("/api/v1/facilitation/roster").then()
                .statusCode(200).body("items", hasSize(0));
        given().queryParam("size", "201").get("/api/v1/facilitation/roster").then().statusCode(400);
        given().get("/api/v1/facilitation/roster/export").then().statusCode(200)
                .body("learners.id", hasItem(person.toString())).body("learners.unitCode", everyItem(equalTo(COMMUNE)));
        given().get("/api/v1/facilitation/skills").then().statusCode(200)
                .body("find { it.skillId == 'sets-two-factor' }.name", equalTo("Bật xác thực hai lớp"))
                .body("find { it.skillId == 'sets-two-factor' }.activityId", endsWith("/xapi/activities/skills/testers/sets-two-factor"));
        given().get("/api/v1/facilitation/topics").then().statusCode(200).body("kind", hasItem("course")).body("kind", hasItem("skill"));
    }

    @Test
    @TestSecurity(user = "facil-s5", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void anOfflineBatchIsAppliedInOrderAndItsResendCreatesNothing() {
        UUID session = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID verification = UUID.randomUUID();
        String batch = """
                {"operations":[
                 {"kind":"session","id":"%1$s","body":%4$s},
                 {"kind":"registration","id":"%2$s","body":%5$s},
                 {"kind":"attendance","id":"%1$s/%2$s","body":{"sessionId":"%1$s","learnerId":"%2$s"}},
                 {"kind":"verification","id":"%3$s","body":%6$s},
                 {"kind":"attendance","id":"x","body":{"sessionId":"%1$s"}},
                 {"kind":"teleport","id":"y","body":{}}]}"""
                .formatted(session, person, verification, session(COMMUNE, "Sân đình"), person("Hồ Văn Sync", 1955, COMMUNE),
                        verification(person));
        post("/sync", batch).statusCode(200)
                .body("results.status", equalTo(List.of("applied", "applied", "applied", "applied", "rejected", "rejected")));
        post("/sync", batch).statusCode(200)
                .body("results.status", equalTo(List.of("duplicate", "duplicate", "duplicate", "duplicate", "rejected", "rejected")));
        assertEquals(1, fixtures.statements(Verb.ATTENDED.iri(), person).size());
        assertEquals(1, fixtures.statements(Verb.VERIFIED.iri(), person).size());
        assertEquals(1, fixtures.statements(Verb.REGISTERED.iri(), person).size());
        String withdraw = "{\"operations\":[{\"kind\":\"withdrawal\",\"id\":\"%s\",\"body\":{\"reason\":\"Nhầm người\"}}]}"
                .formatted(verification);
        post("/sync", withdraw).statusCode(200).body("results[0].status", equalTo("applied"));
        post("/sync", withdraw).statusCode(200).body("results[0].status", equalTo("duplicate"));
    }

    @Test
    @TestSecurity(user = "facil-s6", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void theDeviceKeyIsTheSameUntilItExpiresAndNobodyElsesIsGiven() {
        String keyId = given().get("/api/v1/facilitation/device-key").then().statusCode(200).extract().path("keyId");
        String key = given().get("/api/v1/facilitation/device-key").then().statusCode(200)
                .body("keyId", equalTo(keyId)).extract().path("key");
        assertEquals(32, java.util.Base64.getDecoder().decode(key).length, "AES-256");
        given().get("/api/v1/facilitation/device-key/" + keyId).then().statusCode(200).body("key", equalTo(key));
        given().get("/api/v1/facilitation/device-key/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "learner-s7", roles = "learner")
    void learnersMayNotUseTheFacilitationApi() {
        given().get("/api/v1/facilitation/roster").then().statusCode(403);
        put("/sessions/" + UUID.randomUUID(), session(COMMUNE, "Ấp")).statusCode(403);
        given().get("/api/v1/facilitation/overview").then().statusCode(403);
    }
}
