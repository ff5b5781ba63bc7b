package org.hocvu.lms.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cached dashboard figures never hide a committed change: a pass, a move, a target set after a cached read show up. */
@QuarkusTest
class ProgressCacheTest {
    private static final String PASSED = "figures.find { it.group == 'testers' && it.indicator == 'passed-standard-test' }";

    @Inject
    CampaignFixtures fixtures;
    @Inject
    ProgressCache cache;

    @Test
    @TestSecurity(user = "cache-admin", roles = "campaign-admin")
    void aChangeAfterACachedReadShowsUp() {
        String hamlet = fixtures.hamlet(CampaignFixtures.COMMUNE, "Ấp Bộ Nhớ Đệm");
        String other = fixtures.hamlet(CampaignFixtures.COMMUNE, "Ấp Bên Cạnh");
        UUID learner = fixtures.learner(hamlet, CampaignFixtures.GROUP);
        fixtures.drain();
        assertEquals(0, actual(hamlet));
        long communeBefore = actual(CampaignFixtures.COMMUNE);
        assertEquals(0, actual(hamlet), "read again, from the cache");
        assertTrue(cache.size() > 0, "the figures are cached");

        fixtures.passesTest(learner, LocalDate.of(2026, 2, 3));
        fixtures.drain();
        assertEquals(1, actual(hamlet), "the pass shows up in the unit");
        assertEquals(communeBefore + 1, actual(CampaignFixtures.COMMUNE), "and in every unit above it");

        fixtures.moves(learner, hamlet, other);
        fixtures.drain();
        assertEquals(0, actual(hamlet));
        assertEquals(1, actual(other));

        given().contentType(ContentType.JSON).body("{\"year\":2026,\"group\":\"testers\",\"indicator\":\"passed-standard-test\",\"unit\":\""
                + other + "\",\"percent\":42}").put("/api/v1/campaign/targets").then().statusCode(204);
        assertEquals(42, progress(other).getInt(PASSED + ".target"), "a target set after a cached read shows up");
    }

    private static long actual(String unit) {
        return progress(unit).getLong(PASSED + ".actual");
    }

    private static JsonPath progress(String unit) {
        return given().queryParam("unit", unit).queryParam("year", 2026).get("/api/v1/campaign/progress")
                .then().statusCode(200).extract().jsonPath();
    }
}
