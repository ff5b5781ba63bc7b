package org.hocvu.lms.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names of who has not yet passed: only for a commune's own manager, never above the commune level. */
@QuarkusTest
class LearnerListsTest {
    /** A commune of Đồng Tháp (province 82) only this test places named learners in. */
    static final String COMMUNE = "28261";

    @Inject
    CampaignFixtures fixtures;
    @Inject
    IdentityService identities;

    private static boolean seeded;

    @BeforeEach
    void twoNamedLearnersOneOfWhomPassed() {
        if (seeded) {
            return;
        }
        identities.provision("lists-" + UUID.randomUUID(), "chua.thi", "Nguyễn Văn Chưa Thi", COMMUNE,
                Set.of(CampaignFixtures.GROUP));
        UUID passed = identities.provision("lists-" + UUID.randomUUID(), "da.thi", "Trần Thị Đã Thi", COMMUNE,
                Set.of(CampaignFixtures.GROUP)).id();
        fixtures.drain();
        fixtures.passesTest(passed, LocalDate.of(2026, 3, 2));
        fixtures.drain();
        seeded = true;
    }

    @Test
    @TestSecurity(user = "lists-commune-manager", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void theCommunesManagerSeesWhoHasNotPassed() {
        JsonPath names = given().get("/api/v1/campaign/names").then().statusCode(200).extract().jsonPath();
        String testers = "groups.find { it.group == 'testers' }";
        List<String> notPassed = names.getList(testers + ".notPassed.name");
        List<String> notCompleted = names.getList(testers + ".notCompleted.name");
        assertTrue(notPassed.contains("Nguyễn Văn Chưa Thi"), names.prettify());
        assertFalse(notPassed.contains("Trần Thị Đã Thi"), "who passed is not on the list");
        assertTrue(notCompleted.contains("Trần Thị Đã Thi"), "passing the test is not completing the curriculum");
        given().queryParam("unit", "82").get("/api/v1/campaign/names").then().statusCode(403);
        given().queryParam("unit", "28249").get("/api/v1/campaign/names").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "lists-province-manager", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = "82"))
    void aProvinceManagerGetsNoNamesNotEvenOfACommuneInTheirScope() {
        given().queryParam("unit", COMMUNE).get("/api/v1/campaign/progress?year=2026").then().statusCode(200);
        given().queryParam("unit", COMMUNE).get("/api/v1/campaign/names").then().statusCode(403)
                .body("message", containsString("cấp xã"));
        given().get("/api/v1/campaign/names").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "lists-campaign-admin", roles = "campaign-admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void campaignAdminsGetNoNames() {
        given().queryParam("unit", COMMUNE).get("/api/v1/campaign/names").then().statusCode(403);
    }
}
