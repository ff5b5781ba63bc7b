package org.hocvu.lms.course;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learner's path, enrolment and progress through the API and the services. The testers
 * curriculum names testers-passwords (published from src/test/resources/content/demo) beside
 * packages that do not exist, which must show as coming.
 */
@QuarkusTest
class LearningTest {
    private static final String PACKAGE = "testers-passwords";
    private static final String FIRST = "/api/v1/me/lessons/" + PACKAGE + "/1.0.0/tao-mat-khau/completion";
    private static final String SECOND = "/api/v1/me/lessons/" + PACKAGE + "/1.0.0/doi-mat-khau/completion";

    @Inject
    EnrolmentService enrolments;
    @Inject
    LearningProgressService progress;
    @Inject
    CourseProgressConsumer consumer;
    @Inject
    EntityManager em;

    static UUID joinTesters() {
        return UUID.fromString(given().contentType(ContentType.JSON).body("{\"targetGroups\":[\"testers\"]}")
                .when().put("/api/v1/me").then().statusCode(200).extract().path("id"));
    }

    @Test
    @TestSecurity(user = "path-walker", roles = "learner")
    void aLearnerFollowsTheirPathAndMarkingTwiceStoresNothingTwice() {
        UUID me = joinTesters();
        given().when().get("/api/v1/me/learning").then().statusCode(200)
                .body("paths.size()", equalTo(1))
                .body("paths[0].group", equalTo("testers"))
                .body("paths[0].courses[0].courseId", equalTo("testers-basics"))
                .body("paths[0].courses[0].courseTitle", equalTo("Tìm kiếm và bảo vệ mật khẩu"))
                .body("paths[0].courses[0].state", equalTo("not-started"))
                .body("paths[0].courses[0].packages[0].published", equalTo(false))
                .body("paths[0].courses[0].packages[1].href", equalTo("/learn/testers-passwords"))
                .body("paths[0].courses[1].state", equalTo("coming"))
                .body("paths[0].next.href", equalTo("/learn/testers-passwords/1.0.0/tao-mat-khau"));

        String statement = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("statementId", statement)).when().post(FIRST)
                .then().statusCode(200).body("stored", equalTo(true)).body("packageCompleted", equalTo(false));
        // the same press sent again from an offline queue
        given().contentType(ContentType.JSON).body(Map.of("statementId", statement)).when().post(FIRST)
                .then().statusCode(200).body("stored", equalTo(false));
        assertEquals(1, statements(UUID.fromString(statement)));
        consumer.catchUp();
        given().when().get("/api/v1/me/learning").then().statusCode(200)
                .body("paths[0].courses[0].state", equalTo("in-progress"))
                .body("paths[0].courses[0].lessonsDone", equalTo(1))
                .body("paths[0].courses[0].lessonsTotal", equalTo(2))
                .body("paths[0].courses[0].enrolled", equalTo(true))
                .body("paths[0].next.lessonId", equalTo("doi-mat-khau"));

        given().contentType(ContentType.JSON).body("{}").when().post(SECOND)
                .then().statusCode(200).body("stored", equalTo(true)).body("packageCompleted", equalTo(true));
        consumer.catchUp();
        assertTrue(progress.packageProgress(me, List.of(PACKAGE)).get(PACKAGE).completed());
        given().when().get("/api/v1/me/learning").then().statusCode(200)
                .body("paths[0].courses[0].state", equalTo("completed"))
                .body("paths[0].next", nullValue());
    }

    @Test
    @TestSecurity(user = "id-thief", roles = "learner")
    void aStatementIdIsNeitherReusedForAnotherLessonNorMadeUp() {
        joinTesters();
        String statement = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("statementId", statement)).when().post(FIRST)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("statementId", statement)).when().post(SECOND)
                .then().statusCode(409).body("message", containsString(statement));
        given().contentType(ContentType.JSON).body(Map.of("statementId", "not-a-uuid")).when().post(SECOND)
                .then().statusCode(400).body("field", equalTo("statementId"));
        given().contentType(ContentType.JSON).body("{}").when()
                .post("/api/v1/me/lessons/" + PACKAGE + "/1.0.0/no-such-lesson/completion").then().statusCode(404);
    }

    @Test
    void enrollingTwiceGivesTheSameEnrolmentAndOneStatement() {
        UUID learner = UUID.randomUUID();
        EnrolmentView first = enrolments.enrol(learner, "testers-basics", EnrolmentSource.MANAGER);
        EnrolmentView again = enrolments.enrol(learner, "testers-basics", EnrolmentSource.TEACHER);
        assertEquals(first, again);
        assertEquals(EnrolmentSource.MANAGER, again.source());
        assertTrue(enrolments.isEnrolled(learner, "testers-basics"));
        assertFalse(enrolments.isEnrolled(learner, "testers-fake-news"));
        assertEquals(1, enrolledStatements(first.id()));
    }

    @Test
    @TestSecurity(user = "outsider", roles = "learner")
    @OidcSecurity(claims = {@Claim(key = "occupation", value = "farmer"), @Claim(key = "age", value = "40")})
    void selfEnrolmentFollowsTheGroupsEligibilityAndSaysWhy() {
        given().header("Accept-Language", "en").when().post("/api/v1/courses/testers-basics/enrolment")
                .then().statusCode(403).body("message", containsString("This course is for the group"));
        given().when().post("/api/v1/courses/testers-fake-news/enrolment").then().statusCode(409)
                .body("message", containsString("sắp có"));
        given().when().post("/api/v1/courses/no-such-course/enrolment").then().statusCode(404);
        // a published package on its own is open to everyone signed in
        given().when().post("/api/v1/courses/testers-demo-passwords/enrolment").then().statusCode(200)
                .body("source", equalTo("SELF"));
    }

    @Test
    @TestSecurity(user = "eligible-tester", roles = "learner")
    @OidcSecurity(claims = {@Claim(key = "occupation", value = "tester"), @Claim(key = "age", value = "30")})
    void anEligibleLearnerEnrolsThemselvesOnce() {
        String id = given().when().post("/api/v1/courses/testers-basics/enrolment").then().statusCode(200)
                .body("courseId", equalTo("testers-basics")).extract().path("id");
        given().when().post("/api/v1/courses/testers-basics/enrolment").then().statusCode(200).body("id", equalTo(id));
        given().when().get("/api/v1/courses/testers-basics").then().statusCode(200).body("enrolled", equalTo(true));
    }

    @Test
    @TestSecurity(user = "stranger", roles = "learner")
    void aLearnerSeesOnlyTheirOwnProgress() {
        UUID me = joinTesters();
        UUID someoneElse = UUID.randomUUID();
        given().contentType(ContentType.JSON).body("{}").when().post(FIRST).then().statusCode(200);
        consumer.catchUp();
        assertEquals(1, progress.packageProgress(me, Set.of(PACKAGE)).get(PACKAGE).lessonsDone());
        assertEquals(0, progress.packageProgress(someoneElse, Set.of(PACKAGE)).get(PACKAGE).lessonsDone());
        given().when().get("/api/v1/me/learning").then().statusCode(200)
                .body("paths[0].courses[0].lessonsDone", equalTo(1));
    }

    @Test
    void withoutTheLearnerRoleThereIsNoLearningPath() {
        given().when().get("/api/v1/me/learning").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "rebuilder", roles = "learner")
    void rebuildingFromStatementZeroGivesTheSameProgress() {
        joinTesters();
        given().contentType(ContentType.JSON).body("{}").when().post(FIRST).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").when().post(SECOND).then().statusCode(200);
        consumer.catchUp();
        List<String> before = derived();
        consumer.rebuild();
        assertEquals(before, derived());
        assertFalse(before.isEmpty());
    }

    @Transactional
    List<String> derived() {
        List<String> rows = new java.util.ArrayList<>();
        ((List<?>) em.createNativeQuery("""
                SELECT concat_ws('|', statement_id, learner_id, package_id, version, lesson_id, completed_at) FROM course_completion
                ORDER BY statement_id""").getResultList()).forEach(r -> rows.add(r.toString()));
        ((List<?>) em.createNativeQuery("""
                SELECT concat_ws('|', learner_id, package_id, last_lesson_id, last_activity) FROM course_package_activity
                ORDER BY learner_id, package_id""").getResultList()).forEach(r -> rows.add(r.toString()));
        return rows;
    }

    @Transactional
    long statements(UUID id) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM xapi_statement WHERE id = ?1").setParameter(1, id)
                .getSingleResult()).longValue();
    }

    @Transactional
    long enrolledStatements(UUID registration) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM xapi_statement WHERE statement->'context'->>'registration' = ?1
                AND statement->'verb'->>'id' LIKE '%/enrolled'""").setParameter(1, registration.toString())
                .getSingleResult()).longValue();
    }
}
