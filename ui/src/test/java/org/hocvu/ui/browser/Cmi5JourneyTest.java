package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.hocvu.ui.cmi5.Cmi5Courses;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cmi5 on a phone: the learner opens a course page, launches an AU (the tests' own plain-JavaScript
 * AU, served sandboxed from /content/, fetching its token and talking to the LRS across origins),
 * finishes it and lands back on the course page with the AU satisfied. Open points, tested at REST
 * level meanwhile (Cmi5LmsTest, Cmi5CatapultTest): ADL's CATAPULT AUs do not send initialized in
 * Chromium's sandboxed frame yet, and the teacher's waive page does not show the learner's states.
 */
@QuarkusTest
class Cmi5JourneyTest extends BrowserJourney {

    @Test
    void aLearnerRunsAnAuAndReturnsToTheCoursePage() throws Exception {
        String rules = Cmi5Courses.publish(Cmi5Courses.zip(Cmi5Courses.RULES_COURSE))[0];

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
        List<String> states = browser.driver.findElements(By.cssSelector("ol.cmi5-course .state")).stream().map(e -> e.getText()).toList();
        assertEquals("Đã hoàn thành", states.get(1), states.toString());
        browser.checkPage("cmi5-02-returned");
    }
}
