package org.hocvu.ui.campaign;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.event.LearnerGroupsChanged;
import org.hocvu.lms.identity.event.LearnerUnitChanged;
import org.hocvu.lms.shared.event.DomainEventFeed;
import org.hocvu.lms.shared.event.DomainEvents;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The campaign dashboard in the assembled application: who may open it, drill-down, the chart without script, the exports. */
@QuarkusTest
class CampaignPagesTest {
    private static final String PROVINCE = "82";
    private static final String COMMUNE = "28285";

    @Inject
    DomainEvents events;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    DomainEventFeed domainFeed;
    @Inject
    StatementFeed statementFeed;

    @Test
    @TestSecurity(user = "learner-at-campaign", roles = "learner")
    void learnersDoNotOpenTheDashboard() {
        given().when().get("/campaign").then().statusCode(403);
        given().when().get("/campaign/export/figures.csv?unit=" + COMMUNE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager-at-campaign", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aManagerSeesTheirCommuneAndNothingAbove() {
        given().when().get("/campaign?year=2026").then().statusCode(200)
                .body(containsString("id=\"figures\""), containsString("Tiến độ chiến dịch"), not(containsString("/campaign?unit=" + PROVINCE)));
        given().when().get("/campaign?unit=" + PROVINCE + "&year=2026").then().statusCode(403)
                .body(containsString("id=\"campaign-error\""), containsString("phạm vi"));
        given().when().get("/campaign/export/units.csv?unit=" + PROVINCE + "&year=2026").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "campaign-at-campaign", roles = "campaign-admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = PROVINCE))
    void theProvinceDashboardChartsRanksAndExports() {
        given().contentType("text/csv").body("year,group,unit,population\n2026,citizens," + COMMUNE + ",4\n")
                .post("/api/v1/campaign/baselines").then().statusCode(200);
        UUID learner = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            events.publish(new LearnerUnitChanged(learner, null, COMMUNE));
            events.publish(new LearnerGroupsChanged(learner, Set.of(), Set.of("citizens")));
        });
        domainFeed.drain();
        QuarkusTransaction.requiringNew().run(() -> records.record(LearningEvent.of(learner, Verb.PASSED,
                activities.standardTest("citizens", null)).at(Instant.parse("2026-05-20T03:00:00Z"))));
        statementFeed.drain();

        given().when().get("/campaign?year=2026").then().statusCode(200)
                .body(containsString("<svg"), containsString("role=\"img\""), containsString("id=\"trend\""),
                        containsString("href=\"/campaign?unit=" + COMMUNE + "&amp;year=2026\""), containsString("id=\"units\""));
        given().when().get("/campaign?unit=" + COMMUNE + "&year=2026").then().statusCode(200)
                .body(containsString("25.0%"), containsString("aria-current=\"page\""));
        given().when().get("/campaign/export/units.csv?year=2026&unit=" + PROVINCE).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("campaign-units-82-2026.csv"))
                .body(containsString("Mã đơn vị"), containsString(COMMUNE));
        given().when().get("/campaign/export/figures.csv?year=2026&unit=" + COMMUNE).then().statusCode(200)
                .body(containsString("Đã đạt"), containsString("25.0"));
        given().when().get("/campaign/export/nothing.csv?year=2026").then().statusCode(404);
    }
}
