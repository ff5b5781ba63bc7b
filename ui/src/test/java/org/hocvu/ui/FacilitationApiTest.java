package org.hocvu.ui;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.NewCredential;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.testkit.keycloak.Tokens;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The demo facilitator, signed in with Keycloak, records a session in the demo learner's commune and
 * their attendance through the assembled application; the LRS answers the one {@code attended}
 * statement, the facilitator as instructor — what the facilitators acceptance script looks for.
 */
@QuarkusTest
class FacilitationApiTest {
    private static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";

    @Inject
    CredentialService credentials;
    @Inject
    PeopleService people;
    @Inject
    Activities activities;

    @Test
    void aSessionsAttendanceIsOneAttendedStatementNamingTheFacilitator() {
        String token = Tokens.passwordGrant(KeycloakTestResource.realmUrl(), "facilitator", "hocvu");
        UUID learner = people.learner(people.account("learner").orElseThrow()).id();
        UUID session = UUID.randomUUID();
        String body = """
                {"unitCode":"28249","startsAt":"2026-11-20T02:00:00Z","place":"Nhà văn hóa khu phố 2",
                 "topic":{"kind":"skill","id":"%s"},"team":[]}""".formatted(firstSkill(token));
        String facilitator = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/facilitation/sessions/" + session).then().statusCode(200)
                .body("unitCode", equalTo("28249")).extract().path("facilitatorId");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).put("/api/v1/facilitation/sessions/" + session + "/attendees/" + learner)
                    .then().statusCode(200).body("statementId", notNullValue());
        }
        IssuedCredential reader = credentials.issue(new NewCredential("facilitation " + UUID.randomUUID(), List.of("all")));
        given().auth().preemptive().basic(reader.key(), reader.secret()).header("X-Experience-API-Version", "1.0.3")
                .queryParam("verb", ATTENDED).queryParam("activity", activities.session(session.toString(), null).id())
                .get("/xapi/statements").then().statusCode(200)
                .body("statements", hasSize(1))
                .body("statements[0].actor.account.name", equalTo(learner.toString()))
                .body("statements[0].object.id", endsWith("/xapi/activities/sessions/" + session))
                .body("statements[0].context.instructor.account.name", equalTo(facilitator));
    }

    private static String firstSkill(String token) {
        return given().auth().oauth2(token).get("/api/v1/facilitation/skills").then().statusCode(200)
                .extract().path("[0].pluginId") + "/"
                + given().auth().oauth2(token).get("/api/v1/facilitation/skills").then().extract().path("[0].skillId");
    }
}
