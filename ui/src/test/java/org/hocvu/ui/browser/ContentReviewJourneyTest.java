package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.hocvu.ui.content.LessonPackages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson package from upload to catalog, on a phone, in a real browser against the real Keycloak:
 * the demo partner signs in, uploads a package that is refused with its report, fixes it, uploads
 * and submits it, and signs out; the demo reviewer signs in, opens the queue, previews the lesson
 * and approves it; the public catalog lists it.
 */
@QuarkusTest
class ContentReviewJourneyTest extends BrowserJourney {

    @Test
    void aPartnersPackageIsReviewedApprovedAndListedInTheCatalog() {
        String id = LessonPackages.newId("ui-journey");
        browser.open(site + "/packages");
        signInOnKeycloaksPage("partner");
        browser.wait.until(ExpectedConditions.urlToBe(site + "/packages"));
        assertEquals("Gói bài học của tôi", browser.heading());
        browser.checkPage("content-01-packages");

        upload(LessonPackages.broken(id));
        assertTrue(browser.find("ol.report").getText().contains("package.yaml:" + LessonPackages.ESTIMATED_MINUTES_LINE));
        assertEquals("true", browser.find("#file").getAttribute("aria-invalid"));
        browser.checkPage("content-02-upload-refused");

        upload(LessonPackages.valid(id));
        browser.wait.until(ExpectedConditions.urlContains("/packages/" + id + "/1.0.0?done=uploaded"));
        assertTrue(browser.find(".notice").getText().contains("không có lỗi nào"));
        browser.checkPage("content-03-draft");

        browser.find("#comment").sendKeys("Bản đầu tiên, mời anh chị duyệt.");
        browser.find("form[action*='/submit'] button").click();
        browser.wait.until(ExpectedConditions.urlContains("done=submitted"));
        assertTrue(browser.find(".status").getText().contains("Đang chờ duyệt"));
        browser.checkPage("content-04-submitted");

        browser.find("header form[action='/signout'] button").click();
        browser.wait.until(ExpectedConditions.urlContains("/signed-out"));

        browser.open(site + "/review");
        signInOnKeycloaksPage("reviewer");
        browser.wait.until(ExpectedConditions.urlToBe(site + "/review"));
        browser.checkPage("content-05-queue");

        browser.find("ul.versions a[href='/review/" + id + "/1.0.0']").click();
        WebElement lesson = browser.find("iframe.lesson");
        String frame = lesson.getAttribute("src");
        assertTrue(frame.contains("/content/") && frame.endsWith("/lessons/bat-dau.vi.html"), frame);
        // the draft's lesson answers the reviewer's session (WebDriver cannot look inside a frame that runs no script)
        Object lessonPage = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));""", frame);
        assertTrue(String.valueOf(lessonPage).contains("Bật máy và kết nối Wi-Fi"), String.valueOf(lessonPage));
        browser.checkPage("content-06-preview");

        browser.find("#comment").sendKeys("Rõ ràng, dễ hiểu.");
        browser.find("button[value='approve']").click();
        browser.wait.until(ExpectedConditions.urlContains("done=approved"));
        assertTrue(browser.find(".status").getText().contains("Đã xuất bản"));
        browser.checkPage("content-07-approved");

        given().queryParam("size", "100").when().get(site + "/api/v1/catalog")
                .then().statusCode(200).body("items.packageId", hasItem(id));
    }

    private void upload(Path zip) {
        browser.find("#file").sendKeys(zip.toAbsolutePath().toString());
        browser.find("form[action^='/packages/upload'] button").click();
    }
}
