package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.hocvu.lms.xapi.XapiFixtures.as;
import static org.hocvu.lms.xapi.XapiFixtures.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class XapiFeedTest {
    @Inject
    CredentialService credentials;
    @Inject
    StatementFeed feed;
    @Inject
    RecordingConsumer consumer;
    @Inject
    Sql sql;

    @Test
    void committedStatementsReachConsumersOnceInOrderAndCanBeReplayed() {
        IssuedCredential c = XapiFixtures.credential(credentials, "all");
        String mbox = UUID.randomUUID() + "@example.org";
        String id = as(c).contentType(ContentType.JSON).body(statement(null, mbox, "http://adlnet.gov/expapi/verbs/passed", "http://example.org/t"))
                .post("/xapi/statements").then().statusCode(200).extract().path("[0]");
        feed.drain();
        long seen = consumer.received().stream().filter(s -> s.id().toString().equals(id)).count();
        assertEquals(1, seen, () -> "received " + consumer.received() + " looking for " + id);
        LearningStatement typed = consumer.received().stream().filter(s -> s.id().toString().equals(id)).findFirst().orElseThrow();
        assertNull(typed.learner(), "an mbox actor is not one of our learners");
        assertEquals("http://adlnet.gov/expapi/verbs/passed", typed.verb());
        assertEquals("http://example.org/t", typed.objectId());
        assertEquals("mailto:" + mbox, typed.raw().path("actor").path("mbox").asText());
        feed.drain();
        assertEquals(1, consumer.received().stream().filter(s -> s.id().toString().equals(id)).count());
        for (int i = 1; i < consumer.received().size(); i++) {
            assertTrue(consumer.received().get(i).seq() > consumer.received().get(i - 1).seq());
        }
        feed.replay("test-recorder");
        feed.drain();
        assertEquals(2, consumer.received().stream().filter(s -> s.id().toString().equals(id)).count());
    }

    /**
     * More than a batch of statements while one consumer is replayed from zero and the others stand
     * at the top, each in its own lane: the replayed one gets every statement once, in order, and
     * every cursor ends at the last statement.
     */
    @Test
    void aReplayedConsumerGetsEveryStatementOnceWhileTheOthersStandAtTheTop() {
        IssuedCredential c = XapiFixtures.credential(credentials, "all");
        for (int batch = 0; batch < 3; batch++) {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < 250; i++) {
                body.append(i == 0 ? "" : ",").append(statement(null, UUID.randomUUID() + "@example.org",
                        "http://adlnet.gov/expapi/verbs/experienced", "http://example.org/window/" + i));
            }
            as(c).contentType(ContentType.JSON).body(body.append("]").toString()).post("/xapi/statements").then().statusCode(200);
        }
        feed.drain();
        feed.replay("test-recorder");
        int before = consumer.received().size();
        feed.drain();
        List<Long> replayed = consumer.received().subList(before, consumer.received().size()).stream().map(LearningStatement::seq).toList();
        List<Long> stored = sql.query("SELECT seq FROM xapi_statement ORDER BY seq", q -> { }, rs -> rs.getLong(1));
        assertEquals(stored, replayed, "the replayed consumer gets every stored statement once, in order");
        long last = stored.get(stored.size() - 1);
        assertEquals(List.of(last), sql.query("SELECT DISTINCT position FROM xapi_consumer_cursor", q -> { }, rs -> rs.getLong(1)),
                "every consumer's cursor at the last statement");
    }
}
