package org.hocvu.ui.content;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;
import org.hocvu.lms.content.review.VersionStatus;
import org.hocvu.ui.i18n.PageTexts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lesson-package pages over HTTP: who may open them, a partner's upload (refused with its
 * report, or kept as a draft) and submission, organisations kept apart, the reviewer's queue,
 * preview and decision, the texts in every language. One package travels through the steps in order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentPagesTest {
    private static final String PACKAGE = LessonPackages.newId("ui-pages");
    private static final String PARTNER_VERSION = "/packages/" + PACKAGE + "/1.0.0";
    private static final String REVIEW_VERSION = "/review/" + PACKAGE + "/1.0.0";
    private static final Pattern LESSON_FRAME = Pattern.compile("<iframe class=\"lesson\" src=\"(/content/[0-9a-f-]{36}/lessons/bat-dau\\.vi\\.html)\"");

    @Test
    @Order(1)
    @TestSecurity(user = "lan", roles = "learner")
    void learnersAreToldWhichRoleEachPageTakes() {
        given().when().get("/packages").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("Đối tác nội dung"));
        given().when().get("/review").then().statusCode(403).body(containsString("Người duyệt học liệu"));
        given().when().get("/me").then().statusCode(200)
                .body(not(containsString("href=\"/packages\"")), not(containsString("href=\"/review\"")));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "partner-a", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-a"))
    void aRefusedUploadShowsEveryProblemWithFileAndLineInTheReadersLanguageAndKeepsNothing() {
        PageForms form = PageForms.of("/packages");
        uploaded(form).cookie("hocvu-lang", "en").multiPart("file", LessonPackages.broken(PACKAGE).toFile(), "application/zip")
                .when().post("/packages/upload")
                .then().statusCode(422)
                .body(containsString("<html lang=\"en\">"), containsString("Check report"),
                        containsString("<code>package.yaml:" + LessonPackages.ESTIMATED_MINUTES_LINE + "</code>"),
                        containsString("aria-invalid=\"true\""));
        uploaded(form).multiPart("file", "", new byte[0], "application/octet-stream").when().post("/packages/upload")
                .then().statusCode(400).body(containsString("Hãy chọn một tệp gói bài học"));
        given().when().get("/packages").then().statusCode(200)
                .body(containsString("chưa có gói bài học nào"), not(containsString(PACKAGE)));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "partner-a", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-a"))
    void aPartnerUploadsAPackageAndSubmitsItForReview() {
        PageForms form = PageForms.of("/packages");
        uploaded(form).redirects().follow(false).multiPart("file", LessonPackages.valid(PACKAGE).toFile(), "application/zip")
                .when().post("/packages/upload")
                .then().statusCode(303).header("Location", containsString(PARTNER_VERSION + "?done=uploaded"));
        given().when().get(PARTNER_VERSION + "?done=uploaded").then().statusCode(200)
                .body(containsString("không có lỗi nào"), containsString("Bản nháp"), containsString("Làm quen với điện thoại"),
                        containsString("action=\"" + PARTNER_VERSION + "/submit"));
        given().when().get("/packages").then().statusCode(200)
                .body(containsString("href=\"" + PARTNER_VERSION + "\""), containsString("href=\"/packages\" aria-current=\"page\""));

        posted(PageForms.of(PARTNER_VERSION)).redirects().follow(false).formParam("comment", "Bản đầu tiên")
                .when().post(PARTNER_VERSION + "/submit")
                .then().statusCode(303).header("Location", containsString("?done=submitted"));
        given().cookie("hocvu-lang", "en").when().get(PARTNER_VERSION).then().statusCode(200)
                .body(containsString("Waiting for review"), containsString("Submitted for review"),
                        containsString("Bản đầu tiên"), containsString("by partner-a"), not(containsString("/submit")));
        // submitting twice is said on the page, not a 500
        posted(PageForms.of("/packages")).formParam("comment", "lại").when().post(PARTNER_VERSION + "/submit")
                .then().statusCode(409).body(containsString("class=\"error\""));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "partner-b", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-b"))
    void anotherOrganisationsPartnerNeitherSeesNorSubmitsIt() {
        given().when().get("/packages").then().statusCode(200).body(not(containsString(PACKAGE)));
        given().when().get(PARTNER_VERSION).then().statusCode(404).contentType(containsString("text/html"));
        posted(PageForms.of("/packages")).when().post(PARTNER_VERSION + "/submit").then().statusCode(404);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "reviewer-r", roles = "reviewer")
    void aReviewerPreviewsTheLessonsAsLearnersWillSeeThem() {
        given().when().get("/review").then().statusCode(200)
                .body(containsString("href=\"" + REVIEW_VERSION + "\""), containsString("href=\"/review\" aria-current=\"page\""));
        String preview = given().when().get(REVIEW_VERSION).then().statusCode(200)
                .body(containsString("sandbox"), containsString("Bản đầu tiên")).extract().asString();
        Matcher frame = LESSON_FRAME.matcher(preview);
        assertTrue(frame.find(), "the lesson in a sandboxed frame: " + preview);
        // the frame is the engine's sanitised page, which only HọcVụ's own pages may embed
        given().when().get(frame.group(1)).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Bật máy và kết nối Wi-Fi"))
                .header("Content-Security-Policy", allOf(containsString("sandbox"), containsString("frame-ancestors 'self'"),
                        not(containsString("frame-ancestors 'none'"))));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "reviewer-r", roles = "reviewer")
    void aRejectionWithoutACommentIsRefusedAndWhatWasTypedStays() {
        posted(PageForms.of(REVIEW_VERSION)).formParam("decision", "reject").formParam("comment", "  ")
                .when().post(REVIEW_VERSION + "/decision")
                .then().statusCode(400).body(containsString("id=\"comment-error\""), containsString("aria-invalid=\"true\""));
        posted(PageForms.of(REVIEW_VERSION)).formParam("decision", "maybe").formParam("comment", "Gần xong rồi")
                .when().post(REVIEW_VERSION + "/decision")
                .then().statusCode(400).body(containsString(">Gần xong rồi</textarea>"), containsString("Hãy chọn Phê duyệt"));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "reviewer-r", roles = "reviewer")
    void anApprovalPublishesItInTheCatalog() {
        posted(PageForms.of(REVIEW_VERSION)).redirects().follow(false).formParam("decision", "approve")
                .formParam("comment", "Tốt")
                .when().post(REVIEW_VERSION + "/decision")
                .then().statusCode(303).header("Location", containsString("?done=approved"));
        given().when().get(REVIEW_VERSION + "?done=approved").then().statusCode(200)
                .body(containsString("Đã xuất bản"), containsString("Tốt"), not(containsString("/decision")));
        given().when().get("/review").then().statusCode(200).body(not(containsString(REVIEW_VERSION)));
        given().queryParam("size", "100").when().get("/api/v1/catalog").then().statusCode(200)
                .body("items.packageId", hasItem(PACKAGE));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "partner-a", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-a"))
    void thePartnerReadsTheReviewersCommentInKhmerFallingBackToVietnamese() {
        given().cookie("hocvu-lang", "km").when().get(PARTNER_VERSION).then().statusCode(200)
                .body(containsString("<html lang=\"km\">"), containsString("Lịch sử duyệt"), containsString("Tốt"),
                        containsString("Phê duyệt và xuất bản"), not(containsString("content_")));
        given().when().get("/packages?page=abc").then().statusCode(400).body(containsString("class=\"error\""));
    }

    @Test
    void everyStatusAndReviewStepHasAText() {
        Arrays.stream(VersionStatus.values())
                .forEach(s -> assertTrue(PageTexts.has("content_status_" + s.dataName()), s.dataName()));
        ContentWords.ACTIONS.forEach(a -> assertTrue(PageTexts.has("content_action_" + a), a));
    }

    /** A form post carrying the page's CSRF token, as its form would send it. */
    private static RequestSpecification posted(PageForms form) {
        // as browsers send forms of UTF-8 pages (RestAssured's default is ISO-8859-1)
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie(PageForms.NAME, form.cookie()).formParam(PageForms.NAME, form.token());
    }

    /** The upload form's multipart post, with the token as one of its parts. */
    private static RequestSpecification uploaded(PageForms form) {
        return given().cookie(PageForms.NAME, form.cookie()).multiPart(PageForms.NAME, form.token());
    }
}
