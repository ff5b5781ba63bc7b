package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.content.PackageService;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.ui.content.LessonPackages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo learner on a phone takes a published package from the catalog, saves its course for
 * offline reading, loses the network for real (DevTools offline emulation), reads the lesson from the
 * saved copy and marks it complete; the press waits in the browser and is sent once, with the
 * statement id fixed when it was pressed, when the network is back.
 */
@QuarkusTest
class OfflineLearningJourneyTest extends BrowserJourney {
    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;
    @Inject
    EntityManager em;

    @Test
    void aLessonReadAndCompletedOfflineReachesTheServerOnceWhenTheNetworkIsBack() throws IOException {
        String id = LessonPackages.newId("ui-offline");
        String lesson = "/learn/" + id + "/1.0.0/bat-dau";
        publish(id);

        browser.open(site + "/catalog?q=" + id);
        signInOnKeycloaksPage("learner");
        browser.wait.until(ExpectedConditions.urlContains("/catalog"));
        browser.clickAndLoad("form[action='/catalog/enrol'] button");
        browser.wait.until(ExpectedConditions.urlContains("/courses/" + id));
        browser.checkPage("learning-01-course");
        browser.assertFitsPhone("the course");
        assertTrue(browser.find("#offline-save").getText().contains("KB"), "the space needed is shown before saving");
        browser.find("#save-offline").click();
        browser.wait.until(d -> browser.find("#offline-status").getText().startsWith("Đã lưu"));

        offline(true);
        browser.open(site + lesson);
        assertEquals("Bật máy và kết nối Wi-Fi", browser.heading(), "the saved lesson, read without a network");
        browser.find("#mark-complete").click();
        browser.wait.until(d -> browser.find("#queued").isDisplayed());
        String statement = String.valueOf(browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const open = indexedDB.open('hocvu-outbox', 1);
                open.onsuccess = () => {
                  const all = open.result.transaction('presses').objectStore('presses').getAll();
                  all.onsuccess = () => done(all.result.length === 1 ? all.result[0].id : 'queued: ' + all.result.length);
                };
                open.onerror = () => done(String(open.error));"""));
        assertEquals(0, marks(statement), "nothing reached the server while offline");

        offline(false);
        browser.open(site + lesson);
        browser.wait.until(d -> marks(statement) == 1);
        browser.open(site + lesson);
        assertTrue(browser.find("#lesson-done").isDisplayed());
        // the same press sent again (a second tab's queue, a retry) stores nothing twice
        browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', redirect: 'manual', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                  body: 'statementId=' + arguments[1] + '&csrf-token=' + encodeURIComponent(document.querySelector('input[name=csrf-token]').value)})
                  .then(r => done(r.status), e => done(String(e)));""", site + lesson + "/complete", statement);
        assertEquals(1, marks(statement));
        browser.checkPage("learning-03-done");
        browser.assertFitsPhone("the lesson");
    }

    private void offline(boolean offline) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private void publish(String id) throws IOException {
        var partner = new Caller("partner", "demo-partner", false);
        packages.upload(LessonPackages.valid(id), id + ".zip", partner);
        reviews.submit(id, "1.0.0", partner, new Decision(null));
        reviews.approve(id, "1.0.0", new Caller("reviewer", null, true), new Decision(null));
    }

    @Transactional
    long marks(String statementId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM course_lesson_mark WHERE CAST(statement_id AS text) = ?1")
                .setParameter(1, statementId).getSingleResult()).longValue();
    }
}
