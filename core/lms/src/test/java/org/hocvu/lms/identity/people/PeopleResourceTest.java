package org.hocvu.lms.identity.people;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** People and their roles, read from and changed in the real Keycloak through its admin API. */
@QuarkusTest
@DisabledIfSystemProperty(named = KeycloakTestResource.SKIP_PROPERTY, matches = "skip")
class PeopleResourceTest {

    private static String idOf(String username) {
        return given().queryParam("q", username).when().get("/api/v1/people")
                .then().statusCode(200).extract().path("items.find { it.username == '" + username + "' }.id");
    }

    @Test
    @TestSecurity(user = "people-admin", roles = "admin")
    void anAdminFindsPeoplePagedWithNamesFamilyNameFirst() {
        given().queryParam("size", 2).when().get("/api/v1/people")
                .then().statusCode(200).body("items", hasSize(2)).body("total", greaterThanOrEqualTo(8));
        given().queryParam("q", "learner").when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.find { it.username == 'learner' }.name", equalTo("Nguyễn Thị Lan"))
                .body("items.find { it.username == 'learner' }.roles", hasItem("learner"));
    }

    @Test
    @TestSecurity(user = "people-admin", roles = "admin")
    void rolesAreChangedInKeycloak() {
        String reviewer = idOf("reviewer");
        given().contentType(ContentType.JSON).body("{\"roles\":[\"reviewer\",\"facilitator\"]}")
                .when().put("/api/v1/people/" + reviewer + "/roles")
                .then().statusCode(200).body("roles", hasItem("facilitator")).body("roles", hasItem("reviewer"));
        given().when().get("/api/v1/people/" + reviewer).then().body("roles", hasItem("facilitator"));
        given().contentType(ContentType.JSON).body("{\"roles\":[\"reviewer\"]}")
                .when().put("/api/v1/people/" + reviewer + "/roles")
                .then().statusCode(200).body("roles", not(hasItem("facilitator")));

        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"roles\":[\"astronaut\"]}")
                .when().put("/api/v1/people/" + reviewer + "/roles")
                .then().statusCode(400).body("field", equalTo("roles")).body("message", containsString("astronaut"));
        given().when().get("/api/v1/people/no-such-id").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "someone", roles = "campaign-admin")
    void onlyAdminsSeePeople() {
        given().when().get("/api/v1/people").then().statusCode(403);
    }
}
