package org.hocvu.lms.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Campaign admins keep the units they added below a commune: rename, move (with what is below), close. */
@QuarkusTest
class UnitEditingTest {

    private static String add(String parent, String name, String kind) {
        return given().contentType(ContentType.JSON)
                .body("{\"parentCode\":\"" + parent + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}")
                .when().post("/api/v1/units").then().statusCode(201).extract().path("code");
    }

    private static io.restassured.response.ValidatableResponse patch(String code, String json) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en").body(json)
                .when().patch("/api/v1/units/" + code).then();
    }

    @Test
    @TestSecurity(user = "thao", roles = "campaign-admin")
    void aHamletIsRenamedAndMovedWithWhatIsBelowIt() {
        String hamlet = add("28249", "Ấp Hòa Bình", "ấp");
        String group = add(hamlet, "Tổ 1 Hòa Bình", "tổ");
        patch(hamlet, "{\"name\":\"Ấp Hòa Bình Mới\"}").statusCode(200).body("name", equalTo("Ấp Hòa Bình Mới"));
        given().queryParam("q", "to 1 hoa binh, hoa binh moi").when().get("/api/v1/units/search")
                .then().statusCode(200).body("items[0].code", equalTo(group));

        patch(hamlet, "{\"parentCode\":\"28261\"}").statusCode(200)
                .body("parentCode", equalTo("28261")).body("path.code", equalTo(List.of("82", "28261", hamlet)));
        given().when().get("/api/v1/units/" + group).then().statusCode(200)
                .body("depth", equalTo(4)).body("path.code", equalTo(List.of("82", "28261", hamlet, group)));
    }

    @Test
    @TestSecurity(user = "thao", roles = "campaign-admin")
    void refusedChangesSayWhyAndChangeNothing() {
        String hamlet = add("28249", "Ấp Phú Lợi", "ấp");
        String group = add(hamlet, "Tổ 2 Phú Lợi", "tổ");
        patch(hamlet, "{\"parentCode\":\"" + group + "\"}").statusCode(400)
                .body("field", equalTo("parentCode")).body("message", containsString("inside"));
        patch(hamlet, "{\"parentCode\":\"82\"}").statusCode(400).body("field", equalTo("parentCode"));
        patch(hamlet, "{\"name\":\"  \"}").statusCode(400).body("field", equalTo("name"));
        patch("28249", "{\"name\":\"Phường Mới\"}").statusCode(400).body("message", containsString("official"));
        patch("nope", "{\"name\":\"X\"}").statusCode(404);
        given().when().get("/api/v1/units/" + hamlet).then().body("name", equalTo("Ấp Phú Lợi"))
                .body("parentCode", equalTo("28249"));
    }

    @Test
    @TestSecurity(user = "thao", roles = "campaign-admin")
    void aClosedUnitKeepsItsHistoryAndLeavesSearch() {
        String hamlet = add("28249", "Ấp Đóng Cửa", "ấp");
        String group = add(hamlet, "Tổ Đóng Cửa", "tổ");
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"" + group + "\"}").when().put("/api/v1/me")
                .then().statusCode(200);
        given().header("Accept-Language", "en").when().post("/api/v1/units/" + hamlet + "/close")
                .then().statusCode(409).body("message", containsString("1 open unit remains below it. Close or move it first."));
        given().when().post("/api/v1/units/" + group + "/close").then().statusCode(200).body("closedAt", notNullValue());
        given().when().post("/api/v1/units/" + hamlet + "/close").then().statusCode(200);
        given().when().get("/api/v1/units/" + hamlet).then().statusCode(200).body("closedAt", notNullValue());
        given().queryParam("q", "ap dong cua").when().get("/api/v1/units/search")
                .then().statusCode(200).body("items.code", not(hasItem(hamlet)));
        patch(hamlet, "{\"name\":\"Ấp Mở Lại\"}").statusCode(409);
        // nobody new chooses a closed unit; who is in one keeps it and can still change their name
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"" + hamlet + "\"}").when().put("/api/v1/me")
                .then().statusCode(400).body("field", equalTo("unitCode"));
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"" + group + "\",\"displayName\":\"Lê Thảo\"}")
                .when().put("/api/v1/me").then().statusCode(200).body("unit.code", equalTo(group));
        given().contentType(ContentType.JSON).body("{\"parentCode\":\"" + hamlet + "\",\"name\":\"X\",\"kind\":\"tổ\"}")
                .when().post("/api/v1/units").then().statusCode(400).body("field", equalTo("parentCode"));
    }

    @Test
    @TestSecurity(user = "lan", roles = "learner")
    void learnersChangeNoUnit() {
        patch("28249", "{\"name\":\"X\"}").statusCode(403);
        given().when().post("/api/v1/units/28249/close").then().statusCode(403);
    }
}
