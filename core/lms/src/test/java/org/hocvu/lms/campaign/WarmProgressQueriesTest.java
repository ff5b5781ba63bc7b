package org.hocvu.lms.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.testsupport.JdbcRoundTrips;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dashboard read that finds its figures cached sends nothing to the database: the caller's scope is
 * checked against units held in memory. Counted (never timed) on the test's own thread, with the
 * driver's protocol log; the scope rules still hold on the warm path.
 */
@QuarkusTest
class WarmProgressQueriesTest {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    CampaignFixtures fixtures;
    @Inject
    ProgressService progress;
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;

    @Test
    @TestSecurity(user = "warm-manager", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = CampaignFixtures.COMMUNE))
    void aWarmReadRunsNoStatement() {
        String hamlet = fixtures.hamlet(CampaignFixtures.COMMUNE, "Ấp Đọc Nóng");
        fixtures.drain();
        ProgressView[] read = new ProgressView[1];
        JdbcRoundTrips.Count first = JdbcRoundTrips.of(() -> read[0] = progress.progress(identity, hamlet, 2026, VIETNAMESE));
        assertTrue(first.statements() > 0, "the first read computes the figures");
        JdbcRoundTrips.Count warm = JdbcRoundTrips.of(() -> read[0] = progress.progress(identity, hamlet, 2026, VIETNAMESE));
        assertEquals(0, warm.statements(), warm::toString);
        assertEquals(hamlet, read[0].unit().code());
        assertEquals(List.of(CampaignFixtures.COMMUNE, hamlet), read[0].path().stream().map(ProgressView.UnitRef::code).toList(),
                "the path starts at the manager's own unit");

        progress.progress(identity, " ", 2026, VIETNAMESE);
        JdbcRoundTrips.Count own = JdbcRoundTrips.of(() -> read[0] = progress.progress(identity, " ", 2026, VIETNAMESE));
        assertEquals(0, own.statements(), own::toString);
        assertEquals(CampaignFixtures.COMMUNE, read[0].unit().code(), "blank: the manager's own unit");

        assertEquals(403, refusal("82"), "never up");
        assertEquals(403, refusal("28249"), "never sideways");
        assertEquals(404, refusal("nowhere"));
        assertEquals(400, assertThrows(ApiException.class, () -> progress.progress(identity, hamlet, 1999, VIETNAMESE)).status().getStatusCode());
    }

    @Test
    @TestSecurity(user = "warm-manager", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = CampaignFixtures.COMMUNE))
    void theServedJsonIsTheFiguresWithTheReadersPath() throws Exception {
        String hamlet = fixtures.hamlet(CampaignFixtures.COMMUNE, "Ấp Ghi Sẵn");
        fixtures.drain();
        String computed = served(hamlet);
        assertEquals(computed, served(hamlet), "the cached read serves the same JSON");
        assertEquals(json.readTree(json.writeValueAsString(progress.progress(identity, hamlet, 2026, VIETNAMESE))), json.readTree(computed));
        assertEquals(List.of(CampaignFixtures.COMMUNE, hamlet), JsonPath.from(computed).getList("path.code"));
    }

    @Test
    @TestSecurity(user = "warm-admin", roles = "campaign-admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = "82"))
    void anAdminSeesThePathFromTheProvince() {
        String body = served(CampaignFixtures.COMMUNE);
        assertEquals(body, served(CampaignFixtures.COMMUNE));
        assertEquals(List.of("82", CampaignFixtures.COMMUNE), JsonPath.from(body).getList("path.code"));
    }

    private static String served(String unit) {
        return given().queryParam("unit", unit).queryParam("year", 2026).get("/api/v1/campaign/progress")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
    }

    private int refusal(String unit) {
        return assertThrows(ApiException.class, () -> progress.progress(identity, unit, 2026, VIETNAMESE)).status().getStatusCode();
    }
}
