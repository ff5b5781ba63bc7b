package org.hocvu.ui.learning;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.hocvu.ui.content.LessonPackages;
import org.hocvu.ui.web.Forms;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learner's pages in the assembled application: a package published through review is found in
 * the catalog accents aside, taken, opened in the lesson player (its next lesson, the current
 * version), practised and marked complete with plain form posts, under the 60 KB page budget.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearningPagesTest {
    private static final String PACKAGE = LessonPackages.newId("ui-learning");
    private static final String LESSON = "/learn/" + PACKAGE + "/1.0.0/bat-dau";
    private static final int PAGE_BUDGET = 60 * 1024;

    @Test
    @Order(1)
    @TestSecurity(user = "partner-l", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-l"))
    void aPartnerSubmitsAPackage() {
        given().multiPart("file", LessonPackages.valid(PACKAGE).toFile(), "application/zip").when()
                .post("/api/v1/packages").then().statusCode(201);
        given().contentType("application/json").body("{}").when().post("/api/v1/packages/" + PACKAGE + "/versions/1.0.0/submit").then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "reviewer-l", roles = "reviewer")
    void aReviewerPublishesIt() {
        given().contentType("application/json").body("{}").when().post("/api/v1/packages/" + PACKAGE + "/versions/1.0.0/approve").then().statusCode(200);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "reader", roles = "learner")
    void aLearnerFindsTakesReadsPractisesAndCompletesALesson() {
        given().when().get("/catalog?q=lam+quen+DIEN+thoai").then().statusCode(200)
                .body(containsString("Làm quen với điện thoại"), containsString("value=\"" + PACKAGE + "\""));
        given().when().get("/catalog?q=khong-co-bai-nay-xyz").then().statusCode(200)
                .body(containsString("Không tìm thấy gói bài học nào"));

        Forms.from("/catalog?q=" + PACKAGE, "vi").formParam("packageId", PACKAGE).when().post("/catalog/enrol")
                .then().statusCode(303).header("Location", endsWith("/courses/" + PACKAGE + "?enrolled=1"));
        Response course = given().when().get("/courses/" + PACKAGE);
        course.then().statusCode(200).body(containsString("id=\"continue\" href=\"" + LESSON + "\""),
                not(containsString("id=\"enrol\"")), containsString("Lưu để đọc khi không có mạng"));
        assertTrue(course.asByteArray().length < PAGE_BUDGET);

        given().redirects().follow(false).when().get("/learn/" + PACKAGE).then().statusCode(303)
                .header("Location", endsWith(LESSON));
        given().redirects().follow(false).when().get("/learn/" + PACKAGE + "/0.9.0/bat-dau").then().statusCode(303)
                .header("Location", endsWith(LESSON));
        Response lesson = given().when().get(LESSON);
        lesson.then().statusCode(200).body(containsString("Bài 1 trên 1"), containsString("Đánh dấu hoàn thành"),
                containsString("Luyện tập"), not(containsString("<iframe")));
        assertTrue(lesson.asByteArray().length < PAGE_BUDGET, lesson.asByteArray().length + " bytes");

        Forms.from(LESSON, "vi").formParam("answer", "a").when().post(LESSON + "/quiz/cau-1").then().statusCode(200)
                .body(containsString("Đúng rồi!"));
        Forms.from(LESSON, "en").formParam("answer", "true").when().post(LESSON + "/quiz/cau-2").then().statusCode(200)
                .body(containsString("Not quite."));
        // nothing chosen: the lesson again, the item saying what to do
        Forms.from(LESSON, "vi").when().post(LESSON + "/quiz/cau-1").then().statusCode(400)
                .body(containsString("id=\"item-cau-1-problem\" role=\"alert\">Hãy chọn một câu trả lời"),
                        containsString("Bài 1 trên 1"), containsString("Đánh dấu hoàn thành"));

        String statement = UUID.randomUUID().toString();
        Forms.from(LESSON, "vi").formParam("statementId", statement).when().post(LESSON + "/complete")
                .then().statusCode(303).header("Location", endsWith(LESSON + "?done=1"));
        Forms.from(LESSON, "vi").formParam("statementId", statement).when().post(LESSON + "/complete")
                .then().statusCode(303);
        given().when().get(LESSON).then().statusCode(200).body(containsString("Bạn đã hoàn thành bài này"));
        given().when().get("/courses/" + PACKAGE + "/offline").then().statusCode(200)
                .body(containsString(LESSON));
        given().when().get("/").then().statusCode(200).body(containsString("href=\"/catalog\""));
    }
}
