package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standard test's local journal in a real browser on a phone: an answer saved online, the network
 * cut for real (DevTools offline emulation), more answers (one changed) kept in the browser, a reload
 * while offline, then the network back: every answer reaches the server once, with its last value,
 * and the answer saved before the cut is not stored again.
 */
@QuarkusTest
class AttemptJournalJourneyTest extends BrowserJourney {
    @Inject
    EntityManager em;

    @Test
    void answersGivenOfflineReachTheServerOnceWhenTheNetworkIsBack() {
        browser.open(site + "/me");
        signInOnKeycloaksPage("learner");
        browser.wait.until(ExpectedConditions.urlContains("/me"));
        WebElement citizens = browser.find("#group-citizens");
        if (!citizens.isSelected()) {
            citizens.click();
            browser.clickAndLoad("#me-save");
        }
        browser.open(site + "/tests");
        browser.clickAndLoad("#start-citizens");
        browser.wait.until(ExpectedConditions.urlContains("/tests/attempts/"));
        String attemptPage = browser.driver.getCurrentUrl().replaceAll("[?#].*$", "");
        UUID attempt = UUID.fromString(attemptPage.substring(attemptPage.lastIndexOf('/') + 1));
        browser.checkPage("test-01-attempt");
        browser.assertFitsPhone("the attempt page");

        List<WebElement> choices = choiceItems();
        assertTrue(choices.size() >= 3, "three items answered with a choice: " + choices.size());
        String first = choices.get(0).getAttribute("data-item");
        String second = choices.get(1).getAttribute("data-item");
        String third = choices.get(2).getAttribute("data-item");

        String firstAnswer = choose(first, 0);
        waitForStatus(first, "Đã lưu.");
        Optional<String> savedOnline = answeredAt(attempt, first);
        assertTrue(savedOnline.isPresent(), "the online answer is stored at once");

        offline(true);
        choose(second, 0);
        String secondAnswer = choose(second, 1);
        String thirdAnswer = choose(third, 0);
        waitForStatus(third, "Chưa gửi được");
        assertEquals(Optional.empty(), response(attempt, second), "nothing reached the server while offline");
        assertEquals(Optional.empty(), response(attempt, third));
        try {
            browser.driver.navigate().refresh();
        } catch (WebDriverException noNetwork) {
            // the reload itself may fail without a network: the journal it must not lose is in the browser
        }

        offline(false);
        browser.open(attemptPage);
        browser.wait.until(d -> response(attempt, second).isPresent() && response(attempt, third).isPresent());
        assertEquals(Optional.of("\"" + secondAnswer + "\""), response(attempt, second), "the last of the changed answers");
        assertEquals(Optional.of("\"" + thirdAnswer + "\""), response(attempt, third));
        assertEquals(Optional.of("\"" + firstAnswer + "\""), response(attempt, first));
        assertEquals(savedOnline, answeredAt(attempt, first), "the answer acknowledged before the cut was not stored again");
        browser.wait.until(d -> "0".equals(String.valueOf(browser.driver.executeScript("""
                const journal = JSON.parse(localStorage.getItem('hocvu.attempt.' + arguments[0]) || '{}');
                return String(Object.values(journal).filter(e => !e.acked).length);""", attempt.toString()))));
        assertTrue(browser.driver.findElement(By.id(second + "-" + secondAnswer)).isSelected(), "the page shows the answer given offline");
    }

    /** The items answered with one choice (single choice, likert): value ids, not true/false. */
    private List<WebElement> choiceItems() {
        List<WebElement> items = new ArrayList<>();
        for (WebElement item : browser.driver.findElements(By.cssSelector("fieldset[data-item]"))) {
            List<WebElement> radios = item.findElements(By.cssSelector("input[type=radio]"));
            if (radios.size() >= 2 && !"true".equals(radios.get(0).getAttribute("value"))) {
                items.add(item);
            }
        }
        return items;
    }

    /** Picks the n-th option of an item, as a thumb does; its value. */
    private String choose(String item, int n) {
        WebElement option = browser.driver.findElements(By.cssSelector("fieldset[data-item='" + item + "'] input[type=radio]")).get(n);
        browser.driver.findElement(By.cssSelector("label[for='" + option.getAttribute("id") + "']")).click();
        return option.getAttribute("value");
    }

    private void waitForStatus(String item, String text) {
        browser.wait.until(d -> browser.driver.findElement(By.cssSelector("fieldset[data-item='" + item + "'] .item-status"))
                .getText().startsWith(text));
    }

    private void offline(boolean offline) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Transactional
    Optional<String> response(UUID attempt, String item) {
        return column("response", attempt, item);
    }

    @Transactional
    Optional<String> answeredAt(UUID attempt, String item) {
        return column("answered_at", attempt, item);
    }

    private Optional<String> column(String column, UUID attempt, String item) {
        Object value = em.createNativeQuery("SELECT CAST(" + column + " AS text) FROM assessment_attempt_item WHERE attempt_id = ?1 AND item_id = ?2")
                .setParameter(1, attempt).setParameter(2, item).getSingleResult();
        return Optional.ofNullable((String) value);
    }
}
