package org.hocvu.ui;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.NewCredential;
import org.hocvu.testkit.keycloak.Tokens;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Writes through the JSON API and the LRS in the application as it is assembled and run, with
 * everything the pages add (CSRF protection among them) — the engine's own tests cannot see that.
 */
@QuarkusTest
class AssembledApiTest {
    @Inject
    CredentialService credentials;

    @Test
    void aSignedInPersonChangesTheirProfileThroughTheJsonApi() {
        // not the demo learner: the browser journey expects that account's unit as Keycloak gives it
        String token = Tokens.passwordGrant(KeycloakTestResource.realmUrl(), "teacher", "hocvu");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"unitCode\":\"28261\"}")
                .when().put("/api/v1/me")
                .then().statusCode(200).body("unit.code", equalTo("28261"));
    }

    @Test
    void externalContentWritesStatementsAndStateToTheLrs() {
        IssuedCredential key = credentials.issue(new NewCredential("assembled " + UUID.randomUUID(), List.of("all")));
        String activity = "http://example.org/lesson/" + UUID.randomUUID();
        String statement = "{\"actor\":{\"mbox\":\"mailto:learner@example.org\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                + "\"object\":{\"id\":\"" + activity + "\"}}";
        lrs(key).contentType(ContentType.JSON).body(statement).post("/xapi/statements")
                .then().statusCode(200).body("$", hasSize(1));
        String agent = "{\"mbox\":\"mailto:learner@example.org\"}";
        lrs(key).contentType(ContentType.JSON).body("{\"page\":3}")
                .queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "bookmark")
                .put("/xapi/activities/state").then().statusCode(204);
        lrs(key).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "bookmark")
                .delete("/xapi/activities/state").then().statusCode(204);
    }


    @Test
    void theLrsAlternateRequestSyntaxIsAFormPostThatPassesThePagesCsrfCheck() {
        IssuedCredential key = credentials.issue(new NewCredential("alternate " + UUID.randomUUID(), List.of("all")));
        String id = UUID.randomUUID().toString();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((key.key() + ":" + key.secret()).getBytes());
        String statement = "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:alt@example.org\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                + "\"object\":{\"id\":\"http://example.org/alt\"}}";
        given().contentType("application/x-www-form-urlencoded").queryParam("method", "PUT")
                .formParam("statementId", id).formParam("Authorization", auth)
                .formParam("X-Experience-API-Version", "1.0.3").formParam("Content-Type", "application/json")
                .formParam("content", statement)
                .post("/xapi/statements").then().statusCode(204);
        lrs(key).queryParam("statementId", id).get("/xapi/statements").then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void everyResponseHasAnImfFixdate() {
        String imfFixdate = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";
        given().get("/").then().header("Date", matchesPattern(imfFixdate));
        given().get("/xapi/about").then().statusCode(200).header("Date", matchesPattern(imfFixdate));
    }

    @Test
    void theLrsRefusesStatementsSentAsFormDataWith400() {
        IssuedCredential key = credentials.issue(new NewCredential("form " + UUID.randomUUID(), List.of("all")));
        lrs(key).multiPart("statement", "{\"actor\":{}}", "application/json").post("/xapi/statements")
                .then().statusCode(400).body("error", equalTo(400));
        lrs(key).multiPart("statement", "x".repeat(20_000)).post("/xapi/statements")
                .then().statusCode(400).body("error", equalTo(400));
    }

    private static io.restassured.specification.RequestSpecification lrs(IssuedCredential key) {
        return given().auth().preemptive().basic(key.key(), key.secret()).header("X-Experience-API-Version", "1.0.3");
    }

    /** A multipart upload is a form body: the pages' CSRF check must not refuse the bearer-authenticated API (it once did, with an empty 400). */
    @Test
    void aPartnerUploadsALessonPackageThroughTheJsonApi() {
        String token = Tokens.passwordGrant(KeycloakTestResource.realmUrl(), "partner", "hocvu");
        String id = org.hocvu.ui.content.LessonPackages.newId("assembled");
        given().auth().oauth2(token).cookie("csrf-token", "a-page-held-cookie-that-must-not-count")
                .multiPart("file", org.hocvu.ui.content.LessonPackages.valid(id).toFile(), "application/zip")
                .post("/api/v1/packages")
                .then().statusCode(201).body("packageId", equalTo(id));
        given().multiPart("file", org.hocvu.ui.content.LessonPackages.valid(id).toFile(), "application/zip")
                .post("/api/v1/packages").then().statusCode(401);
    }
}
