package org.hocvu.ui.scorm;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SCORM player page through the assembled application: who may open it, the frame on the
 * run-time path with its own policy (framed, not denied), the table of contents in the reader's
 * language, and a status that follows what the run-time saved.
 */
@QuarkusTest
class ScormPlayPageTest {
    private static final Pattern FRAME = Pattern.compile("<iframe id=\"scorm-frame\" title=\"[^\"]*\" src=\"([^\"]+)\"");

    @Inject
    ScormTestPackages packages;

    @BeforeEach
    void publish() throws IOException {
        packages.publishTiny();
    }

    @Test
    @TestSecurity(user = "ui-scorm-learner", roles = "learner")
    void aLearnerPlaysAndTheTableOfContentsFollowsTheSaves() {
        String page = given().when().get("/play/scorm/" + ScormTestPackages.TINY).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-src 'self'"))
                .body(containsString("Máy tính bảng cơ bản"), containsString("Mục lục"), containsString("chưa học"),
                        containsString("aria-current=\"step\">Bài một</a>"), containsString("rel=\"next\""))
                .extract().asString();
        Matcher frame = FRAME.matcher(page);
        assertTrue(frame.find(), page);
        String src = frame.group(1).replace("&amp;", "&");
        assertTrue(src.contains("/scorm-run/") && src.contains("/__hocvu/rte.html?sco=one&app="), src);
        String path = src.substring(src.indexOf("/scorm-run/"));
        given().when().get(path).then().statusCode(200)
                .header("X-Frame-Options", org.hamcrest.Matchers.nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"));

        String token = path.split("/")[2];
        String runtime = "/api/v1/scorm/runtime/" + token + "/scos/one";
        UUID session = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("session", session, "seq", 1, "event", "initialize", "values", Map.of()))
                .when().post(runtime).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("session", session, "seq", 2, "event", "terminate",
                        "values", Map.of("cmi.core.lesson_status", "completed", "cmi.core.session_time", "00:00:42")))
                .when().post(runtime).then().statusCode(200);

        given().cookie("hocvu-lang", "en").when().get("/play/scorm/" + ScormTestPackages.TINY).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("data-status=\"completed\">done</span>"),
                        containsString("aria-current=\"step\">Bài hai</a>"));
    }

    @Test
    @TestSecurity(user = "ui-scorm-partner-page", roles = "content-partner")
    void onlyLearnersPlay() {
        given().when().get("/play/scorm/" + ScormTestPackages.TINY).then().statusCode(403)
                .body(not(containsString("scorm-frame")));
    }

    @Test
    @TestSecurity(user = "ui-scorm-learner-404", roles = "learner")
    void anUnknownPackageIsAPageNotFound() {
        given().when().get("/play/scorm/no-such-scorm").then().statusCode(404).contentType(containsString("text/html"));
    }
}
