package org.hocvu.ui.browser;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What every journey in a real browser starts from: a fresh browser on a phone, the site, Keycloak's sign-in. */
abstract class BrowserJourney {
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    Browser browser;
    String site;

    @BeforeEach
    void startBrowser() {
        browser = new Browser();
        site = "http://localhost:" + port;
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    /** Signs in on Keycloak's page, which the browser shows now. */
    void signInOnKeycloaksPage(String user) {
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys("hocvu");
        browser.find("#kc-login").click();
    }
}
