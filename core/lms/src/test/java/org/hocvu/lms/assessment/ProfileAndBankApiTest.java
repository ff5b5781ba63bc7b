package org.hocvu.lms.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.testkit.ProjectPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The competency profile rebuilt from statement zero is the same; banks and imports for admins. */
@QuarkusTest
class ProfileAndBankApiTest {
    @Inject
    AttemptService attempts;
    @Inject
    KeyAnswers keys;
    @Inject
    CompetencyProfiles profiles;
    @Inject
    ProfileService profileService;
    @Inject
    StatementFeed feed;

    @Test
    void aRebuildFromStatementZeroGivesTheSameProfile() {
        UUID learner = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            UUID id = attempts.start(learner, Set.of("testers"), "testers", Locale.ROOT).attempt().id();
            keys.of(id).forEach((item, response) -> attempts.respond(learner, id, item, response));
            attempts.submit(learner, id, Locale.ROOT);
        }
        feed.drain();
        List<CompetencyProfiles.Reached> before = profiles.of(learner);
        assertFalse(before.isEmpty());
        assertEquals(2, before.get(0).evidence().size(), "both passed attempts are evidence");
        profileService.rebuild();
        assertEquals(before, profiles.of(learner));
    }

    @Test
    void aPreparedAttemptStartsWithTheFormDrawnBefore() {
        UUID learner = UUID.randomUUID();
        assertEquals(1, attempts.prepare("testers", "hall-8am", List.of(learner)));
        assertEquals(0, attempts.prepare("testers", "hall-8am", List.of(learner)), "a prepared learner keeps their form");
        AttemptService.Started started = attempts.start(learner, Set.of("testers"), "testers", Locale.ROOT);
        assertEquals(true, started.started());
        assertEquals(10, started.attempt().items().size());
        assertEquals("started", started.attempt().status());
        assertEquals(started.attempt().id(), attempts.start(learner, Set.of("testers"), "testers", Locale.ROOT).attempt().id());
    }

    @Test
    @TestSecurity(user = "bank-admin", roles = "admin")
    void adminsSeeTheBanksAndImportAGiftFile() throws Exception {
        given().get("/api/v1/test-banks").then().statusCode(200)
                .body("find { it.testId == 'testers' }.usable", is(true));
        Path gift = ProjectPaths.root().resolve("../shared/data/questions/question/format/gift/tests/fixtures/questions.gift.txt").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(gift));
        String importId = given().multiPart("file", gift.toFile()).multiPart("competency", "T1.1").multiPart("language", "en")
                .post("/api/v1/test-banks/imports").then().statusCode(201)
                .body("report.format", equalTo("gift")).body("report.skipped[0].sourceType", equalTo("essay"))
                .extract().path("id");
        given().get("/api/v1/test-banks/imports/" + importId + "/items").then().statusCode(200)
                .body("id", hasItem("moodle-activities"));
        given().multiPart("file", "essay.gift", "::E:: Write about your village. {}".getBytes())
                .post("/api/v1/test-banks/imports").then().statusCode(400).body("field", equalTo("file"));
    }

    @Test
    @TestSecurity(user = "not-an-admin", roles = "learner")
    void learnersCannotSeeTheBanks() {
        given().get("/api/v1/test-banks").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"learners\":[\"" + UUID.randomUUID() + "\"]}")
                .post("/api/v1/tests/testers/prepared-attempts").then().statusCode(403);
    }
}
