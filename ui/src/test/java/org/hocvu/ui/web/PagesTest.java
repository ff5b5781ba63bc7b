package org.hocvu.ui.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages at the HTTP level: language, headers, sign-in redirects, error pages, assets, PWA files. */
@QuarkusTest
class PagesTest {
    private static final Pattern CSS = Pattern.compile("href=\"(/assets/app\\.[0-9a-f]{10}\\.css)\"");

    @Test
    void visitorsGetTheWelcomePageInVietnameseWithSecurityHeaders() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"vi\">"), containsString("href=\"/signin\""), containsString("Đăng nhập"))
                .header("Content-Security-Policy", allOf(containsString("script-src 'self';"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Cache-Control", "no-store");
        given().header("Accept-Encoding", "gzip").when().get("/").then().header("Content-Encoding", "gzip");
    }

    @Test
    void theLanguageSwitchIsRememberedAndTheBrowserLanguageIsTheFallback() {
        given().redirects().follow(false).queryParam("next", "/offline").when().get("/language/en")
                .then().statusCode(303)
                .header("Location", endsWith("/offline"))
                .cookie("hocvu-lang", detailedCookie().value("en").httpOnly(true).maxAge(365 * 24 * 3600).path("/"));
        given().cookie("hocvu-lang", "en").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"), containsString("Sign in"));
        given().header("Accept-Language", "en-GB,en;q=0.8").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"en\">"));
        given().cookie("hocvu-lang", "vi").header("Accept-Language", "en").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"vi\">"));
    }

    @Test
    void theLanguageSwitchOnlyLeadsBackIntoTheSite() {
        for (String elsewhere : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example")) {
            given().redirects().follow(false).queryParam("next", elsewhere).when().get("/language/vi")
                    .then().statusCode(303).header("Location", matchesPattern("^(http://[^/]+)?/$"));
        }
        Response unsupported = given().redirects().follow(false).when().get("/language/fr");
        unsupported.then().statusCode(303);
        assertFalse(unsupported.getCookies().containsKey("hocvu-lang"), "no cookie for a language the site does not speak");
    }

    @Test
    void pagesForSignedInPeopleSendVisitorsToKeycloak() {
        for (String page : List.of("/signin", "/me", "/admin")) {
            given().redirects().follow(false).when().get(page)
                    .then().statusCode(302)
                    .header("Location", allOf(startsWith(KeycloakTestResource.realmUrl() + "/protocol/openid-connect/auth"),
                            containsString("client_id=hocvu-web"), containsString("code_challenge_method=S256")));
        }
        // Keycloak's page speaks the language chosen here
        given().redirects().follow(false).when().get("/me")
                .then().statusCode(302).header("Location", containsString("ui_locales=vi"));
        given().redirects().follow(false).cookie("hocvu-lang", "en").when().get("/me")
                .then().statusCode(302).header("Location", containsString("ui_locales=en"));
    }

    @Test
    void theJsonApiStillAnswersWithJsonAndNeverRedirects() {
        given().redirects().follow(false).when().get("/api/v1/me")
                .then().statusCode(401).contentType(containsString("application/json")).header("Location", nullValue());
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(containsString("application/json")).body("status", equalTo(404));
    }

    @Test
    void unknownAndBrokenPagesAreSaidPlainlyWithoutStackTraces() {
        given().when().get("/no-such-page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Không tìm thấy trang"), containsString("href=\"/\""))
                .header("Content-Security-Policy", containsString("default-src 'self'"));
        given().header("Accept-Language", "en").when().get("/test-only/broken-page")
                .then().statusCode(500).contentType(containsString("text/html"))
                .body(containsString("Something went wrong"), not(containsString("IllegalStateException")),
                        not(containsString("broken on purpose")));
        given().when().get("/test-only/broken-page/busy?from=home")
                .then().statusCode(503).contentType(containsString("text/html")).header("Retry-After", "5")
                .body(containsString("HọcVụ đang bận"), containsString("href=\"/test-only/broken-page/busy?from=home\""),
                        not(containsString("acquisition")));
        given().header("Accept-Language", "en").when().get("/test-only/broken-page/busy")
                .then().statusCode(503).body(containsString("HọcVụ is busy"), containsString("Try again"));
        given().when().get("/signin-failed?error=access_denied")
                .then().statusCode(401).body(containsString("Chưa đăng nhập được"), containsString("href=\"/signin\""));
    }

    @Test
    void assetsHaveFingerprintedNamesAreCachedForAYearAndCompressed() {
        Matcher css = CSS.matcher(given().when().get("/").asString());
        assertTrue(css.find(), "the layout links the fingerprinted stylesheet");
        given().header("Accept-Encoding", "gzip").when().get(css.group(1))
                .then().statusCode(200)
                .contentType(containsString("text/css"))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Encoding", "gzip");
        String stale = css.group(1).replaceAll("\\.[0-9a-f]{10}\\.", ".0000000000.");
        given().when().get(stale).then().statusCode(404);
    }

    @Test
    void itIsInstallableAndHasAnOfflinePage() {
        Response manifest = given().when().get("/manifest.webmanifest");
        manifest.then().statusCode(200).body("start_url", equalTo("/"), "display", equalTo("standalone"),
                "icons.sizes", hasItem("512x512"), "icons.purpose", hasItem("maskable"));
        for (String icon : manifest.jsonPath().getList("icons.src", String.class)) {
            given().when().get(icon).then().statusCode(200).contentType("image/png");
        }
        given().when().get("/sw.js")
                .then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", containsString("no-cache"))
                .body(containsString("'/offline'"), containsString("/assets/app."));
        given().when().get("/offline").then().statusCode(200).body(containsString("Không có mạng"));
    }
}
