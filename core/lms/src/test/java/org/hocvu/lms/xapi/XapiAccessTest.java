package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hocvu.lms.xapi.XapiFixtures.as;

/** Who may do what: learners with a sign-in act only about themselves; admins manage credentials. */
@QuarkusTest
class XapiAccessTest {
    private static final String VERB = "http://adlnet.gov/expapi/verbs/completed";
    @Inject
    CredentialService credentials;

    @Test
    @TestSecurity(user = "xapi-learner", roles = "learner")
    void aLearnerWritesAndReadsOnlyAboutThemselves() {
        String me = given().get("/api/v1/me").then().statusCode(200).extract().path("id");
        String myAgent = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://localhost:8080/\",\"name\":\"" + me + "\"}}";
        String mine = "{\"actor\":" + myAgent + ",\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://example.org/own\"}}";
        given().header("X-Experience-API-Version", "1.0.3").contentType(ContentType.JSON).body(mine)
                .post("/xapi/statements").then().statusCode(200);
        given().header("X-Experience-API-Version", "1.0.3").contentType(ContentType.JSON)
                .body(XapiFixtures.statement(null, "someone-else@example.org", VERB, "http://example.org/other"))
                .post("/xapi/statements").then().statusCode(403);

        IssuedCredential all = XapiFixtures.credential(credentials, "all");
        as(all).contentType(ContentType.JSON).body(XapiFixtures.statement(null, UUID.randomUUID() + "@example.org", VERB,
                "http://example.org/other")).post("/xapi/statements").then().statusCode(200);
        given().header("X-Experience-API-Version", "1.0.3").get("/xapi/statements").then().statusCode(200)
                .body("statements", hasSize(1)).body("statements[0].actor.account.name", equalTo(me))
                .body("statements[0].authority.account.name", equalTo(me));
        given().header("X-Experience-API-Version", "1.0.3").queryParam("activityId", "http://example.org/own")
                .queryParam("agent", "{\"mbox\":\"mailto:someone-else@example.org\"}").queryParam("stateId", "s")
                .get("/xapi/activities/state").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "xapi-admin", roles = "admin")
    void adminsIssueListAndRevokeCredentials() {
        String id = given().contentType(ContentType.JSON).body("{\"name\":\"Nội dung đối tác\",\"scopes\":[\"statements/write\"]}")
                .post("/api/v1/lrs/credentials").then().statusCode(201)
                .body("key", notNullValue()).body("secret", notNullValue()).extract().path("id");
        given().get("/api/v1/lrs/credentials").then().statusCode(200).body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.secret", org.hamcrest.Matchers.nullValue());
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"scopes\":[\"everything\"]}")
                .post("/api/v1/lrs/credentials").then().statusCode(400);
        given().delete("/api/v1/lrs/credentials/" + id).then().statusCode(204);
        given().get("/api/v1/lrs/credentials").then().body("find { it.id == '" + id + "' }.revokedAt", notNullValue());
    }

    @Test
    void revokedCredentialsStopWorking() {
        IssuedCredential c = XapiFixtures.credential(credentials, "all");
        as(c).get("/xapi/statements").then().statusCode(200);
        credentials.revoke(c.id());
        as(c).get("/xapi/statements").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "xapi-learner-2", roles = "learner")
    void learnersCannotManageCredentials() {
        given().get("/api/v1/lrs/credentials").then().statusCode(403);
    }

    @Test
    void nobodyAnonymousReadsOrWritesButEveryoneMayAskAbout() {
        String statement = "{\"actor\":{\"mbox\":\"mailto:anon@example.org\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                + "\"object\":{\"id\":\"http://example.org/anon\"}}";
        given().header("X-Experience-API-Version", "1.0.3").get("/xapi/statements")
                .then().statusCode(401).header("WWW-Authenticate", notNullValue());
        given().header("X-Experience-API-Version", "1.0.3").contentType(ContentType.JSON).body(statement)
                .post("/xapi/statements").then().statusCode(401);
        given().header("X-Experience-API-Version", "1.0.3")
                .queryParam("activityId", "http://example.org/anon").queryParam("agent", "{\"mbox\":\"mailto:anon@example.org\"}")
                .get("/xapi/activities/state").then().statusCode(401);
        given().header("X-Experience-API-Version", "1.0.3").auth().preemptive().basic("no-such-key", "wrong")
                .get("/xapi/statements").then().statusCode(401);
        given().get("/xapi/about").then().statusCode(200).body("version", hasItem("1.0.3"));
        // a method the specification does not define is 405 whoever asks (Communication 3.2)
        given().header("X-Experience-API-Version", "1.0.3").queryParam("statementId", UUID.randomUUID().toString())
                .delete("/xapi/statements").then().statusCode(405);
        given().header("X-Experience-API-Version", "1.0.3").delete("/xapi/activities").then().statusCode(405);
    }
}
