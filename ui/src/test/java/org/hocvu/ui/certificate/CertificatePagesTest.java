package org.hocvu.ui.certificate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hocvu.lms.certificate.CertificateService;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.record.Score;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.hocvu.ui.web.Forms;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The certificate pages in the assembled application: a passed standard test (recorded as the assessment
 * context records it) leads to a listed certificate with its files; the public verification page says
 * valid, revoked or not found; admins revoke with a reason.
 */
@QuarkusTest
class CertificatePagesTest {
    private static final String GROUP = "citizens";

    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    StatementFeed feed;
    @Inject
    CertificateService certificates;

    @Test
    @TestSecurity(user = "certificate-page-learner", roles = "learner")
    void aPassedTestShowsACertificateWithItsFiles() {
        given().when().get("/certificates").then().statusCode(200).body(containsString("id=\"no-certificates\""));
        UUID me = UUID.fromString(given().get("/api/v1/me").then().statusCode(200).extract().path("id"));
        UUID id = pass(me);
        given().when().get("/certificates").then().statusCode(200)
                .body(containsString("/verify/" + id), containsString("/certificates/" + id + "/pdf"), containsString("Chứng nhận"));
        byte[] pdf = given().when().get("/certificates/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        given().when().get("/certificates/" + id + "/png").then().statusCode(200).contentType("image/png");
        given().when().get("/certificates/" + id + "/credential").then().statusCode(200)
                .body(containsString("OpenBadgeCredential"), containsString("eddsa-rdfc-2022"));
        given().when().get("/certificates/" + UUID.randomUUID() + "/pdf").then().statusCode(404);

        Forms.from("/certificates", "vi").formParam("printName", "yes").when().post("/certificates/name")
                .then().statusCode(303);
        given().when().get("/certificates?saved=1").then().statusCode(200).body(containsString("id=\"saved\""));
        String name = given().get("/api/v1/me").path("displayName");
        given().when().get("/verify/" + id).then().statusCode(200).body(containsString("hợp lệ"), containsString(name));
    }

    @Test
    void theVerificationPageIsPublicSmallAndSaysNotFoundAlike() {
        UUID id = pass(UUID.randomUUID());
        String page = given().redirects().follow(false).when().get("/verify/" + id).then().statusCode(200)
                .body(containsString("Chứng nhận hợp lệ"), containsString("Chữ ký số đã được kiểm tra"),
                        not(containsString("<script")))
                .extract().asString();
        assertTrue(page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 20 * 1024, "at most 20 KB");
        String unknown = given().redirects().follow(false).when().get("/verify/" + UUID.randomUUID()).then().statusCode(404)
                .body(containsString("Không tìm thấy chứng nhận")).extract().asString();
        String malformed = given().redirects().follow(false).when().get("/verify/not-a-certificate").then().statusCode(404)
                .extract().asString();
        assertTrue(unknown.equals(malformed), "unknown and malformed ids get the same page");
        given().header("Accept-Language", "en").when().get("/verify/" + id).then().statusCode(200)
                .body(containsString("This certificate is valid"));
    }

    @Test
    @TestSecurity(user = "certificate-page-admin", roles = "admin")
    void anAdminRevokesWithAReasonAndThePageSaysSo() {
        UUID id = pass(UUID.randomUUID());
        given().when().get("/admin/certificates").then().statusCode(200).body(containsString("/admin/certificates/" + id + "/revoke"));
        Forms.from("/admin/certificates", "vi").formParam("reason", " ").when().post("/admin/certificates/" + id + "/revoke")
                .then().statusCode(400).body(containsString("Hãy ghi lý do thu hồi"));
        Forms.from("/admin/certificates", "vi").formParam("reason", "Cấp nhầm").when().post("/admin/certificates/" + id + "/revoke")
                .then().statusCode(303);
        given().when().get("/verify/" + id).then().statusCode(200).body(containsString("đã bị thu hồi ngày"));
        given().when().get("/admin/certificates").then().statusCode(200).body(containsString("Cấp nhầm"));
    }

    @Test
    @TestSecurity(user = "certificate-page-nosy", roles = "learner")
    void learnersDoNotOpenTheAdminList() {
        given().when().get("/admin/certificates").then().statusCode(403);
    }

    /** The learner passes the citizens' standard test, as the assessment context records it; returns the certificate. */
    private UUID pass(UUID learner) {
        records.record(LearningEvent.of(learner, Verb.PASSED, activities.standardTest(GROUP, Map.of("vi", "Bài kiểm tra chuẩn")))
                .withResult(Result.graded(Score.points(22, 25), true)));
        feed.drain();
        return certificates.mine(learner).get(0).id();
    }
}
