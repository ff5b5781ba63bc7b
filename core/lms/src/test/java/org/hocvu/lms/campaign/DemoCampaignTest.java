package org.hocvu.lms.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo campaign ./run.sh seeds: real figures through the real path (statements through
 * LearningRecords, progress from the feed), and a second start writes nothing again. It seeds a
 * province no other test uses, so its province-wide target does not reach their units.
 */
@QuarkusTest
class DemoCampaignTest {
    private static final String PROVINCE = "86";

    @Inject
    DemoCampaign demo;
    @Inject
    CampaignFixtures fixtures;

    @Test
    @TestSecurity(user = "campaign-demo", roles = "campaign-admin")
    void theDemoGivesAManagerRealFiguresAndSeedsOnce() {
        assertEquals(300, demo.seed(PROVINCE));
        assertEquals(0, demo.seed(PROVINCE), "a second start seeds nothing again");
        fixtures.drain();

        JsonPath figures = given().queryParam("unit", PROVINCE).queryParam("year", 2026).get("/api/v1/campaign/progress")
                .then().statusCode(200).extract().jsonPath();
        String passed = "figures.find { it.group == 'testers' && it.indicator == 'passed-standard-test' }";
        assertTrue(figures.getInt(passed + ".actual") > 0, figures.prettify());
        assertTrue(figures.getInt(passed + ".denominator") >= 300, "every commune has a baseline");
        assertEquals(75, figures.getInt(passed + ".target"), "the demo's province target");
        assertEquals(2, figures.getList("responsibilities").size());
        assertTrue(figures.getList("unitsBelow").size() > 100, "the province's communes, ranked");
        assertTrue(figures.getDouble("unitsBelow[0].behind") >= figures.getDouble("unitsBelow[-1].behind"));
    }
}
