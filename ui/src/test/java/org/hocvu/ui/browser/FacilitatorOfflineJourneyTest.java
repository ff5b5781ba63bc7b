package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.NewCredential;
import org.hocvu.testkit.keycloak.Tokens;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo facilitator on a phone (360 px) keeps the unit's list on the device, loses the network for
 * real (DevTools offline emulation), records a session, ticks the demo learner present, registers a
 * new person, verifies two of the learner's skills; what waits on the device is encrypted and the
 * reopened notebook is locked until the network is back. Online again, the queue is sent: the
 * `attended` and `verified` statements are in the LRS exactly once, and a resend changes nothing.
 */
@QuarkusTest
class FacilitatorOfflineJourneyTest extends BrowserJourney {
    private static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";
    private static final String VERIFIED = org.hocvu.lms.xapi.vocabulary.Verb.VERIFIED.iri();
    @Inject
    CredentialService credentials;

    @Test
    void aSessionRecordedOfflineReachesTheLrsExactlyOnce() {
        Instant start = Instant.now();
        // the demo learner's profile exists, in the facilitator's commune (as their token gives it)
        given().auth().oauth2(Tokens.passwordGrant(KeycloakTestResource.realmUrl(), "learner", "hocvu"))
                .get(site + "/api/v1/me").then().statusCode(200);
        String newcomer = "Phạm Văn Mới " + UUID.randomUUID().toString().substring(0, 4);

        browser.open(site + "/facilitate");
        signInOnKeycloaksPage("facilitator");
        browser.wait.until(ExpectedConditions.urlContains("/facilitate"));
        ready();
        browser.checkPage("facilitation-01-home");
        browser.clickAndLoad("#open-notebook");
        ready();
        browser.wait.until(d -> Boolean.TRUE.equals(script("return !!navigator.serviceWorker.controller;")));
        browser.checkPage("facilitation-02-notebook");

        offline(true);
        script("document.getElementById('session-starts').value = arguments[0];", "2026-06-01T08:00");
        browser.find("#session-place").sendKeys("Nhà văn hóa ấp 3");
        Select topic = new Select(browser.find("#session-topic"));
        topic.selectByIndex(topic.getOptions().size() - 1);
        browser.find("#session-save").click();
        browser.wait.until(d -> browser.find("#attendance").isDisplayed());

        browser.find("#search-name").sendKeys("nguyen thi lan");
        browser.find("#search-go").click();
        WebElement present = browser.find("#search-results input[type=checkbox]");
        String learnerId = present.getAttribute("data-learner");
        present.click();

        browser.find("#register-name").sendKeys(newcomer);
        browser.find("#register-year").sendKeys("1961");
        assertTrue(browser.find("#consent-text").getText().contains("Người xem được"), "the consent says who sees the data");
        browser.find("#register-consent").click();
        browser.find("#register-save").click();
        browser.wait.until(d -> browser.find("#attendees-count").getText().contains("2"));
        browser.wait.until(d -> queued().size() == 4);

        List<WebElement> passes = browser.driver.findElements(By.cssSelector("details[data-learner='" + learnerId + "'] button.verify"));
        assertTrue(passes.size() >= 2, "the learner's group has two skills or more to verify");
        passes.get(0).click();
        browser.driver.findElements(By.cssSelector("details[data-learner='" + learnerId + "'] button.verify")).get(0).click();
        browser.wait.until(d -> queued().size() == 6);
        assertTrue(narrowEnough(), "no sideways scroll at 360 px");

        List<?> batch = queued();
        assertEquals(List.of("session", "attendance", "registration", "attendance", "verification", "verification"),
                batch.stream().map(op -> ((Map<?, ?>) op).get("kind")).toList());
        assertFalse(String.valueOf(asyncScript("""
                const done = arguments[arguments.length - 1];
                indexedDB.open('hocvu-facilitation').onsuccess = (e) => {
                  const all = e.target.result.transaction('queue').objectStore('queue').getAll();
                  all.onsuccess = () => done(JSON.stringify(all.result.map(b => new TextDecoder().decode(b.data))));
                };""")).contains("Phạm"), "what waits on the device is encrypted");
        assertEquals(0, statements(ATTENDED, start).size(), "nothing reached the server while offline");

        browser.open(site + "/facilitate/app");
        browser.wait.until(d -> browser.find("#copy-state").getText().contains("khóa"));

        offline(false);
        // the online event sends at once; without one, the notebook's retry does within 30 s
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> browser.driver.findElements(By.cssSelector("#sync-list li")).size() == 6);
        assertEquals(List.of("applied"), browser.driver.findElements(By.cssSelector("#sync-list li")).stream()
                .map(li -> li.getAttribute("data-status")).distinct().toList());
        String session = String.valueOf(((Map<?, ?>) batch.get(0)).get("id"));
        assertExactlyOnce(session, learnerId, start);

        Object resent = asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/facilitate/data/sync', {method: 'POST', headers: {'Content-Type': 'application/json'},
                  body: JSON.stringify({operations: arguments[0]})}).then(r => r.json()).then(j => done(j.results.map(r => r.status)));""", batch);
        assertFalse(String.valueOf(resent).contains("applied"), "a resend applies nothing: " + resent);
        assertExactlyOnce(session, learnerId, start);
        browser.checkPage("facilitation-03-sent");
    }

    private void assertExactlyOnce(String session, String learnerId, Instant start) {
        List<Map<String, Object>> attended = statements(ATTENDED, start).stream()
                .filter(s -> String.valueOf(s.get("object")).contains(session)).toList();
        assertEquals(2, attended.size(), "the learner and the newcomer attended, once each: " + attended);
        attended.forEach(s -> assertTrue(String.valueOf(s.get("context")).contains("instructor"), "with the facilitator as instructor"));
        List<Map<String, Object>> verified = statements(VERIFIED, start);
        assertEquals(2, verified.size(), "two skills verified, once each: " + verified);
    }

    private void ready() {
        browser.wait.until(d -> "true".equals(browser.find("#facilitation").getAttribute("data-ready")));
    }

    private boolean narrowEnough() {
        return ((Number) script("return document.documentElement.scrollWidth;")).intValue() <= 360;
    }

    private List<?> queued() {
        return (List<?>) asyncScript("""
                const done = arguments[arguments.length - 1];
                HocVuVault.queued().then(all => done(all.map(e => e.op)), () => done([]));""");
    }

    private Object script(String code, Object... args) {
        return browser.driver.executeScript(code, args);
    }

    private Object asyncScript(String code, Object... args) {
        return browser.driver.executeAsyncScript(code, args);
    }

    private void offline(boolean offline) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Statements of a verb stored since the journey began, read with an LRS key as any reporting tool would. */
    private List<Map<String, Object>> statements(String verb, Instant since) {
        IssuedCredential reader = credentials.issue(new NewCredential("facilitation journey " + UUID.randomUUID(), List.of("all")));
        JsonPath found = given().auth().preemptive().basic(reader.key(), reader.secret())
                .header("X-Experience-API-Version", "1.0.3").queryParam("verb", verb).queryParam("since", since.toString())
                .queryParam("limit", 100).when().get(site + "/xapi/statements").then().statusCode(200).extract().jsonPath();
        return found.getList("statements");
    }
}
