package org.hocvu.lms.facilitation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.hocvu.lms.campaign.LearnerAchievements;
import org.hocvu.lms.facilitation.FacilitationViews.VerificationInput;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hocvu.lms.facilitation.FacilitationFixtures.COMMUNE;
import static org.hocvu.lms.facilitation.FacilitationFixtures.person;
import static org.hocvu.lms.facilitation.FacilitationFixtures.post;
import static org.hocvu.lms.facilitation.FacilitationFixtures.put;
import static org.hocvu.lms.facilitation.FacilitationFixtures.session;
import static org.hocvu.lms.facilitation.FacilitationFixtures.verification;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People registered on the spot and their look-alikes, skills verified and withdrawn, what the campaign and the manager see. */
@QuarkusTest
class FacilitationPeopleTest {
    @Inject
    FacilitationFixtures fixtures;
    @Inject
    LearnerAchievements achievements;
    @Inject
    Verifications verifications;
    @Inject
    Facilitators facilitators;

    @Test
    @TestSecurity(user = "facil-p1", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aLookAlikeIsStoredAsAConflictAndMergingVoidsAndRecordsAgainForTheKeptPerson() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        put("/people/" + first, person("Nguyễn Văn Gộp", 1950, COMMUNE)).statusCode(200).body("conflict", nullValue());
        String conflict = put("/people/" + second, person("nguyen  van gop", 1950, COMMUNE)).statusCode(200)
                .body("learnerId", equalTo(second.toString())).body("conflict.candidates[0].learnerId", equalTo(first.toString()))
                .extract().path("conflict.id");
        put("/people/" + second, person("nguyen  van gop", 1950, COMMUNE)).statusCode(200).body("conflict.id", equalTo(conflict));
        put("/people/" + second, person("Nguyễn Văn Khác", 1950, COMMUNE)).statusCode(409);
        given().get("/api/v1/facilitation/conflicts").then().statusCode(200).body("id", hasItem(conflict));

        UUID session = UUID.randomUUID();
        put("/sessions/" + session, session(COMMUNE, "Nhà ông Gộp")).statusCode(200);
        String attendedOld = put("/sessions/" + session + "/attendees/" + second, "").statusCode(200).extract().path("statementId");
        UUID verification = UUID.randomUUID();
        String verifiedOld = put("/verifications/" + verification, verification(second)).statusCode(200).extract().path("statementId");

        post("/conflicts/" + conflict + "/merge", "{\"keep\":\"" + UUID.randomUUID() + "\"}").statusCode(400);
        post("/conflicts/" + conflict + "/merge", "{\"keep\":\"" + first + "\"}").statusCode(200)
                .body("status", equalTo("merged")).body("statementsMoved", equalTo(2));
        post("/conflicts/" + conflict + "/merge", "{\"keep\":\"" + first + "\"}").statusCode(409);

        assertEquals(1, fixtures.voidings(UUID.fromString(attendedOld)));
        assertEquals(1, fixtures.voidings(UUID.fromString(verifiedOld)));
        List<JsonNode> attended = fixtures.statements(Verb.ATTENDED.iri(), first);
        assertEquals(1, attended.size(), "recorded again once for the kept person");
        assertTrue(attended.get(0).path("context").has("instructor"));
        assertEquals(1, fixtures.statements(Verb.VERIFIED.iri(), first).size());
        assertTrue(fixtures.statements(Verb.ATTENDED.iri(), second).get(0).path("_voided").asBoolean());
        given().get("/api/v1/facilitation/conflicts").then().body("id", not(hasItem(conflict)));
        // the device sending its verification again after the merge finds it, now the kept person's: nothing new
        put("/verifications/" + verification, verification(second)).statusCode(200).body("learnerId", equalTo(first.toString()));
        assertEquals(1, fixtures.statements(Verb.VERIFIED.iri(), first).size());
    }

    @Test
    @TestSecurity(user = "facil-p2", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void twoPeopleWithOneNameStayTwoWhenSaidSo() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        put("/people/" + first, person("Trương Thị Hai", 1961, COMMUNE)).statusCode(200);
        String conflict = put("/people/" + second, person("Truong Thi Hai", 1961, COMMUNE)).statusCode(200)
                .extract().path("conflict.id");
        post("/conflicts/" + conflict + "/distinct", "").statusCode(200).body("status", equalTo("distinct"));
        given().get("/api/v1/facilitation/conflicts").then().body("id", not(hasItem(conflict)));
        List<JsonNode> registered = fixtures.statements(Verb.REGISTERED.iri(), second);
        assertEquals(1, registered.size());
        assertTrue(registered.get(0).path("context").has("instructor"));
        put("/people/" + UUID.randomUUID(), person("Trương Thị Hai", 1962, COMMUNE)).statusCode(200).body("conflict", nullValue());
    }

    @Test
    @TestSecurity(user = "facil-p3", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aVerifiedSkillCountsForTheCampaignAndAWithdrawalVoidsItButKeepsTheRow() {
        UUID person = UUID.randomUUID();
        put("/people/" + person, person("Lý Văn Kỹ", 1972, COMMUNE)).statusCode(200);
        UUID id = UUID.randomUUID();
        String statement = put("/verifications/" + id, verification(person)).statusCode(200)
                .body("withdrawal", nullValue()).extract().path("statementId");
        put("/verifications/" + id, verification(person)).statusCode(200).body("statementId", equalTo(statement));
        JsonNode verified = fixtures.statements(Verb.VERIFIED.iri(), person).get(0);
        assertTrue(verified.path("object").path("id").asText().endsWith("/xapi/activities/skills/testers/sets-two-factor"));
        assertTrue(verified.path("context").has("instructor"));
        fixtures.drain();
        assertTrue(achievements.achieved(List.of(person)).getOrDefault(person, Set.of()).contains("testers/secures-accounts"));
        given().get("/api/v1/facilitation/mine").then().statusCode(200)
                .body("people.find { it.learnerId == '" + person + "' }.missing.indicatorId", not(hasItem("testers/secures-accounts")))
                .body("people.find { it.learnerId == '" + person + "' }.missing.indicatorId", hasItem("testers/passed-standard-test"));

        post("/verifications/" + id + "/withdraw", "{}").statusCode(400).body("field", equalTo("reason"));
        post("/verifications/" + id + "/withdraw", "{\"reason\":\"Chưa tự làm được\"}").statusCode(200)
                .body("withdrawal.reason", equalTo("Chưa tự làm được")).body("withdrawal.voidingStatementId", notNullValue());
        post("/verifications/" + id + "/withdraw", "{\"reason\":\"Lần nữa\"}").statusCode(200)
                .body("withdrawal.reason", equalTo("Chưa tự làm được"));
        assertEquals(1, fixtures.voidings(UUID.fromString(statement)));
        fixtures.drain();
        assertFalse(achievements.achieved(List.of(person)).getOrDefault(person, Set.of()).contains("testers/secures-accounts"));
    }

    @Test
    @TestSecurity(user = "manager-p4", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void theManagerSeesEachFacilitatorAndABurstOfVerificationsIsFlagged() {
        UUID hasty = UUID.randomUUID();
        Facilitator f = new Facilitator(hasty, "Người Vội", COMMUNE, facilitators.path(COMMUNE), false);
        UUID learner = fixtures.learner("learner-p4", "Mai Văn Nhanh", COMMUNE);
        UUID last = null;
        for (int i = 0; i < 11; i++) {
            last = UUID.randomUUID();
            verifications.verify(f, last, new VerificationInput(learner, "testers", "sets-two-factor", null, null));
        }
        given().get("/api/v1/facilitation/overview").then().statusCode(200)
                .body("unitCode", equalTo(COMMUNE))
                .body("facilitators.find { it.facilitatorId == '" + hasty + "' }.skillsVerified", equalTo(11))
                .body("facilitators.find { it.facilitatorId == '" + hasty + "' }.flags[0].verifications", equalTo(11));
        given().queryParam("unit", "82").get("/api/v1/facilitation/overview").then().statusCode(403);
        fixtures.drain();
        int verified = given().queryParam("year", java.time.Year.now().getValue()).get("/api/v1/campaign/progress").then()
                .statusCode(200).extract().path("figures.find { it.group == 'testers' && it.indicator == 'secures-accounts' }.actual");
        assertTrue(verified >= 1, "the campaign counts the verified skill");
        post("/verifications/" + last + "/withdraw", "{\"reason\":\"Quá nhanh, cần kiểm tra lại\"}").statusCode(200)
                .body("withdrawal.by", notNullValue());
        given().get("/api/v1/facilitation/overview").then()
                .body("facilitators.find { it.facilitatorId == '" + hasty + "' }.skillsVerified", equalTo(10));
    }
}
