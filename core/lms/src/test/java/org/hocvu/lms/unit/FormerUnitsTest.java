package org.hocvu.lms.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People give their address the old way (before 2025-07-01): the search and look-ups find today's units. */
@QuarkusTest
class FormerUnitsTest {
    @Inject
    EntityManager em;

    @Test
    void theWholeConversionTableIsLoaded() {
        assertEquals(63L, count("SELECT count(*) FROM former_unit WHERE level = 1"));
        assertEquals(696L, count("SELECT count(*) FROM former_unit WHERE level = 2"));
        assertEquals(10035L, count("SELECT count(*) FROM former_unit WHERE level = 3"));
        assertEquals(0L, count("SELECT count(*) FROM admin_unit WHERE official AND search_full IS NULL"));
    }

    @Test
    void anOldDistrictFindsTheNewWardsItsCommunesBecame() {
        JsonPath found = search("huyện Cao Lãnh");
        assertTrue(found.getInt("total") >= 5, found.prettify());
        assertEquals("Huyện Cao Lãnh", found.getString("items[0].formerly[0].name"));
        assertEquals("Tỉnh Đồng Tháp", found.getString("items[0].formerly[0].province"));
        assertEquals("82", found.getString("items[0].path[0].code"));
    }

    @Test
    void anOldProvinceFindsTheNewProvince() {
        JsonPath found = search("Tiền Giang");
        assertEquals("82", found.getString("items[0].code"), found.prettify());
        assertEquals("Tỉnh Tiền Giang", found.getString("items[0].formerly[0].name"));
    }

    @Test
    void anOldWardWithItsOldDistrictOrOnlyItsProvince() {
        JsonPath phuong1 = search("phường 1 cao lãnh");
        assertEquals("29869", phuong1.getString("items[0].code"), phuong1.prettify());
        assertEquals("Phường 1", phuong1.getString("items[0].formerly[0].name"));
        assertEquals("Thành phố Cao Lãnh", phuong1.getString("items[0].formerly[0].district"));
        List<String> myTan = search("xã Mỹ Tân").getList("items.code");
        assertTrue(myTan.contains("29884"), "old Xã Mỹ Tân became Phường Mỹ Ngãi: " + myTan);
        JsonPath myAnHungB = search("my an hung b dong thap");
        assertEquals("Xã Mỹ An Hưng B", myAnHungB.getString("items[0].formerly[0].name"), myAnHungB.prettify());
    }

    @Test
    void communeCommaProvinceFindsTheCommuneInThatProvince() {
        JsonPath found = search("tân hòa, tây ninh");
        assertEquals("25531", found.getString("items[0].code"), found.prettify());
        assertEquals(1, found.getInt("total"));
    }

    @Test
    void aSplitOldWardOffersTheWardThatTookItsPeopleFirst() {
        given().get("/api/v1/units/former/00112").then().statusCode(200)
                .body("unit.name", equalTo("Phường Thụy Khuê"))
                .body("unit.district", equalTo("Quận Tây Hồ"))
                .body("became[0].unit.code", equalTo("00103"))
                .body("became[0].wholePopulation", equalTo(true))
                .body("became[1].unit.code", equalTo("00004"))
                .body("became[1].relation", equalTo("part"));
        given().get("/api/v1/units/former/29884").then().statusCode(200)
                .body("became[0].unit.name", equalTo("Phường Mỹ Ngãi"))
                .body("became[0].unit.path[0].name", equalTo("Tỉnh Đồng Tháp"));
        given().header("Accept-Language", "en").get("/api/v1/units/former/99999").then().statusCode(404)
                .body("message", containsString("no former administrative unit"));
    }

    @Test
    void aNewUnitListsTheOldUnitsItTookIn() {
        given().get("/api/v1/units/29884").then().statusCode(200)
                .body("formerly.name", hasItem("Xã Mỹ Tân"))
                .body("formerly[0].relation", equalTo("whole"));
        given().get("/api/v1/units/82").then().statusCode(200)
                .body("formerly.name", hasItem("Tỉnh Tiền Giang"));
    }

    private static JsonPath search(String q) {
        return given().queryParam("q", q).get("/api/v1/units/search").then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
