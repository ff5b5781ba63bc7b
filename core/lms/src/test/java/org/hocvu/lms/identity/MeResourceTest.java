package org.hocvu.lms.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MeResourceTest {

    @Test
    @TestSecurity(user = "first-timer", roles = "learner")
    void firstSignInCreatesTheProfileOnce() {
        String id = given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("id", notNullValue())
                .body("username", equalTo("first-timer"))
                .body("roles", hasItem("learner"))
                .body("unit", nullValue())
                .extract().path("id");
        given().when().get("/api/v1/me").then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    @TestSecurity(user = "chooser", roles = "learner")
    void aLearnerSetsUnitAndGroupsAndTheyAreKept() {
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"28249\",\"targetGroups\":[\"testers\"],\"displayName\":\"Chị Lan\"}")
                .when().put("/api/v1/me")
                .then().statusCode(200)
                .body("unit.code", equalTo("28249"))
                .body("unit.path[0].code", equalTo("82"))
                .body("targetGroups", equalTo(java.util.List.of("testers")))
                .body("displayName", equalTo("Chị Lan"));
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("unit.name", equalTo("Phường Đạo Thạnh"))
                .body("targetGroups", equalTo(java.util.List.of("testers")));
    }

    @Test
    @TestSecurity(user = "careless", roles = "learner")
    void invalidChangesAreRefusedAndLoseNothing() {
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"28261\"}")
                .when().put("/api/v1/me").then().statusCode(200);

        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"unitCode\":\"00000-nope\"}")
                .when().put("/api/v1/me")
                .then().statusCode(400)
                .body("field", equalTo("unitCode"))
                .body("message", containsString("no administrative unit"));

        // a valid unit with an unknown group: the whole change is refused, the old unit stays
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"28249\",\"targetGroups\":[\"astronauts\"]}")
                .when().put("/api/v1/me")
                .then().statusCode(400)
                .body("field", equalTo("targetGroups"))
                .body("message", containsString("astronauts"))
                .body("message", containsString("testers"));

        given().when().get("/api/v1/me").then().statusCode(200).body("unit.code", equalTo("28261"));

        given().contentType(ContentType.JSON).body("{\"displayName\":\"   \"}")
                .when().put("/api/v1/me").then().statusCode(400).body("field", equalTo("displayName"))
                .body("message", equalTo("Hãy nhập họ và tên của bạn, ví dụ: Nguyễn Thị Lan."));

        // a whole province is not where a learner belongs: a commune, ward or special zone is
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"unitCode\":\"82\"}")
                .when().put("/api/v1/me").then().statusCode(400).body("field", equalTo("unitCode"))
                .body("message", containsString("whole province"));
        given().when().get("/api/v1/me").then().statusCode(200).body("unit.code", equalTo("28261"));
    }

    @Test
    void anonymousGets401AsJson() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("message", equalTo("Bạn cần đăng nhập để dùng chức năng này."));
    }
}
