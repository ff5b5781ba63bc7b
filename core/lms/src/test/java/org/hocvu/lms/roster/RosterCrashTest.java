package org.hocvu.lms.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.classroom.ClassroomFixtures;
import org.hocvu.lms.classroom.Membership;
import org.hocvu.lms.course.EnrolmentService;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A job that dies in the middle of a chunk: the chunk leaves nothing behind (no membership, no
 * statement, no outcome, the cursor where it was), and the job resumes there and finishes with
 * every person enrolled once.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = KeycloakTestResource.SKIP_PROPERTY, matches = "skip")
class RosterCrashTest {
    @Inject
    ClassroomFixtures classrooms;
    @Inject
    JobStore store;
    @Inject
    EntityManager em;
    @Inject
    Activities activities;
    @Inject
    PeopleService people;
    @Inject
    UnitService units;
    @Inject
    EnrolmentService enrolments;
    @Inject
    Membership membership;

    /** The real second step, except that it dies at the row of "crash-here…" while {@code crashing}. */
    static class CrashingTargets extends RosterTargets {
        volatile boolean crashing = true;

        @Override
        JobStore.Outcome apply(JobTarget target, RowResolver.Resolution r) {
            if (crashing && r.row().login().startsWith("crash-here")) {
                throw new IllegalStateException("simulated crash in the middle of a chunk");
            }
            return super.apply(target, r);
        }
    }

    @Test
    @TestSecurity(user = "crash-teacher", roles = {"teacher", "learner"})
    void aJobThatDiesMidChunkResumesAtItsCursorAndEnrolsEveryoneOnce() {
        CrashingTargets crashing = new CrashingTargets();
        crashing.people = people;
        crashing.units = units;
        crashing.enrolments = enrolments;
        crashing.membership = membership;
        QuarkusMock.installMockForType(crashing, RosterTargets.class);

        classrooms.inTheSchool();
        String classId = given().contentType(ContentType.JSON).body("{\"name\":\"Lớp 9D\"}").when().post("/api/v1/classes")
                .then().statusCode(201).extract().path("id");
        StringBuilder csv = new StringBuilder("username,full_name,unit,groups\n");
        for (int i = 1; i <= 7; i++) {
            String who = i == 5 ? "crash-here-" + RosterFixtures.RUN : "hs" + i + "-" + RosterFixtures.RUN;
            csv.append(who).append(",Nguyễn Văn Số ").append(i).append(',').append(ClassroomFixtures.SCHOOL).append(",testers\n");
        }
        String job = RosterFixtures.upload(RosterFixtures.utf8(csv.toString(), false), "classId", classId)
                .statusCode(202).extract().path("id");
        UUID jobId = UUID.fromString(job);

        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (store.job(jobId).orElseThrow().attempts() == 0 && Instant.now().isBefore(until)) {
            RosterFixtures.pause(50);
        }
        JobStore.Job crashed = store.job(jobId).orElseThrow();
        crashing.crashing = false;
        assertEquals(1, crashed.attempts(), "the chunk with the crash failed once so far");
        assertEquals(3, crashed.nextRow(), "the first chunk (rows 1-3) committed, the second not");
        assertEquals(3, crashed.enrolled());
        assertNull(outcome(jobId, 4), "row 4, before the crash in the same chunk, is not half done");
        assertEquals(3, students(classId));

        RosterFixtures.finished(job).body("state", equalTo("done")).body("processedRows", equalTo(7))
                .body("enrolled", equalTo(7)).body("failed", equalTo(0));
        assertEquals(7, students(classId), "the crash row's person is created and enrolled on the retry");
        long joined = classrooms.statements(Verb.JOINED.iri(), activities.schoolClass(classId, null).id());
        assertEquals(7, joined, "one joined statement per student: nothing of the rolled-back chunk remained");
    }

    private int students(String classId) {
        return given().when().get("/api/v1/classes/" + classId).then().statusCode(200).extract().path("students");
    }

    private String outcome(UUID job, int row) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT outcome FROM roster_job_row WHERE job_id = ?1 AND row_no = ?2")
                .setParameter(1, job).setParameter(2, row).getSingleResult());
    }
}
