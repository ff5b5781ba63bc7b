package org.hocvu.lms.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.event.LearnerGroupsChanged;
import org.hocvu.lms.identity.event.LearnerUnitChanged;
import org.hocvu.lms.shared.event.DeliveredEvent;
import org.hocvu.lms.shared.event.DomainEventFeed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Campaign figures count learners per unit and group: every change of either reaches consumers once, durably. */
@QuarkusTest
class LearnerEventsTest {
    @Inject
    DomainEventFeed feed;
    @Inject
    RecordingUnitChanges unitChanges;
    @Inject
    RecordingGroupChanges groupChanges;

    @Test
    @TestSecurity(user = "mover", roles = "learner")
    void unitAndGroupChangesArePublishedOnceAndRefusedChangesNever() {
        UUID me = UUID.fromString(given().get("/api/v1/me").then().statusCode(200).extract().path("id"));
        put("{\"unitCode\":\"28249\",\"targetGroups\":[\"testers\"]}", 200);
        put("{\"unitCode\":\"28261\"}", 200);
        put("{\"displayName\":\"Trần Văn Bình\"}", 200);
        // refused as a whole: neither the unit nor the groups change, so nothing is announced
        put("{\"unitCode\":\"28249\",\"targetGroups\":[\"astronauts\"]}", 400);
        feed.drain();
        feed.drain();

        List<LearnerUnitChanged> units = mine(unitChanges.received(), me, LearnerUnitChanged::learnerId);
        assertEquals(List.of(new LearnerUnitChanged(me, null, "28249"), new LearnerUnitChanged(me, "28249", "28261")), units);
        List<LearnerGroupsChanged> groups = mine(groupChanges.received(), me, LearnerGroupsChanged::learnerId);
        assertEquals(List.of(new LearnerGroupsChanged(me, Set.of(), Set.of("testers"))), groups);
    }

    private static void put(String body, int status) {
        given().contentType(ContentType.JSON).body(body).put("/api/v1/me").then().statusCode(status);
    }

    private static <E extends org.hocvu.lms.shared.event.DomainEvent> List<E> mine(List<DeliveredEvent<E>> delivered, UUID learner, java.util.function.Function<E, UUID> who) {
        return delivered.stream().map(DeliveredEvent::event).filter(e -> learner.equals(who.apply(e))).toList();
    }
}
