package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hocvu.testkit.keycloak.Tokens;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Real Keycloak bearer tokens on /xapi, next to the Basic credentials. */
@QuarkusTest
@DisabledIfSystemProperty(named = KeycloakTestResource.SKIP_PROPERTY, matches = "skip")
class XapiKeycloakTest {

    @Test
    void aLearnerTokenWritesStatementsAboutTheLearnerAndNobodyElse() {
        String token = Tokens.passwordGrant(KeycloakTestResource.realmUrl(), "learner", "hocvu");
        String me = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        String statement = "{\"actor\":{\"account\":{\"homePage\":\"http://localhost:8080/\",\"name\":\"" + me + "\"}},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"http://example.org/kc\"}}";
        String id = given().auth().oauth2(token).header("X-Experience-API-Version", "1.0.3").contentType(ContentType.JSON)
                .body(statement).post("/xapi/statements").then().statusCode(200).extract().path("[0]");
        given().auth().oauth2(token).header("X-Experience-API-Version", "1.0.3").queryParam("statementId", id)
                .get("/xapi/statements").then().statusCode(200).body("actor.account.name", equalTo(me));
        given().auth().oauth2(token).header("X-Experience-API-Version", "1.0.3").contentType(ContentType.JSON)
                .body(statement.replace(me, "someone-else")).post("/xapi/statements").then().statusCode(403);
        given().auth().oauth2("not-a-token").header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements").then().statusCode(401);
    }
}
