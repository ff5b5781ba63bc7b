package org.hocvu.lms.classroom;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A teacher's class from creation to progress; students joining; who sees what; code guessing refused. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassroomResourceTest {
    private static String classId;
    private static String code;

    @Inject
    ClassroomFixtures fixtures;
    @Inject
    Activities activities;

    @Test
    @Order(1)
    @TestSecurity(user = "class-teacher", roles = {"teacher", "learner"})
    void aTeacherCreatesAClassInTheirSchoolAndLoadsAModule() {
        fixtures.inTheSchool();
        given().when().get("/api/v1/classes/schools").then().statusCode(200).body("code", hasItem(ClassroomFixtures.SCHOOL));
        var created = given().contentType(ContentType.JSON).body("{\"name\":\"Lớp 7A – STEM\"}")
                .when().post("/api/v1/classes")
                .then().statusCode(201)
                .body("school.code", equalTo(ClassroomFixtures.SCHOOL))
                .body("joinCode", matchesPattern("[" + JoinCodes.ALPHABET + "]{6}"))
                .body("mine", equalTo(true)).extract();
        classId = created.path("id");
        code = created.path("joinCode");

        given().contentType(ContentType.JSON).body("{\"packageId\":\"" + ClassroomFixtures.PACKAGE + "\"}")
                .when().post("/api/v1/classes/" + classId + "/modules")
                .then().statusCode(200).body("modules", hasSize(1))
                .body("modules[0].title.vi", equalTo("Mật khẩu an toàn")).body("modules[0].href", equalTo("/learn/" + ClassroomFixtures.PACKAGE));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"packageId\":\"no-such-package\"}")
                .when().post("/api/v1/classes/" + classId + "/modules")
                .then().statusCode(400).body("field", equalTo("packageId")).body("message", containsString("not published"));
        given().contentType(ContentType.JSON).body("{\"name\":\"\"}").when().post("/api/v1/classes")
                .then().statusCode(400).body("field", equalTo("name"));
        given().when().get("/api/v1/classes").then().statusCode(200).body("teaching.id", hasItem(classId));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "class-pupil", roles = "learner")
    void aStudentJoinsWithTheCodeAsTypedOnAPhoneOnce() {
        String typed = code.substring(0, 3).toLowerCase() + " " + code.substring(3);
        given().contentType(ContentType.JSON).body(Map.of("code", typed)).when().post("/api/v1/classes/join")
                .then().statusCode(200).body("id", equalTo(classId)).body("joinCode", nullValue()).body("mine", equalTo(false))
                .body("modules", hasSize(1));
        given().contentType(ContentType.JSON).body(Map.of("code", code)).when().post("/api/v1/classes/join").then().statusCode(200);
        given().when().get("/api/v1/classes").then().statusCode(200)
                .body("attending.id", equalTo(java.util.List.of(classId))).body("teaching", hasSize(0));
        assertEquals(1, fixtures.statements(Verb.JOINED.iri(), activities.schoolClass(classId, null).id()),
                "one joined statement for the one membership, however often the code is typed");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "class-stranger", roles = {"learner", "teacher"})
    void nobodyElseSeesTheClass() {
        given().when().get("/api/v1/classes/" + classId).then().statusCode(404);
        given().when().get("/api/v1/classes/" + classId + "/progress").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"packageId\":\"" + ClassroomFixtures.PACKAGE + "\"}")
                .when().post("/api/v1/classes/" + classId + "/modules").then().statusCode(404);
        given().when().get("/api/v1/classes/not-a-uuid").then().statusCode(404);
        given().when().get("/api/v1/classes").then().statusCode(200)
                .body("teaching.id", not(hasItem(classId))).body("attending", hasSize(0));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "class-guesser", roles = "learner")
    void guessingCodesIsRefusedEvenWithTheRightCodeAfterwards() {
        String wrong = code.equals("AAAAAA") ? "CCCCCC" : "AAAAAA";
        for (int i = 0; i < 10; i++) {
            given().contentType(ContentType.JSON).body(Map.of("code", wrong)).when().post("/api/v1/classes/join")
                    .then().statusCode(400).body("field", equalTo("code"));
        }
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("code", code))
                .when().post("/api/v1/classes/join")
                .then().statusCode(429).body("message", containsString("too many times"));
        given().when().get("/api/v1/classes").then().statusCode(200).body("attending", hasSize(0));
    }

    @Test
    @Order(5)
    @TestSecurity(user = "class-teacher", roles = {"teacher", "learner"})
    void theTeacherSeesEachStudentsProgressAndEachModulesCompletion() {
        given().when().get("/api/v1/classes/" + classId + "/progress")
                .then().statusCode(200)
                .body("students", hasSize(1))
                .body("students[0].name", equalTo("class-pupil"))
                .body("students[0].modules[0].packageId", equalTo(ClassroomFixtures.PACKAGE))
                .body("students[0].modules[0].lessonsTotal", equalTo(1))
                .body("completion[0].students", equalTo(1))
                .body("completion[0].percent", equalTo(0));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "class-teacher-commune", roles = {"teacher", "learner"})
    void aTeacherWithoutASchoolIsToldWhatToDo() {
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"28249\"}").put("/api/v1/me").then().statusCode(200);
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"name\":\"Lớp 6B\"}")
                .when().post("/api/v1/classes")
                .then().statusCode(400).body("field", equalTo("schoolCode")).body("message", containsString("not a school"));
        given().contentType(ContentType.JSON).body("{\"name\":\"Lớp 6B\", \"schoolCode\":\"" + ClassroomFixtures.SCHOOL + "\"}")
                .when().post("/api/v1/classes").then().statusCode(400);
    }

    @Test
    @Order(7)
    @TestSecurity(user = "class-pupil-only", roles = "learner")
    void aStudentCannotCreateAClass() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Lớp của em\"}").when().post("/api/v1/classes").then().statusCode(403);
    }
}
