package org.hocvu.ui.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.hocvu.ui.web.Forms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizens' standard test through the assembled application: the pages as plain forms (no
 * JavaScript), the API, and the page source, which carries no key before submission.
 */
@QuarkusTest
class TestPagesTest {
    private static final Pattern KEY_WORDS = Pattern.compile("(?i)correctResponse|\"(correct|key|answerKey|answer|answers|solution)\"");
    private static final Pattern FIRST_RADIO = Pattern.compile("name=\"(r\\.[^\"]+)\" id=\"[^\"]+\" value=\"([^\"]+)\"");

    @Test
    @TestSecurity(user = "page-taker", roles = "learner")
    void aLearnerTakesTheTestWithPlainForms() {
        Forms.from("/me", "vi").formParam("displayName", "Nguyễn Thị Lan").formParam("targetGroups", "citizens")
                .post("/me").then().statusCode(303);
        given().get("/tests").then().statusCode(200).body(containsString("id=\"start-citizens\""));

        Response started = Forms.from("/tests", "vi").post("/tests/citizens/start");
        assertEquals(303, started.statusCode());
        String location = started.getHeader("Location");
        assertTrue(location.contains("/tests/attempts/"), location);
        String path = location.substring(location.indexOf("/tests/attempts/"));

        String page = given().get(path).then().statusCode(200).extract().asString();
        assertFalse(KEY_WORDS.matcher(page).find(), "the page source carries a key");
        assertTrue(page.split("data-item=").length - 1 >= 10, "at least ten items");

        Matcher radio = FIRST_RADIO.matcher(page);
        assertTrue(radio.find(), "a choice to answer");
        String item = radio.group(1).substring(2);
        Forms.from(path, "vi").formParam("itemId", item).formParam(radio.group(1), radio.group(2))
                .post(path + "/answer").then().statusCode(204);
        given().get(path).then().body(containsString("value=\"" + radio.group(2) + "\" checked"));

        Forms.from(path, "vi").formParam("action", "submit").post(path).then().statusCode(303);
        given().get(path).then().statusCode(200).body(containsString("id=\"outcome\""), containsString("Kết quả bài kiểm tra"));
        given().get("/tests/competencies").then().statusCode(200).body(containsString("Hồ sơ năng lực số của tôi"));
    }

    @Test
    @TestSecurity(user = "api-taker", roles = "learner")
    void theApiStartsTheCitizensTestWithoutAKey() {
        given().contentType("application/json").body("{\"targetGroups\":[\"citizens\"]}").put("/api/v1/me").then().statusCode(200);
        String body = given().post("/api/v1/tests/citizens/attempts").then().statusCode(201).extract().asString();
        assertFalse(KEY_WORDS.matcher(body).find(), "the form carries a key: " + body);
        List<Object> items = io.restassured.path.json.JsonPath.from(body).getList("items");
        assertTrue(items.size() >= 10, "items: " + items.size());
        given().get("/api/v1/me/competencies").then().statusCode(200).body(containsString("citizens"));
    }
}
