package org.hocvu.lms.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class UnitResourceTest {

    @Test
    void rootListsThe34ProvincesAndCities() {
        given().when().get("/api/v1/units")
                .then().statusCode(200)
                .body("$", hasSize(34))
                .body("depth", everyItem(equalTo(1)))
                .body("name", hasItem("Tỉnh Đồng Tháp"));
    }

    @Test
    void dongThapHas102CommunesAndWards() {
        given().queryParam("parent", "82").when().get("/api/v1/units")
                .then().statusCode(200)
                .body("$", hasSize(102))
                .body("parentCode", everyItem(equalTo("82")))
                .body("depth", everyItem(equalTo(2)));
    }

    @Test
    void aUnitComesWithItsPathFromTheProvince() {
        given().when().get("/api/v1/units/28249")
                .then().statusCode(200)
                .body("name", equalTo("Phường Đạo Thạnh"))
                .body("path.code", equalTo(java.util.List.of("82", "28249")))
                .body("path[0].name", equalTo("Tỉnh Đồng Tháp"));
    }

    @Test
    void searchIgnoresAccentsAndCaseAndRanksTheProvinceFirst() {
        for (String q : new String[] {"dong thap", "Đồng Tháp", "đồng tháp", "DONG THAP"}) {
            given().queryParam("q", q).when().get("/api/v1/units/search")
                    .then().statusCode(200)
                    .body("total", greaterThanOrEqualTo(1))
                    .body("items[0].code", equalTo("82"))
                    .body("items[0].name", equalTo("Tỉnh Đồng Tháp"));
        }
    }

    @Test
    void searchPagesThroughEveryMatch() {
        int total = given().queryParam("q", "phuong").queryParam("size", 50).when().get("/api/v1/units/search")
                .then().statusCode(200).body("items", hasSize(50)).extract().path("total");
        int lastPage = (total - 1) / 50;
        given().queryParam("q", "phuong").queryParam("size", 50).queryParam("page", lastPage)
                .when().get("/api/v1/units/search")
                .then().statusCode(200).body("items", hasSize(total - lastPage * 50)).body("page", equalTo(lastPage));
    }

    @Test
    void emptySearchIsAClearError() {
        given().queryParam("q", " - ").header("Accept-Language", "en").when().get("/api/v1/units/search")
                .then().statusCode(400)
                .body("field", equalTo("q"))
                .body("message", containsString("Type at least one letter"));
        given().queryParam("q", "ha").queryParam("size", 1000).when().get("/api/v1/units/search")
                .then().statusCode(400).body("field", equalTo("size"));
    }

    @Test
    void pagingParametersAreCheckedBeforeAnyQuery() {
        given().queryParam("q", "ha").queryParam("page", "abc").header("Accept-Language", "en").get("/api/v1/units/search")
                .then().statusCode(400).body("field", equalTo("page")).body("message", containsString("between 0 and"));
        given().queryParam("q", "ha").queryParam("page", -1).get("/api/v1/units/search")
                .then().statusCode(400).body("field", equalTo("page")).body("message", containsString("Số trang"));
        given().queryParam("q", "ha").queryParam("size", 0).get("/api/v1/units/search")
                .then().statusCode(400).body("field", equalTo("size"));
        given().queryParam("q", "ha").get("/api/v1/units/search")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void unknownUnitIs404InVietnameseByDefault() {
        given().when().get("/api/v1/units/99999")
                .then().statusCode(404)
                .body("message", equalTo("Không có đơn vị hành chính mã \"99999\"."));
    }

    @Test
    @TestSecurity(user = "thao", roles = "campaign-admin")
    void campaignAdminAddsAHamletBelowACommune() {
        String code = given().contentType(ContentType.JSON)
                .body("{\"parentCode\":\"28261\",\"name\":\"Ấp Tân Thuận\",\"kind\":\"ấp\"}")
                .when().post("/api/v1/units")
                .then().statusCode(201)
                .body("depth", equalTo(3))
                .body("official", equalTo(false))
                .extract().path("code");
        given().queryParam("parent", "28261").when().get("/api/v1/units")
                .then().statusCode(200).body("code", hasItem(code));
        given().when().get("/api/v1/units/" + code)
                .then().statusCode(200).body("path.code", equalTo(java.util.List.of("82", "28261", code)));
        // deeper still: a residential group below the hamlet, found by search without accents
        given().contentType(ContentType.JSON)
                .body("{\"parentCode\":\"" + code + "\",\"name\":\"Tổ 7 Tân Thuận\",\"kind\":\"tổ\",\"code\":\"DT-TT-7\"}")
                .when().post("/api/v1/units").then().statusCode(201).body("depth", equalTo(4));
        given().queryParam("q", "to 7 tan thuan").when().get("/api/v1/units/search")
                .then().statusCode(200).body("items[0].code", equalTo("DT-TT-7"))
                .body("items[0].path", hasSize(4));
    }

    @Test
    @TestSecurity(user = "thao", roles = "campaign-admin")
    void invalidNewUnitsAreRefusedWithTheFieldNamed() {
        given().contentType(ContentType.JSON).body("{\"parentCode\":\"82\",\"name\":\"X\",\"kind\":\"ấp\"}")
                .when().post("/api/v1/units").then().statusCode(400).body("field", equalTo("parentCode"));
        given().contentType(ContentType.JSON).body("{\"parentCode\":\"nope\",\"name\":\"X\",\"kind\":\"ấp\"}")
                .when().post("/api/v1/units").then().statusCode(400).body("field", equalTo("parentCode"));
        given().contentType(ContentType.JSON).body("{\"parentCode\":\"28249\",\"name\":\" \",\"kind\":\"ấp\"}")
                .when().post("/api/v1/units").then().statusCode(400).body("field", equalTo("name"));
        given().contentType(ContentType.JSON).body("{\"parentCode\":\"28249\",\"name\":\"A\",\"kind\":\"ấp\",\"code\":\"a b\"}")
                .when().post("/api/v1/units").then().statusCode(400).body("field", equalTo("code"));
        given().contentType(ContentType.JSON).body("{\"parentCode\":\"28249\",\"name\":\"A\",\"kind\":\"ấp\",\"code\":\"82\"}")
                .when().post("/api/v1/units").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"parentCode\":")
                .when().post("/api/v1/units").then().statusCode(400);
    }

    @Test
    void anonymousCannotAddUnits() {
        given().contentType(ContentType.JSON).body("{\"parentCode\":\"28249\",\"name\":\"A\",\"kind\":\"ấp\"}")
                .when().post("/api/v1/units").then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    @TestSecurity(user = "lan", roles = "learner")
    void learnersCannotAddUnits() {
        given().contentType(ContentType.JSON).body("{\"parentCode\":\"28249\",\"name\":\"A\",\"kind\":\"ấp\"}")
                .when().post("/api/v1/units").then().statusCode(403).body("status", equalTo(403));
    }
}
