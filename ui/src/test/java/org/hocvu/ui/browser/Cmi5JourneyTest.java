package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.NewCredential;
import org.hocvu.ui.cmi5.Cmi5Courses;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cmi5 on a phone. The learner runs the tests' own plain-JavaScript AU (served sandboxed from
 * /content/, fetching its token and talking to the LRS across origins) and lands back on the course
 * page; a teacher then waives the other AU of the block for them, and sees their real states. And
 * ADL's CATAPULT course runs end to end as its authors wrote it (Rustici's cmi5.js 3.1.0): launch,
 * initialized, the quiz passed and completed, terminated, and the LMS's satisfied for the course.
 */
@QuarkusTest
class Cmi5JourneyTest extends BrowserJourney {
    @Inject
    CredentialService credentials;

    @Test
    void aLearnerRunsAnAuAndATeacherWaivesAnother() throws Exception {
        String rules = Cmi5Courses.publish(Cmi5Courses.zip(Cmi5Courses.RULES_COURSE))[0];
        String learnerId = Cmi5Courses.as("learner").get("/api/v1/me").then().statusCode(200).extract().path("id");

        browser.open(site + "/play/cmi5/" + rules);
        signInOnKeycloaksPage("learner");
        browser.wait.until(ExpectedConditions.urlToBe(site + "/play/cmi5/" + rules));
        assertEquals("Khoá kiểm thử cmi5", browser.heading());
        assertTrue(browser.find("ol.cmi5-course").getText().contains("Chưa học"));
        browser.checkPage("cmi5-01-course");

        browser.clickAndLoad("ol.cmi5-course form button");
        browser.wait.until(ExpectedConditions.urlContains("/content/"));
        browser.wait.until(ExpectedConditions.textToBe(By.id("status"), "Đã sẵn sàng (Normal)"));
        browser.find("#finish").click();
        browser.wait.until(ExpectedConditions.urlToBe(site + "/play/cmi5/" + rules));
        assertEquals("Đã hoàn thành", states().get(1), states().toString());
        browser.checkPage("cmi5-02-returned");

        browser.find("header form[action='/signout'] button").click();
        browser.wait.until(ExpectedConditions.urlContains("/signed-out"));
        browser.open(site + "/play/cmi5/" + rules + "?learner=" + learnerId);
        signInOnKeycloaksPage("teacher");
        browser.wait.until(ExpectedConditions.urlContains("learner=" + learnerId));
        assertEquals("Đã hoàn thành", states().get(1), "the teacher sees the learner's states: " + states());
        browser.find("#waive-au option[value='1']").click();
        browser.checkPage("cmi5-04-waive");
        browser.clickAndLoad("form[action$='/waive'] button");
        browser.wait.until(ExpectedConditions.urlContains("done=waived"));
        assertEquals("Được miễn", states().get(2), states().toString());
        assertEquals("Đã hoàn thành", states().get(0), "the block is satisfied: " + states());
    }

    @Test
    void aLearnerRunsAdlsCatapultCourseAtPhoneWidth() {
        String course = Cmi5Courses.publish(Cmi5Courses.CATAPULT.resolve("single_au_basic_framed.zip"))[0];

        browser.open(site + "/play/cmi5/" + course);
        signInOnKeycloaksPage("learner");
        browser.wait.until(ExpectedConditions.urlToBe(site + "/play/cmi5/" + course));
        browser.clickAndLoad("ol.cmi5-course form button");
        browser.wait.until(ExpectedConditions.urlContains("/content/"));
        String registration = (String) browser.driver.executeScript("return new URL(location.href).searchParams.get('registration');");
        // the AU fetched its token, read LMS.LaunchData and the learner preferences, sent initialized and showed its first page
        inAu("initialized", d -> (Boolean) browser.driver.executeScript("return typeof course === 'object'"
                + " && course.trackingPlugin.launchMode === 'Normal' && !!document.querySelector('.navmenuitem.seen')"));
        browser.driver.executeScript("course.gotoPage(course.pageList.indexOf('quiz'));");
        browser.find("button[onclick='course.autopass()']").click();
        browser.find("button[onclick='course.submitAnswers()']").click();
        browser.find("#score-passed.visible");
        // passed, completed, then the answers queued meanwhile: every request of the plugin answered
        inAu("passed and completed", d -> (Boolean) browser.driver.executeScript("return course.trackingPlugin.activeStatements === 0"));
        browser.find("#score-panel .exit-button").click();
        browser.wait.until(ExpectedConditions.urlToBe(site + "/play/cmi5/" + course));
        assertEquals(List.of("Đã hoàn thành"), states(), "the AU is satisfied");
        assertEquals("Bạn đã hoàn thành khoá học này.", browser.find("p.notice[role='status']").getText(), "and the course with it");
        browser.checkPage("cmi5-05-catapult-returned");

        List<String> verbs = verbsIn(registration);
        for (String verb : List.of("launched", "initialized", "passed", "completed", "terminated", "satisfied")) {
            assertTrue(verbs.contains(verb), verb + " is not among " + verbs);
        }
    }

    private List<String> states() {
        return browser.driver.findElements(By.cssSelector("ol.cmi5-course .state")).stream().map(e -> e.getText()).toList();
    }

    /** Waits for the AU to get somewhere; when it does not, the AU's own error panel and the console say why. */
    private void inAu(String what, ExpectedCondition<Boolean> reached) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(reached);
        } catch (TimeoutException notReached) {
            Object error = browser.driver.executeScript("var e = document.getElementById('error-content'); return e && e.textContent;");
            throw new AssertionError("the CATAPULT AU never got " + what + "; its error panel: " + error + "; the console:\n"
                    + browser.console(), notReached);
        }
    }

    /** The verbs of every statement in the registration (the AU's and the LMS's). */
    private List<String> verbsIn(String registration) {
        IssuedCredential reader = credentials.issue(new NewCredential("cmi5 journey " + UUID.randomUUID(), List.of("all")));
        JsonPath statements = given().auth().preemptive().basic(reader.key(), reader.secret())
                .header("X-Experience-API-Version", "1.0.3")
                .queryParam("registration", registration).queryParam("limit", "200")
                .when().get(site + "/xapi/statements").then().statusCode(200).extract().jsonPath();
        return statements.getList("statements.verb.id", String.class).stream().map(v -> v.substring(v.lastIndexOf('/') + 1)).toList();
    }
}
