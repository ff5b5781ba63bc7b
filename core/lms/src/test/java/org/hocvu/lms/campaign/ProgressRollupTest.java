package org.hocvu.lms.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.unit.UnitChange;
import org.hocvu.lms.unit.UnitEditing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Progress from the feed: achievements count where the learner lives and in every unit above,
 * follow the learner when they move unit or group and the unit when it moves, and a rebuild from
 * statement zero lands on exactly the incremental figures.
 */
@QuarkusTest
class ProgressRollupTest {
    private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 5);

    @Inject
    CampaignFixtures given;
    @Inject
    CampaignRebuild rebuild;
    @Inject
    EntityManager em;
    @Inject
    UnitEditing editing;

    @Test
    @TestSecurity(user = "campaign-admin-1", roles = "campaign-admin")
    void figuresRollUpFollowMovesAndRebuildToTheSameNumbers() {
        String a = given.hamlet(CampaignFixtures.COMMUNE, "Ấp A");
        String a1 = given.hamlet(a, "Tổ A1");
        String b = given.hamlet(CampaignFixtures.COMMUNE, "Ấp B");
        UUID tester = given.learner(a1, CampaignFixtures.GROUP);
        UUID reader = given.learner(a, CampaignFixtures.GROUP);
        UUID packer = given.learner(b, CampaignFixtures.GROUP);
        UUID outsider = given.learner(b);
        given.passesTest(tester, FEB);
        given.passesTest(tester, MAR); // a second pass is not a second learner
        given.completesCourse(reader, "testers-basics", FEB);
        given.completesCourse(reader, "testers-fake-news", MAR);
        given.completesPackage(packer, "testers-searching", FEB);
        given.completesPackage(packer, "testers-passwords", FEB);
        given.completesCourse(packer, "testers-fake-news", MAR);
        given.verifiesSkill(packer, "sets-two-factor", MAR);
        given.passesTest(outsider, FEB); // not a member of the group: counts nowhere
        given.drain();

        assertEquals(1, actual(a1, "passed-standard-test"));
        assertEquals(1, actual(a, "passed-standard-test"), "A counts A1's learner");
        assertEquals(1, actual(a, "completed-curriculum"));
        assertEquals(0, actual(b, "passed-standard-test"));
        assertEquals(1, actual(b, "completed-curriculum"), "every package of a course counts as the course");
        assertEquals(1, actual(b, "secures-accounts"));
        JsonPath commune = progress(CampaignFixtures.COMMUNE);
        assertEquals(1, commune.getInt("unitsBelow.find { it.unit.code == '" + a + "' }.figures.find { it.indicator == 'passed-standard-test' }.actual"));
        assertEquals(List.of(0, 0, 1, 1), progress(b).getList(
                        "trend.find { it.group == 'testers' && it.indicator == 'completed-curriculum' }.actual", Integer.class).subList(0, 4),
                "the curriculum was completed in March (in February only part of it)");

        given.moves(tester, a1, b);
        given.regroups(packer, Set.of(CampaignFixtures.GROUP), Set.of());
        given.drain();
        assertEquals(0, actual(a, "passed-standard-test"), "the learner took their count to B");
        assertEquals(1, actual(b, "passed-standard-test"));
        assertEquals(0, actual(b, "completed-curriculum"), "out of the group, out of its figures");

        given.regroups(packer, Set.of(), Set.of(CampaignFixtures.GROUP));
        given.moves(reader, a, a1);
        editing.change(a1, new UnitChange(null, null, b));
        given.drain();
        assertEquals(0, actual(a, "completed-curriculum"), "A1 moved below B with its learners");
        assertEquals(2, actual(b, "completed-curriculum"));
        assertEquals(1, actual(a1, "completed-curriculum"));

        List<?> incremental = snapshot();
        rebuild.rebuild();
        given.drain();
        assertEquals(incremental, snapshot(), "a rebuild from statement zero gives the incremental figures");
        assertEquals(2, actual(b, "completed-curriculum"));
    }

    private List<?> snapshot() {
        return em.createNativeQuery("""
                SELECT unit_code || ' ' || unit_path || ' ' || group_id || ' ' || indicator_id || ' ' || day || ' ' || learners
                FROM campaign_daily_count ORDER BY unit_code, group_id, indicator_id, day""").getResultList();
    }

    private static JsonPath progress(String unit) {
        return given().queryParam("unit", unit).queryParam("year", 2026).get("/api/v1/campaign/progress")
                .then().statusCode(200).extract().jsonPath();
    }

    private static int actual(String unit, String indicator) {
        return progress(unit).getInt("figures.find { it.group == 'testers' && it.indicator == '" + indicator + "' }.actual");
    }
}
