package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator on a phone does what they came for: gives a person a role in Keycloak and takes
 * it back, issues an LRS key (seeing its secret once) and revokes it, adds a hamlet below a ward,
 * renames, moves and closes it, and, in English, imports a CASE framework and reads the report.
 * Then a campaign admin finds only the units task theirs. Every page is checked with axe.
 */
@QuarkusTest
class AdminJourneyTest extends BrowserJourney {
    private static final Path CASE_FILE = Path.of("../core/lms/src/test/resources/case/opensalt-style-adult-digital-skills-fr.json");

    @Test
    void anAdministratorLooksAfterPeopleKeysUnitsAndFrameworks() {
        browser.open(site + "/admin");
        signInOnKeycloaksPage("admin");
        browser.wait.until(ExpectedConditions.urlToBe(site + "/admin"));
        assertEquals("Quản trị", browser.heading());
        browser.checkPage("20-admin");

        givesAndTakesBackARole();
        issuesAndRevokesAnLrsKey();
        keepsAHamletBelowAWard();

        browser.find("nav.languages a[lang='en']").click();
        browser.wait.until(d -> "en".equals(browser.lang()));
        importsACaseFramework();

        browser.find("header form[action='/signout'] button").click();
        browser.wait.until(ExpectedConditions.urlContains("/signed-out"));
        browser.open(site + "/admin");
        signInOnKeycloaksPage("campaign");
        browser.wait.until(ExpectedConditions.urlToBe(site + "/admin"));
        assertTrue(browser.find("a[href='/admin/units']").isDisplayed());
        assertTrue(browser.driver.findElements(By.cssSelector("a[href='/admin/people']")).isEmpty(), "people are the admin's");
        browser.checkPage("25-admin-campaign-en");
        browser.open(site + "/admin/people");
        assertEquals("You may not see this page yet", browser.heading());
    }


    private void givesAndTakesBackARole() {
        browser.find("a[href='/admin/people']").click();
        WebElement query = browser.find("#people-q");
        query.sendKeys("reviewer");
        browser.submitAndLoad(query);
        WebElement facilitator = browser.find("#role-reviewer-facilitator");
        assertFalse(facilitator.isSelected());
        facilitator.click();
        browser.clickAndLoad("#person-reviewer button[type=submit]");
        assertTrue(browser.find("#saved").getText().contains("Đã lưu vai trò"));
        assertTrue(browser.find("#role-reviewer-facilitator").isSelected(), "the role is held now, as Keycloak says");
        assertTrue(browser.find("#person-reviewer").getText().contains("Thành viên Tổ công nghệ số cộng đồng"));
        browser.checkPage("21-people");
        browser.find("#role-reviewer-facilitator").click();
        browser.clickAndLoad("#person-reviewer button[type=submit]");
        assertFalse(browser.find("#role-reviewer-facilitator").isSelected(), "and taken back");
    }

    private void issuesAndRevokesAnLrsKey() {
        browser.open(site + "/admin/credentials");
        browser.find("#credential-name").sendKeys("Học liệu an toàn số");
        browser.find("input[value='statements/read']").click();
        browser.clickAndLoad("form[action='/admin/credentials'] button");
        String secret = browser.find("#issued-secret").getText();
        assertTrue(secret.matches("[0-9a-f]{64}"), secret);
        browser.checkPage("22-credential-issued");
        browser.find("button[aria-label='Thu hồi khóa Học liệu an toàn số']").click();
        browser.wait.until(ExpectedConditions.urlContains("revoked=1"));
        assertFalse(browser.driver.getPageSource().contains(secret), "the secret is shown once only");
        assertTrue(browser.find("main").getText().contains("Đã thu hồi"));
    }

    private void keepsAHamletBelowAWard() {
        browser.open(site + "/admin/units");
        WebElement query = browser.find("#units-q");
        query.sendKeys("dao thanh, dong thap");
        browser.submitAndLoad(query);
        browser.clickAndLoad("a[href='/admin/units?unit=28249']");
        browser.find("#add-name").sendKeys("Ấp Mới");
        browser.find("#add-kind").sendKeys("ấp");
        browser.clickAndLoad("#add-button");
        assertEquals("Đã thêm đơn vị.", browser.find("#done").getText());
        assertTrue(browser.find("#unit-h").getText().startsWith("Ấp Mới, Phường Đạo Thạnh"));

        WebElement name = browser.find("#edit-name");
        name.clear();
        name.sendKeys("Ấp Mới Một");
        browser.find("#edit-parent").sendKeys("28261");
        browser.clickAndLoad("#edit-button");
        String moved = browser.find("#unit-h").getText();
        assertTrue(moved.startsWith("Ấp Mới Một, ") && !moved.contains("Đạo Thạnh"), moved);
        browser.checkPage("23-unit-moved");

        browser.clickAndLoad("#close-button");
        assertTrue(browser.find("#done").getText().startsWith("Đã đóng đơn vị"));
        assertTrue(browser.find("#unit-h + p .tag").isDisplayed());
    }

    private void importsACaseFramework() {
        browser.open(site + "/admin/frameworks");
        browser.find("#case-file").sendKeys(CASE_FILE.toAbsolutePath().normalize().toString());
        browser.clickAndLoad("form[action='/admin/frameworks'] button");
        assertTrue(browser.find("#report-h").getText().startsWith("Imported"), browser.find("main").getText());
        browser.checkPage("24-framework-imported-en");
    }
}
