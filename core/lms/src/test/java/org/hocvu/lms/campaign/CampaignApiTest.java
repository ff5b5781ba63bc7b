package org.hocvu.lms.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may read which unit, targets inherited down the tree, baselines from CSV with a report per row, overdue responsibilities. */
@QuarkusTest
class CampaignApiTest {
    @Inject
    CampaignFixtures fixtures;

    @Test
    @TestSecurity(user = "manager-1", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = CampaignFixtures.COMMUNE))
    void aManagerReadsTheirUnitAndBelowNeverUpOrSideways() {
        given().queryParam("year", 2026).get("/api/v1/campaign/progress").then().statusCode(200)
                .body("unit.code", org.hamcrest.Matchers.equalTo(CampaignFixtures.COMMUNE))
                .body("figures.target", hasItem(100))
                .body("path.code", org.hamcrest.Matchers.not(hasItem("82")));
        given().queryParam("unit", "82").queryParam("year", 2026).get("/api/v1/campaign/progress").then().statusCode(403)
                .body("message", containsString("82"));
        given().queryParam("unit", "28249").queryParam("year", 2026).get("/api/v1/campaign/progress").then().statusCode(403);
        given().queryParam("unit", "nowhere").queryParam("year", 2026).get("/api/v1/campaign/progress").then().statusCode(404);
        given().queryParam("unit", CampaignFixtures.COMMUNE).queryParam("year", "next").get("/api/v1/campaign/progress").then().statusCode(400);
        given().contentType("text/csv").body("year,group,unit,population\n").post("/api/v1/campaign/baselines").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "learner-1", roles = "learner")
    void learnersMayNotReadCampaignFigures() {
        given().queryParam("unit", CampaignFixtures.COMMUNE).queryParam("year", 2026).get("/api/v1/campaign/progress").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "campaign-1", roles = "campaign-admin")
    void aTargetHoldsBelowUntilAUnitSetsItsOwn() {
        String parent = fixtures.hamlet(CampaignFixtures.COMMUNE, "Ấp Chỉ Tiêu");
        String child = fixtures.hamlet(parent, "Tổ Chỉ Tiêu");
        assertEquals(70, target(child), "the plugin's 2026 default");
        assertNull(setOn(child));
        setTarget(parent, 90).then().statusCode(204);
        assertEquals(90, target(child));
        assertEquals(parent, setOn(child));
        setTarget(child, 50).then().statusCode(204);
        assertEquals(50, target(child));
        assertEquals(90, target(parent));
        JsonPath above = progress(parent);
        assertEquals(50, above.getInt("unitsBelow.find { it.unit.code == '" + child + "' }.figures.find { it.indicator == 'passed-standard-test' }.target"));
        given().queryParam("year", 2026).queryParam("group", "testers").queryParam("indicator", "passed-standard-test")
                .queryParam("unit", child).delete("/api/v1/campaign/targets").then().statusCode(204);
        assertEquals(90, target(child));
        setTarget(child, 101).then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("percent"));
        given().contentType(ContentType.JSON).body("{\"year\":2026,\"group\":\"testers\",\"indicator\":\"flying\",\"unit\":\"" + child + "\",\"percent\":5}")
                .put("/api/v1/campaign/targets").then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("indicator"));
    }

    @Test
    @TestSecurity(user = "campaign-1", roles = "campaign-admin")
    void baselinesImportGoodRowsAndExplainEveryBadOne() {
        String hamlet = fixtures.hamlet(CampaignFixtures.COMMUNE, "Ấp Dân Số");
        String csv = "year,group,unit,population\n"
                + "2026,testers," + hamlet + ",40\n"
                + "20x6,testers," + hamlet + ",40\n"
                + "2026,astronauts," + hamlet + ",40\n"
                + "2026,testers,99999999,40\n"
                + "2026,testers," + hamlet + ",-3\n"
                + "2026,testers," + hamlet + ",41\n";
        JsonPath report = given().contentType("text/csv").body(csv).post("/api/v1/campaign/baselines")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, report.getInt("imported"));
        assertEquals(5, report.getInt("refused"));
        assertEquals(3, report.getInt("rows.find { !it.imported }.line"));
        assertTrue(report.getString("rows.find { it.line == 4 }.reason").contains("astronauts"));
        assertTrue(report.getString("rows.find { it.line == 5 }.reason").contains("99999999"));
        assertTrue(report.getString("rows.find { it.line == 7 }.reason").startsWith("Dòng trùng"));
        given().contentType("text/csv").body("year,group,people\n2026,testers,4\n").post("/api/v1/campaign/baselines")
                .then().statusCode(400).body("message", containsString("unit"));
        given().contentType("text/csv").body("").post("/api/v1/campaign/baselines").then().statusCode(400);

        UUID learner = fixtures.learner(hamlet, CampaignFixtures.GROUP);
        fixtures.passesTest(learner, LocalDate.of(2026, 4, 1));
        fixtures.drain();
        JsonPath figures = progress(hamlet);
        String passed = "figures.find { it.group == 'testers' && it.indicator == 'passed-standard-test' }";
        assertEquals(40, figures.getInt(passed + ".denominator"));
        assertEquals(2.5, figures.getDouble(passed + ".percent"));
        assertEquals(67.5, figures.getDouble(passed + ".gap"));
        assertEquals(27, figures.getInt(passed + ".gapPeople"));
    }

    @Test
    @TestSecurity(user = "campaign-1", roles = "campaign-admin")
    void aResponsibilityPastItsDeadlineWithTheTargetUnmetIsOverdue() {
        String hamlet = fixtures.hamlet(CampaignFixtures.COMMUNE, "Ấp Trách Nhiệm");
        given().contentType(ContentType.JSON).body("{\"year\":2026,\"group\":\"testers\",\"indicator\":\"passed-standard-test\",\"unit\":\""
                        + hamlet + "\",\"organisation\":\"UBND xã\",\"person\":\"Lê Văn Tám\",\"deadline\":\"2026-01-31\"}")
                .post("/api/v1/campaign/responsibilities").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"year\":2026,\"group\":\"testers\",\"indicator\":\"passed-standard-test\",\"unit\":\""
                        + hamlet + "\",\"organisation\":\"UBND xã\",\"person\":\"\",\"deadline\":\"2026-01-31\"}")
                .post("/api/v1/campaign/responsibilities").then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("person"));
        JsonPath figures = progress(CampaignFixtures.COMMUNE);
        assertEquals("Lê Văn Tám", figures.getString("overdue.find { it.unit.code == '" + hamlet + "' }.person"));
    }

    private static io.restassured.response.Response setTarget(String unit, int percent) {
        return given().contentType(ContentType.JSON)
                .body("{\"year\":2026,\"group\":\"testers\",\"indicator\":\"passed-standard-test\",\"unit\":\"" + unit + "\",\"percent\":" + percent + "}")
                .put("/api/v1/campaign/targets");
    }

    private static JsonPath progress(String unit) {
        return given().queryParam("unit", unit).queryParam("year", 2026).get("/api/v1/campaign/progress")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Integer target(String unit) {
        return progress(unit).get("figures.find { it.indicator == 'passed-standard-test' }.target");
    }

    private static String setOn(String unit) {
        return progress(unit).get("figures.find { it.indicator == 'passed-standard-test' }.targetSetOn");
    }
}
