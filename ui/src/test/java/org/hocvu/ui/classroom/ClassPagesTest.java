package org.hocvu.ui.classroom;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.content.PackageService;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.unit.NewUnit;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.ui.content.LessonPackages;
import org.hocvu.ui.web.Forms;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class pages through the assembled application, forms posted as a browser without JavaScript
 * posts them: a teacher creates a class and loads a module, a student joins with the code (a wrong
 * code refused in words), the teacher sees the student and the module's completion; strangers get 404.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassPagesTest {
    static final String SCHOOL = "28261.UI-THCS";
    private static final Pattern CLASS_PATH = Pattern.compile("/classes/([0-9a-f-]{36})\\?done=created");
    private static final Pattern CODE = Pattern.compile("<strong>([A-Z0-9]{3}) ([A-Z0-9]{3})</strong>");
    private static String classPath;
    private static String code;

    @Inject
    UnitService units;
    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;

    /** A published package for the teacher to load, put through upload, submission and approval as a partner's is. */
    private String published() throws java.io.IOException {
        String id = LessonPackages.newId("ui-class");
        Caller partner = new Caller("ui-class-partner", "ui-class-org", true);
        VersionView draft = packages.upload(LessonPackages.valid(id), id + ".zip", partner);
        reviews.submit(draft.packageId(), draft.version(), partner, new Decision("a module for the class pages test"));
        reviews.approve(draft.packageId(), draft.version(), partner, new Decision("approved by the test"));
        return id;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "ui-class-teacher", roles = {"teacher", "learner"})
    void aTeacherCreatesAClassAndLoadsAModule() throws java.io.IOException {
        String module = published();
        if (!units.exists(SCHOOL)) {
            units.create(new NewUnit("28261", "Trường Tiểu học Giao Diện", "Trường tiểu học", SCHOOL));
        }
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"28261\"}").put("/api/v1/me").then().statusCode(200);
        given().when().get("/classes").then().statusCode(200)
                .body(containsString("Tạo lớp mới"), containsString("<option value=\"" + SCHOOL + "\">Trường Tiểu học Giao Diện</option>"),
                        containsString("href=\"/classes\" aria-current=\"page\""));
        String location = Forms.from("/classes", "vi").formParam("name", "Lớp 5A – STEAM").formParam("schoolCode", SCHOOL)
                .when().post("/classes").then().statusCode(303).extract().header("Location");
        Matcher path = CLASS_PATH.matcher(location);
        assertTrue(path.find(), location);
        classPath = "/classes/" + path.group(1);
        String page = given().when().get(classPath + "?done=created").then().statusCode(200)
                .body(containsString("Đã tạo lớp"), containsString("Trường Tiểu học Giao Diện")).extract().asString();
        Matcher shown = CODE.matcher(page);
        assertTrue(shown.find(), "the class code is shown to its teacher");
        code = shown.group(1) + shown.group(2);

        Forms.from(classPath, "vi").formParam("packageId", "ui-unknown-package").when().post(classPath + "/modules")
                .then().statusCode(400).body(containsString("chưa được xuất bản"));
        assertTrue(given().when().get(classPath).asString().contains("<option value=\"" + module + "\">"), "the teacher is offered published packages");
        Forms.from(classPath, "vi").formParam("packageId", module).when().post(classPath + "/modules")
                .then().statusCode(303);
        given().when().get(classPath).then().statusCode(200).body(containsString("href=\"/learn/" + module + "\""));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "ui-class-pupil", roles = "learner")
    void aStudentJoinsWithTheCodeAfterAWrongOne() {
        Forms.from("/classes", "en").formParam("code", "ZZZZZZ").when().post("/classes/join")
                .then().statusCode(400).body(containsString("That class code is not right"), containsString("aria-invalid=\"true\""),
                        containsString("value=\"ZZZZZZ\""));
        Forms.from("/classes", "vi").formParam("code", code.toLowerCase()).when().post("/classes/join")
                .then().statusCode(303).header("Location", containsString(classPath + "?done=joined"));
        given().when().get(classPath).then().statusCode(200)
                .body(containsString("<progress"), containsString("/learn/"), not(containsString("<strong>" + code.substring(0, 3))));
        given().when().get("/classes").then().statusCode(200).body(containsString("Lớp 5A – STEAM"), not(containsString("Tạo lớp mới")));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "ui-class-teacher", roles = {"teacher", "learner"})
    void theTeacherSeesTheStudentAndTheModulesCompletion() {
        given().when().get(classPath).then().statusCode(200)
                .body(containsString("ui-class-pupil"), containsString("0/1 học sinh hoàn thành (0%)"));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "ui-class-stranger", roles = {"teacher", "learner"})
    void aStrangerGetsNotFound() {
        given().when().get(classPath).then().statusCode(404).contentType(containsString("text/html"));
    }
}
