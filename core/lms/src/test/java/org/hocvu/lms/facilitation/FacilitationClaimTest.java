package org.hocvu.lms.facilitation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.identity.LearnerDirectory;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.hocvu.testkit.keycloak.Tokens;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hocvu.lms.facilitation.FacilitationFixtures.COMMUNE;
import static org.hocvu.lms.facilitation.FacilitationFixtures.person;
import static org.hocvu.lms.facilitation.FacilitationFixtures.post;
import static org.hocvu.lms.facilitation.FacilitationFixtures.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person registered with help claims an account with a one-time code, and that account signs in to Keycloak. */
@QuarkusTest
@DisabledIfSystemProperty(named = KeycloakTestResource.SKIP_PROPERTY, matches = "skip")
class FacilitationClaimTest {
    @Inject
    LearnerDirectory directory;
    @Inject
    FacilitationFixtures fixtures;
    @Inject
    DemoFacilitation demo;
    @Inject
    PeopleService people;

    @Test
    void theDemoFacilitatorsWorkIsInTheLrsOnceWithTheFacilitatorAsInstructor() {
        UUID learner = people.learner(people.account("learner").orElseThrow()).id();
        UUID facilitator = people.learner(people.account("facilitator").orElseThrow()).id();
        List<JsonNode> attended = fixtures.statements(Verb.ATTENDED.iri(), learner);
        assertEquals(2, attended.size(), "seeded at start: two sessions");
        attended.forEach(s -> assertEquals(facilitator.toString(), s.path("context").path("instructor").path("account").path("name").asText()));
        assertFalse(fixtures.statements(Verb.VERIFIED.iri(), learner).isEmpty());
        demo.seed();
        assertEquals(2, fixtures.statements(Verb.ATTENDED.iri(), learner).size(), "a second start adds nothing");
    }

    @Test
    @TestSecurity(user = "facil-c1", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void theClaimedAccountKeepsTheLearnerIdAndSignsIn() {
        UUID person = UUID.randomUUID();
        put("/people/" + person, person("Cao Thị Nhận", 1958, COMMUNE)).statusCode(200);
        String first = post("/people/" + person + "/claim-code", "").statusCode(200)
                .body("code", matchesPattern("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}")).extract().path("code");
        String code = post("/people/" + person + "/claim-code", "").statusCode(200).extract().path("code");
        String username = "nhan-" + person.toString().substring(0, 8);
        String claim = "{\"code\":\"%s\",\"username\":\"" + username + "\",\"password\":\"Mat-khau-2026\"}";

        post("/claim", claim.formatted(first)).statusCode(400).body("field", equalTo("code"));
        post("/claim", claim.formatted(code).replace("Mat-khau-2026", "short")).statusCode(400).body("field", equalTo("password"));
        assertTrue(directory.unclaimed(person));
        post("/claim", claim.formatted(code.toLowerCase())).statusCode(200).body("learnerId", equalTo(person.toString()));
        post("/claim", claim.formatted(code)).statusCode(400);
        post("/people/" + person + "/claim-code", "").statusCode(409);
        assertFalse(directory.unclaimed(person));

        String token = Tokens.passwordGrant(KeycloakTestResource.realmUrl(), username, "Mat-khau-2026");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertTrue(payload.contains("\"unit\":\"" + COMMUNE + "\""), payload);
    }
}
