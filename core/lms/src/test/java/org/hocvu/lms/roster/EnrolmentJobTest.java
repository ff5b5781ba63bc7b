package org.hocvu.lms.roster;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.classroom.ClassroomFixtures;
import org.hocvu.lms.course.EnrolmentService;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk enrolment through the API with the real Keycloak: a teacher's class, a manager's course, their bounds. */
@QuarkusTest
@DisabledIfSystemProperty(named = KeycloakTestResource.SKIP_PROPERTY, matches = "skip")
class EnrolmentJobTest {
    @Inject
    ClassroomFixtures classrooms;
    @Inject
    PeopleService people;
    @Inject
    EnrolmentService enrolments;

    private String newClass() {
        classrooms.inTheSchool();
        return given().contentType(ContentType.JSON).body("{\"name\":\"Lớp 8C\"}").when().post("/api/v1/classes")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "roster-teacher", roles = {"teacher", "learner"})
    void aTeachersFileFillsTheirClassRowByRowAndAgainChangesNothing() {
        String classId = newClass();
        String csv = "Tên đăng nhập,E-mail,Họ và tên,Mã đơn vị,Nhóm\n"
                + "hs-an-" + RosterFixtures.RUN + ",,Trần Văn An," + ClassroomFixtures.SCHOOL + ",testers\n"
                + "learner,,,,\n"
                + ",learner@demo.hocvu.local,,,\n"
                + "khong-co-ai-" + RosterFixtures.RUN + ",,,,\n"
                + ",,Lê Thị Không Tên,,\n"
                + "hs-xa-" + RosterFixtures.RUN + ",,Phạm Văn Xa,28249,testers\n"
                + "hs-nhom-" + RosterFixtures.RUN + ",,Võ Thị Nhóm," + ClassroomFixtures.SCHOOL + ",astronauts\n";
        String job = RosterFixtures.upload(RosterFixtures.utf8(csv, true), "classId", classId)
                .statusCode(202).body("totalRows", equalTo(7)).extract().path("id");
        RosterFixtures.finished(job).body("state", equalTo("done")).body("processedRows", equalTo(7)).body("percent", equalTo(100))
                .body("enrolled", equalTo(2)).body("created", equalTo(1)).body("already", equalTo(1)).body("failed", equalTo(4));

        String report = new String(given().header("Accept-Language", "vi").when().get("/api/v1/enrolment-jobs/" + job + "/errors.csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(report.startsWith("\uFEFFDòng,Tên đăng nhập,E-mail,Họ tên,Lý do\r\n"), report);
        assertTrue(report.contains("5,khong-co-ai-" + RosterFixtures.RUN + ",,,\"Không có ai có tên đăng nhập"), report);
        assertTrue(report.contains("6,,,Lê Thị Không Tên,Dòng này không có tên đăng nhập hay e-mail."), report);
        assertTrue(report.contains("7,hs-xa-" + RosterFixtures.RUN + ",,Phạm Văn Xa,\"Đơn vị \"\"Phường"), report);
        assertTrue(report.contains("astronauts"), report);
        assertEquals("Trần Văn An", people.account("hs-an-" + RosterFixtures.RUN).orElseThrow().name());
        assertFalse(people.account("hs-xa-" + RosterFixtures.RUN).isPresent(), "nobody is created outside the class's school");

        String again = RosterFixtures.upload(RosterFixtures.utf8(csv, false), "classId", classId).statusCode(202).extract().path("id");
        RosterFixtures.finished(again).body("enrolled", equalTo(0)).body("created", equalTo(0))
                .body("already", equalTo(3)).body("failed", equalTo(4));
        given().when().get("/api/v1/classes/" + classId + "/progress").then().statusCode(200)
                .body("students.name", hasItems("Trần Văn An", "Nguyễn Thị Lan"));
        given().when().get("/api/v1/enrolment-jobs").then().statusCode(200).body("id", hasItems(job, again));

        given().contentType(ContentType.JSON).body("{\"login\":\"khong-co-ai-" + RosterFixtures.RUN + "\"}")
                .when().post("/api/v1/classes/" + classId + "/students")
                .then().statusCode(400).body("field", equalTo("login"));
        given().contentType(ContentType.JSON).body("{\"login\":\"facilitator@demo.hocvu.local\"}")
                .when().post("/api/v1/classes/" + classId + "/students")
                .then().statusCode(200).body("students", equalTo(3));
    }

    @Test
    @TestSecurity(user = "roster-manager", roles = {"unit-manager", "learner"})
    void aManagerEnrolsOnlyPeopleOfTheirUnitAndBelow() {
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"28261\"}").put("/api/v1/me").then().statusCode(200);
        classrooms.school();
        String csv = "username;full_name;unit;groups\n"
                + "learner;;;\n"
                + "qt-binh-" + RosterFixtures.RUN + ";Đỗ Thị Bình;" + ClassroomFixtures.SCHOOL + ";testers\n"
                + "qt-ngoai-" + RosterFixtures.RUN + ";Hồ Văn Ngoài;28249;testers\n";
        String job = RosterFixtures.upload(RosterFixtures.utf8(csv, false), "course", ClassroomFixtures.PACKAGE)
                .statusCode(202).extract().path("id");
        RosterFixtures.finished(job).body("enrolled", equalTo(1)).body("created", equalTo(1)).body("failed", equalTo(2));
        var binh = people.account("qt-binh-" + RosterFixtures.RUN).orElseThrow();
        assertTrue(enrolments.isEnrolled(people.learner(binh).id(), ClassroomFixtures.PACKAGE));
        String report = new String(given().header("Accept-Language", "en").when().get("/api/v1/enrolment-jobs/" + job + "/errors.csv")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(report.contains("2,learner,,,\"\"\"learner\"\" does not belong to a unit you manage"), report);
        assertTrue(report.contains("is outside what you may enrol"), report);

        RosterFixtures.upload(RosterFixtures.utf8(csv, false), "classId", java.util.UUID.randomUUID().toString()).statusCode(403);
        RosterFixtures.upload(RosterFixtures.utf8(csv, false), "course", "no-such-course").statusCode(400).body("field", equalTo("course"));
    }

    @Test
    @TestSecurity(user = "roster-outsider", roles = {"unit-manager", "teacher", "learner"})
    void filesThatCannotBeReadAreRefusedWholeAndJobsAreTheirOwnersOnly() {
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"28261\"}").put("/api/v1/me").then().statusCode(200);
        String course = ClassroomFixtures.PACKAGE;
        RosterFixtures.upload("tên;họ\nan;b\n".getBytes(StandardCharsets.UTF_8), "course", course)
                .statusCode(400).body("field", equalTo("file"));
        RosterFixtures.upload("username\nL\u00EA\n".getBytes(StandardCharsets.ISO_8859_1), "course", course)
                .statusCode(400).body("message", containsString("UTF-8"));
        RosterFixtures.upload(new byte[0], "course", course).statusCode(400);
        byte[] huge = new byte[5_000_001];
        java.util.Arrays.fill(huge, (byte) 'a');
        RosterFixtures.upload(huge, "course", course).statusCode(413);
        StringBuilder many = new StringBuilder("username\n");
        for (int i = 0; i <= 20_000; i++) {
            many.append("u").append(i).append('\n');
        }
        RosterFixtures.upload(many.toString().getBytes(StandardCharsets.UTF_8), "course", course).statusCode(413);
        String tooLong = "username,full_name,unit\nx" + RosterFixtures.RUN + "," + "A".repeat(300) + ",28261\n";
        String job = RosterFixtures.upload(tooLong.getBytes(StandardCharsets.UTF_8), "course", course).statusCode(202).extract().path("id");
        RosterFixtures.finished(job).body("failed", equalTo(1));
        given().when().get("/api/v1/enrolment-jobs").then().statusCode(200).body("id", hasItems(job));
        given().when().get("/api/v1/enrolment-jobs/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "roster-peeker", roles = {"unit-manager", "learner"})
    void anotherPersonsJobIsNotFound() {
        String someone = given().when().get("/api/v1/enrolment-jobs").then().statusCode(200).extract().path("[0].id");
        assertEquals(null, someone);
    }
}
