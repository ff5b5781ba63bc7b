package org.hocvu.ui.content;

import io.restassured.response.Response;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's CSRF token as a browser has it: the hidden field of the page's forms and the cookie it
 * matches. Page forms are refused without both, so tests post through this.
 */
record PageForms(String cookie, String token) {
    static final String NAME = "csrf-token";
    private static final Pattern FIELD = Pattern.compile("name=\"" + NAME + "\" value=\"([^\"]+)\"");

    static PageForms of(String pagePath) {
        Response page = given().when().get(pagePath);
        Matcher field = FIELD.matcher(page.asString());
        assertTrue(field.find(), pagePath + " has no form with a CSRF token");
        return new PageForms(page.getCookie(NAME), field.group(1));
    }
}
