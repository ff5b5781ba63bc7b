package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.http.XapiResponses;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hocvu.lms.xapi.XapiFixtures.as;
import static org.hocvu.lms.xapi.XapiFixtures.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The xAPI 1.0.3 behaviours an independent conformance run still found missing (issue 10). */
@QuarkusTest
class XapiLrsConformanceTest {
    /** IMF-fixdate (RFC 7231 7.1.1.1): two-digit day, GMT. */
    static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";
    private static final String VERB = "http://adlnet.gov/expapi/verbs/experienced";

    @Inject
    CredentialService credentials;
    @Inject
    TransactionalRecorder slowWriter;
    @Inject
    Activities activities;
    IssuedCredential all;
    String activity;

    @BeforeEach
    void setUp() {
        all = XapiFixtures.credential(credentials, "all");
        activity = "http://example.org/conformance/" + UUID.randomUUID();
    }

    @Test
    void everyResponseOfTheApplicationCarriesAnImfFixdate() {
        given().get("/xapi/about").then().statusCode(200).header("Date", matchesPattern(IMF_FIXDATE));
        given().get("/api/v1/units").then().header("Date", matchesPattern(IMF_FIXDATE));
        given().get("/no/such/page").then().statusCode(404).header("Date", matchesPattern(IMF_FIXDATE));
        as(all).get("/xapi/statements").then().statusCode(200).header("Date", matchesPattern(IMF_FIXDATE));
        assertEquals("Tue, 01 Dec 2026 07:05:09 GMT", XapiResponses.httpDate(Instant.parse("2026-12-01T07:05:09Z")));
        String agent = agent();
        as(all).queryParam("activityId", activity).queryParam("stateId", "d").queryParam("agent", agent)
                .contentType(ContentType.JSON).body("{}").put("/xapi/activities/state").then().statusCode(204);
        as(all).queryParam("activityId", activity).queryParam("stateId", "d").queryParam("agent", agent)
                .get("/xapi/activities/state").then().statusCode(200).header("Last-Modified", matchesPattern(IMF_FIXDATE));
    }

    @Test
    void statementsSentAsAFormAreRefusedWith400() {
        as(all).multiPart("statement", statement(null, "a@example.org", VERB, activity), "application/json")
                .post("/xapi/statements").then().statusCode(400);
        as(all).multiPart("statement", "x".repeat(20_000)).post("/xapi/statements").then().statusCode(400);
    }

    @Test
    void formatIdsGivesOnlyTheIdOfASubStatementsActivity() {
        String id = UUID.randomUUID().toString();
        String subStatement = """
                {"id":"%s","actor":{"mbox":"mailto:sub@example.org"},"verb":{"id":"%s"},
                 "object":{"objectType":"SubStatement","actor":{"mbox":"mailto:sub@example.org"},"verb":{"id":"%s"},
                           "object":{"objectType":"Activity","id":"%s","definition":{"name":{"en-US":"Sub"}}}}}"""
                .formatted(id, VERB, VERB, activity);
        as(all).contentType(ContentType.JSON).body(subStatement).post("/xapi/statements").then().statusCode(200);
        as(all).queryParam("statementId", id).queryParam("format", "ids").get("/xapi/statements").then().statusCode(200)
                .body("object.object.id", equalTo(activity))
                .body("object.object.objectType", nullValue())
                .body("object.object.definition", nullValue());
    }

    @Test
    void languageMapsMergeWithinABatchAsAcrossRequests() {
        String batch = """
                [{"actor":{"mbox":"mailto:b@example.org"},"verb":{"id":"%1$s"},"object":{"id":"%2$s","definition":{"name":{"en-US":"Lesson"}}}},
                 {"actor":{"mbox":"mailto:b@example.org"},"verb":{"id":"%1$s"},"object":{"id":"%2$s","definition":{"name":{"vi":"Bài học"}}}}]"""
                .formatted(VERB, activity);
        as(all).contentType(ContentType.JSON).body(batch).post("/xapi/statements").then().statusCode(200);
        as(all).queryParam("activityId", activity).get("/xapi/activities").then().statusCode(200)
                .body("definition.name.en-US", equalTo("Lesson"))
                .body("definition.name.vi", equalTo("Bài học"));
    }

    @Test
    void aNewProfileDocumentNeedsIfMatchOrIfNoneMatch() {
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").contentType(ContentType.JSON)
                .body("{\"a\":1}").put("/xapi/activities/profile").then().statusCode(400);
        as(all).queryParam("agent", agent()).queryParam("profileId", "p").contentType(ContentType.JSON)
                .body("{\"a\":1}").put("/xapi/agents/profile").then().statusCode(400);
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").contentType(ContentType.JSON)
                .header("If-None-Match", "*").body("{\"a\":1}").put("/xapi/activities/profile").then().statusCode(204);
        as(all).queryParam("activityId", activity).queryParam("profileId", "p").contentType(ContentType.JSON)
                .body("{\"a\":2}").put("/xapi/activities/profile").then().statusCode(409);
    }

    @Test
    void postingWhatIsNotAJsonObjectToANewDocumentIs400ForEveryDocumentResource() {
        String agent = agent();
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "s")
                .contentType(ContentType.JSON).body("[1,2]").post("/xapi/activities/state").then().statusCode(400);
        as(all).queryParam("activityId", activity).queryParam("profileId", "p")
                .contentType(ContentType.JSON).body("\"text\"").post("/xapi/activities/profile").then().statusCode(400);
        as(all).queryParam("agent", agent).queryParam("profileId", "p")
                .contentType(ContentType.TEXT).body("plain").post("/xapi/agents/profile").then().statusCode(400);
        as(all).queryParam("activityId", activity).queryParam("agent", agent).queryParam("stateId", "s")
                .get("/xapi/activities/state").then().statusCode(404);
    }

    @Test
    void aFormFieldThatContradictsARealHeaderIs400() {
        String id = UUID.randomUUID().toString();
        as(all).contentType(ContentType.JSON).body(statement(id, "f@example.org", VERB, activity)).post("/xapi/statements")
                .then().statusCode(200);
        as(all).contentType("application/x-www-form-urlencoded").queryParam("method", "GET")
                .formParam("statementId", id).formParam("X-Experience-API-Version", "1.0.0")
                .post("/xapi/statements").then().statusCode(400);
        as(all).contentType("application/x-www-form-urlencoded").queryParam("method", "GET")
                .formParam("statementId", id).formParam("X-Experience-API-Version", "1.0.3")
                .post("/xapi/statements").then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void consistentThroughNeverVouchesForAStatementStillBeingWritten() throws Exception {
        UUID learner = UUID.randomUUID();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LearningEvent event = LearningEvent.of(learner, Verb.EXPERIENCED, activities.course("slow", Map.of()));
        CompletableFuture<UUID> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return slowWriter.recordAndWait(event, recorded, release);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(recorded.await(20, TimeUnit.SECONDS));
        Thread.sleep(50);
        Instant vouchedWhileWriting = consistentThrough();
        release.countDown();
        UUID id = writer.get(20, TimeUnit.SECONDS);
        Instant stored = Instant.parse(as(all).queryParam("statementId", id.toString()).get("/xapi/statements")
                .then().statusCode(200).extract().path("stored"));
        assertTrue(vouchedWhileWriting.isBefore(stored),
                () -> "consistent through " + vouchedWhileWriting + " while a statement stored " + stored + " was not committed");
        Instant later = consistentThrough();
        for (int i = 0; i < 40 && later.isBefore(stored); i++) {
            Thread.sleep(50);
            later = consistentThrough();
        }
        assertFalse(later.isBefore(stored), "once committed, the statement is vouched for");
    }

    private Instant consistentThrough() {
        return Instant.parse(as(all).queryParam("limit", 1).get("/xapi/statements").then().statusCode(200)
                .extract().header("X-Experience-API-Consistent-Through"));
    }

    private static String agent() {
        return "{\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.org\"}";
    }
}
