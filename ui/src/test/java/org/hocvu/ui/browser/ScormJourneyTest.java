package org.hocvu.ui.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.NewCredential;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.ui.scorm.ScormTestPackages;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SCORM on a phone, in a real browser against the real Keycloak: the demo learner opens a SCORM 1.2
 * and a SCORM 2004 package made by others (Rustici's Golf examples), gets halfway, closes the page,
 * comes back to the same place, finishes with a score; the LRS then holds each session's statements.
 * The 1.2 package's page makes no calls of its own, so the journey calls the API the way a SCO does,
 * from the SCO's frame; the 2004 package runs its own script and the journey uses its functions.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = KeycloakTestResource.SKIP_PROPERTY, matches = "skip")
class ScormJourneyTest extends BrowserJourney {
    private static final Path REAL = Path.of("../core/lms/src/test/resources/content/scorm");

    @Inject
    ScormTestPackages packages;
    @Inject
    CredentialService credentials;
    @Inject
    Activities activities;

    @Test
    void aLearnerFinishesAScorm12AndAScorm2004PackageWithResumeInBetween() throws IOException {
        VersionView twelve = packages.publish(REAL.resolve("singlesco_scorm12.zip"));
        VersionView twentyOhFour = packages.publish(REAL.resolve("RuntimeBasicCalls_SCORM20043rdEdition.zip"));

        browser.open(site + "/play/scorm/" + twelve.packageId());
        signInOnKeycloaksPage("learner");
        browser.wait.until(ExpectedConditions.urlContains("/play/scorm/" + twelve.packageId()));
        browser.checkPage("scorm-01-player");
        assertEquals("ab-initio", inSco("""
                var api = window.parent.API;
                api.LMSInitialize('');
                api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
                api.LMSSetValue('cmi.core.lesson_location', 'page-2');
                api.LMSSetValue('cmi.suspend_data', 'halfway');
                api.LMSSetValue('cmi.core.exit', 'suspend');
                api.LMSCommit('');
                return api.LMSGetValue('cmi.core.entry');"""));
        statusBecomes("incomplete");

        browser.open(site + "/"); // the phone is closed halfway: no LMSFinish
        browser.open(site + "/play/scorm/" + twelve.packageId());
        assertEquals("resume page-2 halfway", inSco("""
                var api = window.parent.API;
                api.LMSInitialize('');
                var back = [api.LMSGetValue('cmi.core.entry'), api.LMSGetValue('cmi.core.lesson_location'),
                            api.LMSGetValue('cmi.suspend_data')].join(' ');
                api.LMSSetValue('cmi.core.score.raw', '90');
                api.LMSSetValue('cmi.core.lesson_status', 'passed');
                api.LMSSetValue('cmi.core.session_time', '00:03:10');
                api.LMSSetValue('cmi.core.exit', '');
                api.LMSFinish('');
                return back;"""));
        statusBecomes("passed");

        browser.open(site + "/play/scorm/" + twentyOhFour.packageId());
        browser.wait.until(ExpectedConditions.urlContains("/play/scorm/" + twentyOhFour.packageId()));
        assertEquals("ab-initio incomplete", inSco("""
                var api = window.parent.API_1484_11;
                doNext();
                return api.GetValue('cmi.entry') + ' ' + api.GetValue('cmi.completion_status');"""));
        statusBecomes("incomplete");

        browser.open(site + "/"); // closing runs the SCO's own unload: exit=suspend, Terminate
        try {
            browser.open(site + "/play/scorm/" + twentyOhFour.packageId());
        } catch (UnhandledAlertException askedWhileLoading) {
            // the SCO asks "resume where you left off?" as it loads; answered below
        }
        try {
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
        } catch (TimeoutException alreadyAnswered) {
            // the driver may have answered it already; the data model says where the learner was either way
        }
        assertEquals("resume 1", inSco("""
                var api = window.parent.API_1484_11;
                var back = api.GetValue('cmi.entry') + ' ' + api.GetValue('cmi.location');
                RecordTest(85);
                ScormProcessSetValue('cmi.completion_status', 'completed');
                reachedEnd = true;
                doExit();
                return back;"""));
        statusBecomes("passed");

        assertEquals(List.of("completed", "completed", "initialized", "initialized", "passed", "resumed", "suspended",
                "terminated", "terminated"), verbsAbout(twelve));
        assertEquals(List.of("completed", "completed", "initialized", "initialized", "passed", "resumed", "suspended",
                "terminated", "terminated"), verbsAbout(twentyOhFour));
    }

    /** Runs {@code script} in the SCO's frame (inside the run-time's frame) and comes back to the page. */
    private String inSco(String script) {
        switchToSco();
        return inScoHere(script);
    }

    private void switchToSco() {
        browser.driver.switchTo().defaultContent();
        browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-frame")));
        browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sco")));
    }

    private String inScoHere(String script) {
        browser.wait.until(d -> browser.driver.executeScript("return document.readyState === 'complete'"
                + " && !!(window.parent.API || window.parent.API_1484_11)"));
        Object result = browser.driver.executeScript(script);
        browser.driver.switchTo().defaultContent();
        return String.valueOf(result);
    }

    /** The table of contents shows the status the run-time saved (the page hears it by postMessage). */
    private void statusBecomes(String status) {
        try {
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#scorm-toc .status[data-status='" + status + "']")));
        } catch (TimeoutException notShown) {
            throw new AssertionError("the table of contents never showed '" + status + "'; the console said:\n"
                    + browser.console(), notShown);
        }
    }

    /** The verbs of every statement about the package version or within it, sorted. */
    private List<String> verbsAbout(VersionView version) {
        IssuedCredential reader = credentials.issue(new NewCredential("scorm journey " + UUID.randomUUID(), List.of("all")));
        String activity = activities.lessonPackage(version.packageId(), version.version(), null).id();
        JsonPath statements = given().auth().preemptive().basic(reader.key(), reader.secret())
                .header("X-Experience-API-Version", "1.0.3")
                .queryParam("activity", activity).queryParam("related_activities", "true").queryParam("limit", "200")
                .when().get(site + "/xapi/statements").then().statusCode(200).extract().jsonPath();
        List<String> verbs = statements.getList("statements.verb.id", String.class).stream()
                .map(v -> v.substring(v.lastIndexOf('/') + 1)).sorted().toList();
        assertTrue(statements.getList("statements.context.contextActivities.category.id.flatten()").contains("https://w3id.org/xapi/scorm"));
        return verbs;
    }
}
