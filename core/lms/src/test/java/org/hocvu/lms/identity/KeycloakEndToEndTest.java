package org.hocvu.lms.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hocvu.testkit.keycloak.Tokens;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Against the real Keycloak with the project's realm: tokens by password grant, as an app gets them. */
@QuarkusTest
@DisabledIfSystemProperty(named = KeycloakTestResource.SKIP_PROPERTY, matches = "skip")
class KeycloakEndToEndTest {

    private static String token(String user) {
        return Tokens.passwordGrant(KeycloakTestResource.realmUrl(), user, "hocvu");
    }

    @Test
    void demoLearnerReadsTheirProfileMadeFromTheToken() {
        given().auth().oauth2(token("learner")).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("learner"))
                .body("displayName", equalTo("Nguyễn Thị Lan"))
                .body("roles", hasItem("learner"))
                .body("roles", not(hasItem("admin")))
                .body("unit.code", equalTo("28249"))
                .body("unit.path[0].name", equalTo("Tỉnh Đồng Tháp"));
    }

    @Test
    void aProvinceManagerSeesTheUnitTheyAnswerForAndSavingTheirNameKeepsIt() {
        given().auth().oauth2(token("manager")).when().get("/api/v1/me")
                .then().statusCode(200).body("unit.code", equalTo("82"));
        given().auth().oauth2(token("manager")).contentType(ContentType.JSON)
                .body("{\"displayName\":\"Trần Văn Quản\",\"unitCode\":\"82\"}").when().put("/api/v1/me")
                .then().statusCode(200).body("unit.code", equalTo("82")).body("displayName", equalTo("Trần Văn Quản"));
        given().auth().oauth2(token("manager")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"80\"}").when().put("/api/v1/me").then().statusCode(400);
    }

    @Test
    void noTokenOrABadTokenIs401() {
        given().when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void learnerOnAnAdminEndpointIs403AndCampaignAdminIsLetIn() {
        String body = "{\"parentCode\":\"28249\",\"name\":\"Khu phố 3\",\"kind\":\"khu phố\"}";
        given().auth().oauth2(token("learner")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/units").then().statusCode(403).body("status", equalTo(403));
        given().auth().oauth2(token("campaign")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/units").then().statusCode(201);
    }
}
