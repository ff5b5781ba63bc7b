package org.hocvu.lms.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures other systems know, imported per unit and shown apart, marked as imported; figures given
 * for units that ceased at the 2025-07-01 merger land on the new unit through the old→new table.
 */
@QuarkusTest
class ImportedFiguresTest {
    /** Xã Tân Phước 3 (Đồng Tháp) took in whole the old Xã Tân Lập 1 (old code 28345, the same number), Tân Lập 2 and Phước Lập. */
    static final String NEW_WARD = "28345";
    /** Old Xã Phú Thuận B was divided between Xã Long Phú Thuận (29992) and Xã Tân Long (30154). */
    static final String DIVIDED = "29995";

    @Inject
    CampaignFixtures fixtures;

    @Test
    @TestSecurity(user = "imports-admin", roles = "campaign-admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = "82"))
    void figuresFromAnotherSystemShowMarkedAsImportedWithSourceAndDate() {
        String hamlet = fixtures.hamlet("28306", "Ấp Số Liệu");
        String csv = "group,unit,figure,value,source,as_of\n"
                + "testers," + hamlet + ",vneid-confirmed,30,VNeID,2026-03-31\n"
                + "testers," + hamlet + ",vneid-confirmed,45,VNeID,2026-06-30\n"
                + "testers," + hamlet + ",VNeID Confirmed,45,VNeID,2026-06-30\n"
                + "testers," + hamlet + ",vneid-confirmed,45,,2026-06-30\n"
                + "testers," + hamlet + ",vneid-confirmed,45,VNeID,2099-01-01\n"
                + "testers," + hamlet + ",vneid-confirmed,46,VNeID,2026-06-30\n";
        JsonPath report = given().contentType("text/csv").body(csv).post("/api/v1/campaign/figures").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, report.getInt("imported"), report.prettify());
        assertTrue(report.getString("rows.find { it.line == 4 }.reason").contains("VNeID Confirmed"));
        assertTrue(report.getString("rows.find { it.line == 5 }.reason").contains("source"));
        assertTrue(report.getString("rows.find { it.line == 6 }.reason").contains("2099-01-01"));
        assertTrue(report.getString("rows.find { it.line == 7 }.reason").contains("dòng 3"));
        given().contentType("text/csv").body("group,unit,value\n").post("/api/v1/campaign/figures").then().statusCode(400);

        given().contentType("text/csv").body("year,group,unit,population\n2026,testers," + hamlet + ",90\n")
                .post("/api/v1/campaign/baselines").then().statusCode(200);
        JsonPath june = progress(hamlet, 2026, null);
        String vneid = "imported.find { it.figure == 'vneid-confirmed' }";
        assertEquals(45, june.getInt(vneid + ".value"), "the latest figure");
        assertTrue(june.getBoolean(vneid + ".imported"));
        assertEquals("VNeID", june.getString(vneid + ".source"));
        assertEquals("2026-06-30", june.getString(vneid + ".asOf"));
        assertEquals(50.0, june.getDouble(vneid + ".percent"));
        assertTrue(june.getList("figures.findAll { it.indicator == 'vneid-confirmed' }").isEmpty(), "never mixed with the LRS's figures");

        JsonPath province = progress("82", 2026, null);
        assertTrue(province.getInt(vneid + ".value") >= 45, "rolled up the tree");
        assertTrue(given().get("/api/v1/campaign/imports").then().statusCode(200).extract().jsonPath()
                .getList("kind").contains("figures"));
    }

    @Test
    @TestSecurity(user = "imports-admin", roles = "campaign-admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = "82"))
    void figuresGivenForOldUnitsLandOnTheNewUnit() {
        String baselines = "year,group,unit,population,old_unit\n"
                + "2025,testers,,100,28345\n"
                + "2025,testers,,200,28354\n"
                + "2025,testers,,300,28357\n"
                + "2025,testers,,400," + DIVIDED + "\n"
                + "2025,testers,,400,99999\n"
                + "2025,testers,28336,400,28357\n";
        JsonPath report = given().contentType("text/csv").body(baselines).post("/api/v1/campaign/baselines").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, report.getInt("imported"), report.prettify());
        assertEquals(NEW_WARD, report.getString("rows.find { it.line == 3 }.landedOn"));
        assertTrue(report.getString("rows.find { it.line == 5 }.reason").contains("29992"), "a divided old ward names its new units");
        assertTrue(report.getString("rows.find { it.line == 6 }.reason").contains("99999"));
        assertTrue(report.getString("rows.find { it.line == 7 }.reason").contains("28336"), "a row gives one unit, old or new");
        String passed = "figures.find { it.group == 'testers' && it.indicator == 'passed-standard-test' }";
        assertEquals(600, progress(NEW_WARD, 2025, null).getInt(passed + ".denominator"), "three old wards add up on the new one");

        String figures = "group,unit,figure,value,source,as_of,old_unit\n"
                + "testers,,vneid-confirmed,10,VNeID,2025-06-30,28354\n"
                + "testers,,vneid-confirmed,20,VNeID,2025-06-30,28357\n";
        given().contentType("text/csv").body(figures).post("/api/v1/campaign/figures").then().statusCode(200)
                .body("imported", org.hamcrest.Matchers.equalTo(2));
        JsonPath after = progress(NEW_WARD, 2025, null);
        String vneid = "imported.find { it.figure == 'vneid-confirmed' }";
        assertEquals(30, after.getInt(vneid + ".value"));
        assertTrue(after.getBoolean(vneid + ".viaFormerUnits"));
        assertEquals(5.0, after.getDouble(vneid + ".percent"));
    }

    private static JsonPath progress(String unit, int year, Integer month) {
        return given().queryParam("unit", unit).queryParam("year", year).get("/api/v1/campaign/progress")
                .then().statusCode(200).extract().jsonPath();
    }
}
