package org.hocvu.ui.roster;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk enrolment pages through the assembled application: who may open them, a multipart upload
 * without JavaScript, the job's page (reloading itself while it runs) and the error report in the
 * page's language. The file's rows are all refused at upload, so no Keycloak is needed.
 */
@QuarkusTest
class EnrolmentPagesTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    @TestSecurity(user = "ui-roster-learner", roles = "learner")
    void learnersAreToldItTakesAManagerOrATeacher() {
        given().when().get("/enrolments").then().statusCode(403).body(containsString("Cán bộ quản lý đơn vị"));
    }

    @Test
    @TestSecurity(user = "ui-roster-manager", roles = {"unit-manager", "learner"})
    void aManagerUploadsAFileAndFollowsTheJobToItsErrorReport() {
        given().contentType("application/json").body("{\"unitCode\":\"28261\"}").put("/api/v1/me").then().statusCode(200);
        Response form = given().when().get("/enrolments");
        form.then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""), containsString("<option value=\"course:"));
        Matcher token = TOKEN.matcher(form.asString());
        assertTrue(token.find());
        Matcher course = Pattern.compile("<option value=\"(course:[^\"]+)\"").matcher(form.asString());
        assertTrue(course.find(), "a manager is offered the courses of the paths");
        byte[] csv = "\uFEFFusername,email,full_name\n,,Lê Văn Không Tên\n,không-phải-email,\n".getBytes(StandardCharsets.UTF_8);

        String location = given().redirects().follow(false).cookies(form.getCookies())
                .multiPart("csrf-token", token.group(1)).multiPart("target", course.group(1))
                .multiPart("file", "lop.csv", csv, "text/csv")
                .when().post("/enrolments").then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/enrolments/[0-9a-f-]{36}$"), location);
        String path = location.substring(location.indexOf("/enrolments/"));

        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        Response job = given().when().get(path);
        while (job.getHeader("Refresh") != null && Instant.now().isBefore(until)) {
            job.then().statusCode(200).body(containsString("<progress"));
            sleep();
            job = given().when().get(path);
        }
        job.then().statusCode(200).body(containsString("Đã xong"), containsString("Đã xử lý 2/2 dòng (100%)"),
                containsString("href=\"" + path + "/errors.csv\""));
        String report = new String(given().cookie("hocvu-lang", "en").when().get(path + "/errors.csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(report.startsWith("\uFEFFLine,Username,E-mail,Full name,Reason\r\n2,,,Lê Văn Không Tên,This row has neither"), report);
        assertTrue(report.contains("3,,không-phải-email,,\"The e-mail \"\"không-phải-email\"\" is not valid."), report);
        given().when().get("/enrolments").then().statusCode(200).body(containsString("href=\"" + path + "\""));
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
