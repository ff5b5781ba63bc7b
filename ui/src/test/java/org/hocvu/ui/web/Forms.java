package org.hocvu.ui.web;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Pages' forms sent as a browser sends them: UTF-8, with the CSRF cookie and field the page gave. */
public final class Forms {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** A form of the page at {@code pagePath}, in {@code language}, ready for its fields and a POST. */
    public static RequestSpecification from(String pagePath, String language) {
        Response page = given().header("Accept-Language", language).when().get(pagePath);
        Matcher token = TOKEN.matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF field on " + pagePath + ": " + page.asString());
        }
        return given().redirects().follow(false).header("Accept-Language", language)
                .cookies(page.getCookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1));
    }
}
