package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner on a phone, in a real browser against the real Keycloak: looks at Keycloak's sign-in and
 * registration pages (HọcVụ's theme, family name first), signs in, sets name, unit (as you type, and
 * with the "Tìm" button and result pages as without JavaScript, by a former name) and group in one
 * form, switches to English, meets a page their role does not open and a page that does not exist,
 * and signs out of HọcVụ and Keycloak. Every page of ours and Keycloak's is checked with axe.
 */
@QuarkusTest
class LearnerJourneyTest extends BrowserJourney {
    @Test
    void aLearnerSignsInSetsWhoTheyAreSwitchesLanguageAndSignsOut() {
        browser.open(site + "/");
        assertEquals("vi", browser.lang());
        browser.checkPage("01-welcome");

        browser.find("a[href='/signin']").click();
        keycloaksOwnPagesAreAccessible();
        signInOnKeycloaksPage("learner");

        browser.wait.until(ExpectedConditions.urlToBe(site + "/"));
        assertTrue(browser.heading().contains("Nguyễn Thị Lan"), "family name first: " + browser.heading());
        assertTrue(browser.find("main").getText().contains("Phường Đạo Thạnh, Tỉnh Đồng Tháp"), "the unit from the account");
        browser.checkPage("03-home");
        long header = browser.contentTop();
        assertTrue(header <= 120, "the signed-in header takes " + header + " px of a 360×740 screen");
        everyPageOfTheMenuFitsAPhone();

        browser.find("main a[href='/me']").click();
        refuseAnEmptyNameKeepingEverythingTyped();
        chooseAUnitAsYouType();
        String group = searchWithTheButtonThenSaveNameUnitAndGroupAtOnce();
        formsWithoutTheCsrfTokenAreRefused();

        browser.find("nav.languages a[lang='en']").click();
        browser.wait.until(d -> "en".equals(browser.lang()));
        assertEquals("About me", browser.heading());
        String groupName = browser.find("label[for='group-" + group + "']").getText();
        WebElement query = browser.find("#unit-q");
        query.sendKeys("dao thanh, dong thap");
        browser.clickAndLoad("#unit-search");
        assertEquals("Found 1 unit", browser.find("#unit-results p[role=status]").getText());
        browser.checkPage("08-about-me-en");

        browser.find("a[href='/']").click();
        String home = browser.find("main").getText();
        assertTrue(home.contains("Phường Mỹ Ngãi, Tỉnh Đồng Tháp"), home);
        assertTrue(home.contains(groupName), home);
        assertTrue(home.contains("Learner"), home);
        browser.checkPage("09-home-en");

        browser.open(site + "/admin");
        assertEquals("You may not see this page yet", browser.heading());
        assertTrue(browser.find("main").getText().contains("System administrator"));
        assertTrue(browser.driver.findElements(By.cssSelector("a[href='/admin']")).isEmpty(), "no link to a page the role does not open");
        browser.checkPage("10-forbidden-en");

        browser.open(site + "/no-such-page");
        assertEquals("Nguyễn Thị Lan Anh", browser.find(".who-name").getText(), "a lost person still sees who they are");
        assertTrue(browser.find("header form[action='/signout'] button").isDisplayed());
        browser.checkPage("10-not-found-en");

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
    }

    /**
     * The learner's menu folds into one line on a phone and unfolds without a script; every page it
     * leads to fits 360 px, with nothing scrolling sideways.
     */
    private void everyPageOfTheMenuFitsAPhone() {
        assertFalse(browser.driver.findElement(By.cssSelector("nav.main-nav a[href='/catalog']")).isDisplayed(),
                "the menu starts folded on a phone");
        browser.find("nav.main-nav summary").click();
        List<String> pages = browser.driver.findElements(By.cssSelector("nav.main-nav a")).stream()
                .filter(WebElement::isDisplayed).map(a -> a.getAttribute("href")).toList();
        assertTrue(pages.size() >= 6, "the learner's menu unfolds: " + pages);
        browser.assertFitsPhone("the unfolded menu");
        for (String page : pages) {
            browser.open(page);
            browser.find("h1");
            browser.assertFitsPhone(page);
        }
        browser.open(site + "/");
    }

    /** Keycloak's sign-in and registration pages in HọcVụ's theme, as a newcomer meets them. */
    private void keycloaksOwnPagesAreAccessible() {
        browser.find("#username");
        browser.checkSignInPage("02-keycloak-sign-in");
        browser.find("a[href*='login-actions/registration']").click();
        WebElement family = browser.find("#lastName");
        WebElement given = browser.find("#firstName");
        assertTrue(family.getLocation().getY() < given.getLocation().getY(), "Họ và tên đệm is asked before Tên");
        assertEquals("Họ và tên đệm", browser.find("label[for='lastName']").getText().trim());
        browser.checkSignInPage("02-keycloak-register");
        browser.find("a[href*='login-actions/authenticate']").click();
    }

    private void save() {
        browser.clickAndLoad("#me-save");
    }

    /** Saves the form and waits for the page that says it was saved. */
    private void saved() {
        save();
        browser.wait.until(ExpectedConditions.urlContains("saved=1"));
        assertTrue(browser.find("#saved").isDisplayed());
    }


    private void refuseAnEmptyNameKeepingEverythingTyped() {
        WebElement group = browser.find("#me-form input[type=checkbox]:not(:checked)");
        String groupId = group.getAttribute("value");
        group.click();
        WebElement name = browser.find("#displayName");
        name.clear();
        name.sendKeys("   ");
        save();
        WebElement refused = browser.find("#displayName");
        assertEquals("true", refused.getAttribute("aria-invalid"));
        assertTrue(browser.find("#displayName-error").getText().contains("Hãy nhập họ và tên"));
        assertTrue(browser.find("#group-" + groupId).isSelected(), "the group ticked before the refused save is still ticked");
        browser.checkPage("04-about-me-name-refused");
        browser.find("#group-" + groupId).click();

        refused.clear();
        refused.sendKeys("Nguyễn Thị Lan");
        saved();
        assertEquals("Nguyễn Thị Lan", browser.find(".who-name").getText());
    }

    private void chooseAUnitAsYouType() {
        browser.find("#unit-q").sendKeys("ba dinh");
        // the script fills the list in place: the page (and its URL) stay as they are
        WebElement hanoi = browser.find("#unit-results input[value='00004']");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/me?saved=1"), "found without submitting the form");
        browser.checkPage("05-about-me-unit-search");
        hanoi.click();
        saved();
        assertTrue(browser.find("label[for='unit-keep']").getText().contains("Phường Ba Đình, Thành phố Hà Nội"));
    }

    /**
     * As without JavaScript: the name is changed, then "Tìm" finds a unit by its former name, a whole
     * province is shown but not offered, the results are paged; then one save keeps name, unit and group.
     */
    private String searchWithTheButtonThenSaveNameUnitAndGroupAtOnce() {
        WebElement name = browser.find("#displayName");
        name.clear();
        name.sendKeys("Nguyễn Thị Lan Anh");
        WebElement query = browser.find("#unit-q");
        query.clear();
        query.sendKeys("dong thap");
        browser.clickAndLoad("#unit-search");
        browser.wait.until(ExpectedConditions.urlContains("/me/search"));
        assertTrue(browser.find(".not-a-choice").getText().contains("Tỉnh Đồng Tháp"), "a province is shown, not offered");
        assertTrue(browser.driver.findElements(By.cssSelector("#unit-results input[value='82']")).isEmpty());
        browser.clickAndLoad(".pager button[value='1']");
        assertTrue(browser.find("#unit-results p[role=status]").getText().contains("trang 2/"));
        assertEquals("Nguyễn Thị Lan Anh", browser.find("#displayName").getAttribute("value"), "the typed name survives searching and paging");

        query = browser.find("#unit-q");
        query.clear();
        query.sendKeys("xã mỹ tân");
        browser.clickAndLoad("#unit-search");
        WebElement myNgai = browser.find("label[for='unit-29884']");
        assertTrue(myNgai.getText().contains("trước đây: Xã Mỹ Tân, Thành phố Cao Lãnh, Tỉnh Đồng Tháp"), myNgai.getText());
        browser.checkPage("06-about-me-found-by-former-name");
        myNgai.click();
        WebElement notYetChosen = browser.find("#me-form input[type=checkbox]:not(:checked)");
        String group = notYetChosen.getAttribute("value");
        notYetChosen.click();
        saved();
        assertEquals("Nguyễn Thị Lan Anh", browser.find("#displayName").getAttribute("value"));
        assertTrue(browser.find("label[for='unit-keep']").getText().contains("Phường Mỹ Ngãi, Tỉnh Đồng Tháp"));
        assertTrue(browser.find("#group-" + group).isSelected());
        browser.checkPage("07-about-me-saved");
        return group;
    }

    private void formsWithoutTheCsrfTokenAreRefused() {
        Object status = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/me', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: 'displayName=Forged'}).then(r => done(r.status), e => done(String(e)));""");
        assertEquals(400L, status);
        assertEquals("Nguyễn Thị Lan Anh", browser.find(".who-name").getText());
    }
}
