package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.record.RelatedActivities;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.record.Score;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Activity;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hocvu.lms.xapi.XapiFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class XapiLearningRecordsTest {
    @Inject
    TransactionalRecorder service;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    StatementFeed feed;
    @Inject
    RecordingConsumer consumer;
    @Inject
    CredentialService credentials;
    @Inject
    Sql sql;
    @ConfigProperty(name = "hocvu.base-url")
    String baseUrl;
    IssuedCredential all;
    UUID learner;

    @BeforeEach
    void setUp() {
        all = XapiFixtures.credential(credentials, "all");
        learner = UUID.randomUUID();
    }

    @Test
    void theRowAndItsStatementCommitTogetherAndTheFeedGetsTheTypedView() {
        String docId = "doc-" + UUID.randomUUID();
        UUID registration = UUID.randomUUID();
        Activity course = activities.course("digital-basics", Map.of("vi", "Kỹ năng số cơ bản", "en", "Digital basics"));
        Activity lessonPackage = activities.lessonPackage("pkg-a", "1.2.0", Map.of("vi", "Gói bài"));
        Activity lesson = activities.lesson("pkg-a", "1.2.0", "l1", Map.of("vi", "Bài 1"));
        LearningEvent event = LearningEvent.of(learner, Verb.PASSED, lesson)
                .withRegistration(registration)
                .withResult(Result.graded(Score.points(8, 10), true).withDuration(Duration.ofMinutes(12)))
                .withContext(RelatedActivities.in(lessonPackage, course))
                .withExtensions(Map.of(Extensions.TARGET_GROUP, "farmers"));

        UUID id = service.saveAndRecord(docId, event, false);

        assertTrue(documentExists(docId));
        as(all).queryParam("statementId", id.toString()).get("/xapi/statements").then().statusCode(200)
                .body("actor.account.name", equalTo(learner.toString()))
                .body("actor.account.homePage", equalTo(baseUrl))
                .body("authority.account.name", equalTo("hocvu-engine"))
                .body("verb.display.vi", equalTo("đã đạt"))
                .body("object.definition.type", equalTo("http://adlnet.gov/expapi/activities/lesson"));
        feed.drain();
        LearningStatement seen = consumer.received().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        assertEquals(learner, seen.learner());
        assertEquals(Verb.PASSED.iri(), seen.verb());
        assertEquals(lesson.id(), seen.objectId());
        assertEquals("Activity", seen.objectType());
        assertEquals(registration, seen.registration());
        assertEquals(0.8, seen.result().score().scaled());
        assertEquals(Boolean.TRUE, seen.result().success());
        assertEquals(Duration.ofMinutes(12), seen.result().duration());
        assertEquals(List.of(lessonPackage.id()), seen.contextActivities().parent());
        assertEquals(List.of(course.id()), seen.contextActivities().grouping());
        assertEquals("farmers", seen.extensions().get(Extensions.TARGET_GROUP).asText());
        assertFalse(seen.voiding());
        assertNull(seen.voidedTarget());
        assertEquals(seen.stored(), seen.timestamp(), "without a timestamp the event happened when stored");
        assertEquals(id.toString(), seen.raw().get("id").asText());
    }

    @Test
    void whenTheServiceFailsNeitherTheRowNorTheStatementExists() {
        String docId = "doc-" + UUID.randomUUID();
        UUID statementId = UUID.randomUUID();
        LearningEvent event = LearningEvent.of(learner, Verb.ENROLLED, activities.course("c1", Map.of())).withId(statementId);

        assertThrows(TransactionalRecorder.ChangedMind.class, () -> service.saveAndRecord(docId, event, true));

        assertFalse(documentExists(docId));
        as(all).queryParam("statementId", statementId.toString()).get("/xapi/statements").then().statusCode(404);
        feed.drain();
        assertTrue(consumer.received().stream().noneMatch(s -> s.id().equals(statementId)));
    }

    @Test
    void anInvalidEventIsRefusedAsTheLrsRefusesTheSameStatementAndRollsBackTheRow() {
        String docId = "doc-" + UUID.randomUUID();
        LearningEvent event = LearningEvent.of(learner, Verb.SCORED, activities.standardTest("citizens", Map.of()))
                .withResult(new Result(Score.scaled(1.5), null, null, null, null));

        XapiException refused = assertThrows(XapiException.class, () -> service.saveAndRecord(docId, event, false));

        assertFalse(documentExists(docId));
        assertEquals(400, refused.status());
        String statement = """
                {"actor":{"objectType":"Agent","account":{"homePage":"%s","name":"%s"}},
                 "verb":{"id":"%s"},"object":{"id":"%s"},"result":{"score":{"scaled":1.5}}}"""
                .formatted(baseUrl, learner, Verb.SCORED.iri(), activities.standardTest("citizens", Map.of()).id());
        as(all).header("Accept-Language", "en").contentType(ContentType.JSON).body(statement).post("/xapi/statements")
                .then().statusCode(400)
                .body("message", equalTo(Messages.get(Locale.ENGLISH, refused.messageKey(), refused.args())));
    }

    @Test
    void activityIrisAreBuiltFromTheBaseUrlAndVerbsSpeakBothLanguages() {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        assertEquals(base + "xapi/activities/courses/k%C3%A9%201", activities.course("ké 1", Map.of()).id());
        assertEquals(base + "xapi/activities/packages/p/2.0.1/lessons/a%2Fb",
                activities.lesson("p", "2.0.1", "a/b", Map.of()).id());
        assertEquals(base + "xapi/activities/packages/p/2.0.1/items/q7", activities.quizItem("p", "2.0.1", "q7", Map.of()).id());
        assertEquals(base + "xapi/activities/skills/farmers/traceability",
                activities.practicalSkill("farmers", "traceability", Map.of()).id());
        for (Verb verb : Verb.values()) {
            String key = "xapi.verb." + verb.name().toLowerCase(Locale.ROOT);
            assertFalse(verb.display(Messages.VIETNAMESE).equals(key), key);
            assertFalse(verb.display(Locale.ENGLISH).equals(key), key);
        }
        assertEquals("https://w3id.org/xapi/adl/verbs/satisfied", Verb.SATISFIED.iri());
    }

    @Test
    void aBatchIsRecordedAllOrNothing() {
        Activity item = activities.quizItem("p", "1", "q1", Map.of("vi", "Câu 1"));
        UUID good = UUID.randomUUID();
        LearningEvent answered = LearningEvent.of(learner, Verb.ANSWERED, item).withResult(Result.answer("b", true)).withId(good);
        LearningEvent broken = LearningEvent.of(learner, Verb.SCORED, item).withResult(new Result(Score.scaled(-2), null, null, null, null));
        assertThrows(XapiException.class, () -> records.record(List.of(answered, broken)));
        as(all).queryParam("statementId", good.toString()).get("/xapi/statements").then().statusCode(404);
        List<UUID> ids = records.record(List.of(answered, LearningEvent.of(learner, Verb.COMPLETED, item)));
        assertEquals(good, ids.get(0));
        as(all).queryParam("statementId", ids.get(1).toString()).get("/xapi/statements").then().statusCode(200);
    }

    private boolean documentExists(String docId) {
        return sql.one("SELECT 1 FROM xapi_document WHERE doc_id = ?", q -> q.setString(1, docId), rs -> true).isPresent();
    }
}
