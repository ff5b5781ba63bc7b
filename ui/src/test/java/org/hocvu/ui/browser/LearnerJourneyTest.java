package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner on a phone, in a real browser against the real Keycloak: signs in on Keycloak's page,
 * sets their name, unit (as you type, and with the Search button as without JavaScript) and group,
 * switches to English, meets a page their role does not open, and signs out of HọcVụ and Keycloak;
 * then an administrator signs in and finds the page the learner could not open.
 */
@QuarkusTest
class LearnerJourneyTest {
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private Browser browser;
    private String site;

    @BeforeEach
    void startBrowser() {
        browser = new Browser();
        site = "http://localhost:" + port;
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void aLearnerSignsInSetsWhoTheyAreSwitchesLanguageAndSignsOut() {
        browser.open(site + "/");
        assertEquals("vi", browser.lang());
        browser.checkPage("01-welcome");

        browser.find("a[href='/signin']").click();
        signInOnKeycloaksPage("learner");

        browser.wait.until(ExpectedConditions.urlToBe(site + "/"));
        assertTrue(browser.heading().startsWith("Xin chào"), browser.heading());
        assertTrue(browser.find("main").getText().contains("Phường Đạo Thạnh, Tỉnh Đồng Tháp"), "the unit from the account");
        browser.checkPage("03-home");

        browser.find("a[href='/me']").click();
        refuseAnEmptyName();
        chooseAUnitAsYouType();
        chooseAUnitWithTheSearchButton();
        String group = chooseAGroup();
        formsWithoutTheCsrfTokenAreRefused();

        browser.find("nav.languages a[lang='en']").click();
        browser.wait.until(d -> "en".equals(browser.lang()));
        assertEquals("About me", browser.heading());
        String groupName = browser.find("label[for='group-" + group + "']").getText();
        browser.checkPage("08-about-me-en");

        browser.find("a[href='/']").click();
        String home = browser.find("main").getText();
        assertTrue(home.contains("Xã Ba Đình, Tỉnh Thanh Hóa"), home);
        assertTrue(home.contains(groupName), home);
        assertTrue(home.contains("Learner"), home);
        browser.checkPage("09-home-en");

        browser.open(site + "/admin");
        assertEquals("You may not see this page yet", browser.heading());
        assertTrue(browser.find("main").getText().contains("System administrator"));
        assertTrue(browser.driver.findElements(By.cssSelector("a[href='/admin']")).isEmpty(), "no link to a page the role does not open");
        browser.checkPage("10-forbidden-en");

        browser.find("header form[action='/signout'] button").click();
        browser.wait.until(ExpectedConditions.urlContains("/signed-out"));
        assertEquals("You have signed out", browser.heading());
        browser.checkPage("11-signed-out-en");

        // the service worker controls the pages and keeps the offline page in the language chosen last
        Object offlineCopy = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.serviceWorker.ready
                    .then(() => navigator.serviceWorker.controller ? caches.match('/offline') : null)
                    .then(r => r ? r.text() : 'no service worker in control, or nothing cached')
                    .then(done, e => done(String(e)));""");
        assertTrue(String.valueOf(offlineCopy).contains("<h1>No connection</h1>"), String.valueOf(offlineCopy));
        browser.open(site + "/offline");
        browser.checkPage("12-offline-en");

        // the Keycloak session ended too: coming back asks for the password again
        browser.open(site + "/me");
        browser.find("#password");
        assertFalse(browser.driver.getCurrentUrl().startsWith(site), browser.driver.getCurrentUrl());

        // an administrator signs in there and finds the system page in the navigation
        signInOnKeycloaksPage("admin");
        browser.find("nav.main-nav a[href='/admin']").click();
        assertEquals("System", browser.heading());
        browser.checkPage("13-system-en");
    }

    /** Sends the form of one section of "about me": name, unit or groups. */
    private void send(String section) {
        browser.find("form[action^='/me/" + section + "'] button").click();
    }

    /** Sends the section's form and waits for the page that says it was saved (not the notice of an earlier save). */
    private void saved(String section) {
        send(section);
        browser.wait.until(ExpectedConditions.urlContains("saved=" + section));
        assertTrue(browser.find("#" + section + "-h + .notice").isDisplayed());
    }

    private void signInOnKeycloaksPage(String user) {
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys("hocvu");
        browser.screenshot("02-keycloak-sign-in-" + user);
        browser.find("#kc-login").click();
    }

    private void refuseAnEmptyName() {
        WebElement name = browser.find("#displayName");
        name.clear();
        name.sendKeys("   ");
        send("name");
        browser.wait.until(ExpectedConditions.urlContains("/me/name"));
        WebElement refused = browser.find("#displayName");
        assertEquals("true", refused.getAttribute("aria-invalid"));
        assertTrue(browser.find("#displayName-error").getText().contains("1 đến 255"));
        browser.checkPage("04-about-me-name-refused");

        refused.clear();
        refused.sendKeys("Lan Nguyễn");
        saved("name");
        assertEquals("Bạn đang đăng nhập: Lan Nguyễn", browser.find(".who").getText());
    }

    private void chooseAUnitAsYouType() {
        browser.find("#unit-q").sendKeys("ba dinh");
        // the script fills the list in place: the page (and its URL) stay as they are
        WebElement hanoi = browser.find("#unit-results input[value='00004']");
        assertFalse(browser.driver.getCurrentUrl().contains("q="), "found without submitting the form");
        browser.checkPage("05-about-me-unit-search");
        hanoi.click();
        saved("unit");
        assertTrue(browser.find("#main").getText().contains("Phường Ba Đình, Thành phố Hà Nội"));
    }

    private void chooseAUnitWithTheSearchButton() {
        WebElement query = browser.find("#unit-q");
        query.clear();
        query.sendKeys("Xa Ba Dinh");
        query.submit();
        browser.wait.until(ExpectedConditions.urlContains("q=Xa+Ba+Dinh"));
        // nothing chosen: said next to the list, and nothing changes
        send("unit");
        browser.wait.until(ExpectedConditions.urlContains("/me/unit"));
        assertTrue(browser.find("#unitCode-error").isDisplayed());
        browser.checkPage("06-about-me-unit-not-chosen");
        browser.find("#unit-results input[value='16171']").click();
        saved("unit");
        assertTrue(browser.find("#main").getText().contains("Xã Ba Đình, Tỉnh Thanh Hóa"));
    }

    /** Chooses a group the person does not have yet, whichever groups the installed plugins offer. */
    private String chooseAGroup() {
        WebElement notYetChosen = browser.find("form[action^='/me/groups'] input[type=checkbox]:not(:checked)");
        String group = notYetChosen.getAttribute("value");
        notYetChosen.click();
        saved("groups");
        assertTrue(browser.find("#group-" + group).isSelected());
        browser.checkPage("07-about-me-saved");
        return group;
    }

    private void formsWithoutTheCsrfTokenAreRefused() {
        Object status = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/me/name', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: 'displayName=Forged'}).then(r => done(r.status), e => done(String(e)));""");
        assertEquals(400L, status);
        assertEquals("Bạn đang đăng nhập: Lan Nguyễn", browser.find(".who").getText());
    }
}
