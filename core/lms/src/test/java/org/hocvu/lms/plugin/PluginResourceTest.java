package org.hocvu.lms.plugin;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test-only testers plugin appears through the registry and the API with no change to core code. */
@QuarkusTest
class PluginResourceTest {
    @Inject
    PluginRegistry registry;

    @Test
    void theSixthPluginIsListedInEitherLanguage() {
        given().when().get("/api/v1/plugins")
                .then().statusCode(200)
                .body("id", hasItem("testers"))
                .body("find { it.id == 'testers' }.name", equalTo("Người kiểm thử"))
                .body("find { it.id == 'testers' }.requiresCore", equalTo("2.0"))
                .body("find { it.id == 'testers' }.framework.key", equalTo("hocvu-testers"));
        given().header("Accept-Language", "en").when().get("/api/v1/plugins")
                .then().statusCode(200)
                .body("find { it.id == 'testers' }.name", equalTo("Testers"));
    }

    @Test
    void onePluginShowsIndicatorsSkillsBlueprintAndPendingPackages() {
        given().queryParam("lang", "en").when().get("/api/v1/plugins/testers")
                .then().statusCode(200)
                .body("indicators.id", contains("completed-curriculum", "passed-standard-test", "secures-accounts"))
                .body("indicators[0].targets.'2026'", equalTo(100))
                .body("practicalSkills[0].name", equalTo("Turns on two-factor authentication"))
                .body("practicalSkills[0].competencies", contains("T2.1"))
                .body("blueprint.items", equalTo(10))
                .body("blueprint.areas[0].name", equalTo("Finding and evaluating information"))
                .body("blueprint.difficultyMix.easy", equalTo(50))
                .body("eligibility.description", containsString("testers"))
                .body("curriculum[0].title", equalTo("Searching and protecting passwords"))
                // testers-passwords is published by the learning tests when they run first in this JVM
                .body("curriculum.packages.flatten().status", everyItem(org.hamcrest.Matchers.oneOf("pending", "published")))
                .body("curriculum.packages.flatten().find { it.id == 'testers-searching' }.status", equalTo("pending"))
                .body("curriculum.packages.flatten().find { it.id == 'testers-fake-news' }.status", equalTo("pending"));
    }

    @Test
    void anUnknownPluginIs404WithTheKnownOnes() {
        given().header("Accept-Language", "en").when().get("/api/v1/plugins/astronauts")
                .then().statusCode(404)
                .body("message", containsString("astronauts"))
                .body("message", containsString("testers"));
    }

    @Test
    void groupNamesComeFromThePluginsTexts() {
        assertEquals("Người kiểm thử", registry.groupName("testers", Locale.forLanguageTag("vi")));
        assertEquals("Testers", registry.groupName("testers", Locale.ENGLISH));
        assertEquals("Người kiểm thử", registry.groupName("testers", Locale.JAPANESE));
        assertEquals("astronauts", registry.groupName("astronauts", Locale.ENGLISH));
        assertTrue(registry.targetGroupIds().contains("testers"));
    }
}
