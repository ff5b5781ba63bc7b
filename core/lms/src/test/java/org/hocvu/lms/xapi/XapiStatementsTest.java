package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hocvu.lms.xapi.XapiFixtures.as;
import static org.hocvu.lms.xapi.XapiFixtures.statement;

@QuarkusTest
class XapiStatementsTest {
    private static final String VERB = "http://adlnet.gov/expapi/verbs/completed";
    @Inject
    CredentialService credentials;
    IssuedCredential all;

    @BeforeEach
    void credential() {
        all = XapiFixtures.credential(credentials, "all");
    }

    @Test
    void aboutIsPublicAndEveryResponseCarriesTheVersion() {
        given().get("/xapi/about").then().statusCode(200)
                .header("X-Experience-API-Version", "1.0.3")
                .body("version", org.hamcrest.Matchers.hasItem("1.0.3"));
        given().get("/xapi/statements").then().statusCode(400).header("X-Experience-API-Version", "1.0.3");
        given().header("X-Experience-API-Version", "1.0.3").get("/xapi/statements").then().statusCode(401);
        given().auth().preemptive().basic(all.key(), all.secret()).header("X-Experience-API-Version", "1.1.0")
                .get("/xapi/statements").then().statusCode(400);
    }

    @Test
    void postThenGetSetsWhatTheLrsOwns() {
        String mbox = UUID.randomUUID() + "@example.org";
        String id = as(all).contentType(ContentType.JSON).body(statement(null, mbox, VERB, "http://example.org/lesson/1"))
                .post("/xapi/statements").then().statusCode(200).extract().path("[0]");
        as(all).queryParam("statementId", id).get("/xapi/statements").then().statusCode(200)
                .header("X-Experience-API-Consistent-Through", notNullValue())
                .header("Last-Modified", notNullValue())
                .header("Content-Type", equalTo("application/json"))
                .body("id", equalTo(id))
                .body("stored", notNullValue())
                .body("timestamp", notNullValue())
                .body("version", equalTo("1.0.0"))
                .body("authority.account.name", equalTo(all.key()));
    }

    @Test
    void sameIdSameStatementIsNoChangeDifferentIs409() {
        String id = UUID.randomUUID().toString();
        String mbox = UUID.randomUUID() + "@example.org";
        as(all).contentType(ContentType.JSON).queryParam("statementId", id)
                .body(statement(id, mbox, VERB, "http://example.org/a")).put("/xapi/statements").then().statusCode(204);
        as(all).contentType(ContentType.JSON).body(statement(id, mbox, VERB, "http://example.org/a"))
                .post("/xapi/statements").then().statusCode(200);
        as(all).contentType(ContentType.JSON).body(statement(id, mbox, VERB, "http://example.org/b"))
                .post("/xapi/statements").then().statusCode(409);
    }

    @Test
    void invalidStatementNamesPathAndRuleAndStoresNothingOfTheBatch() {
        String mbox = UUID.randomUUID() + "@example.org";
        String good = statement(UUID.randomUUID().toString(), mbox, VERB, "http://example.org/x");
        String bad = """
                {"actor":{"mbox":"mailto:%s"},"verb":{"id":"%s"},
                 "object":{"id":"http://example.org/q","definition":{"interactionType":"foo"}}}""".formatted(mbox, VERB);
        as(all).header("Accept-Language", "en").contentType(ContentType.JSON).body("[" + good + "," + bad + "]")
                .post("/xapi/statements").then().statusCode(400)
                .body("message", equalTo("object.definition.interactionType: unknown value \"foo\""));
        as(all).queryParam("agent", "{\"mbox\":\"mailto:" + mbox + "\"}").get("/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(0));
    }

    @Test
    void dataRulesAreEnforced() {
        String[] invalid = {
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\",\"openid\":\"http://x.org\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"}}",
                "{\"actor\":{\"mbox\":\"a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"not an iri\"},\"object\":{\"id\":\"http://a.org\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"},\"timestamp\":\"2024-01-01T00:00:00-00:00\"}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"},\"result\":{\"score\":{\"scaled\":1.5}}}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"},\"result\":{\"duration\":\"PT\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\",\"display\":{\"not a tag\":\"x\"}},\"object\":{\"id\":\"http://a.org\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + UUID.randomUUID() + "\"},\"context\":{\"platform\":\"web\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"},\"context\":{\"extensions\":{\"key\":1}}}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"},\"surprise\":true}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"objectType\":\"SubStatement\"}}}",
                "{\"actor\":{\"objectType\":\"Group\",\"member\":[{\"objectType\":\"Group\",\"mbox\":\"mailto:g@b.c\"}]},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"}}",
                // a language map has at least one entry (Data 4.2)
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\",\"display\":{}},\"object\":{\"id\":\"http://a.org\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\",\"definition\":{\"name\":{}}}}",
                // an authority Group is anonymous: two OAuth agents, no identifier of its own (Data 2.4.9)
                "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://a.org\"},"
                        + "\"authority\":{\"objectType\":\"Group\",\"mbox\":\"mailto:g@b.c\",\"member\":[{\"mbox\":\"mailto:x@b.c\"},{\"mbox\":\"mailto:y@b.c\"}]}}",
        };
        for (String s : invalid) {
            as(all).contentType(ContentType.JSON).body(s).post("/xapi/statements").then().statusCode(400);
        }
    }

    @Test
    void contextActivitiesAreReturnedAsArraysAndStillCompareAsTheSame() {
        String id = UUID.randomUUID().toString();
        String body = """
                {"id":"%s","actor":{"mbox":"mailto:%s"},"verb":{"id":"%s"},"object":{"id":"http://example.org/c"},
                 "context":{"contextActivities":{"category":{"id":"http://example.org/cat"},"parent":[{"id":"http://example.org/p"}]}}}"""
                .formatted(id, UUID.randomUUID() + "@example.org", VERB);
        as(all).contentType(ContentType.JSON).body(body).post("/xapi/statements").then().statusCode(200);
        as(all).queryParam("statementId", id).get("/xapi/statements").then().statusCode(200)
                .body("context.contextActivities.category", hasSize(1))
                .body("context.contextActivities.category[0].id", equalTo("http://example.org/cat"))
                .body("context.contextActivities.parent[0].id", equalTo("http://example.org/p"));
        as(all).contentType(ContentType.JSON).body(body).post("/xapi/statements").then().statusCode(200);
        String sub = UUID.randomUUID().toString();
        as(all).contentType(ContentType.JSON).body("""
                {"id":"%s","actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"%s"},"object":{"objectType":"SubStatement",
                 "actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"%s"},"object":{"id":"http://example.org/s"},
                 "context":{"contextActivities":{"other":{"id":"http://example.org/o"}}}}}""".formatted(sub, VERB, VERB))
                .post("/xapi/statements").then().statusCode(200);
        as(all).queryParam("statementId", sub).get("/xapi/statements").then().statusCode(200)
                .body("object.context.contextActivities.other[0].id", equalTo("http://example.org/o"));
    }

    @Test
    void sinceAndUntilAcceptEveryTimestampFormTheDataRulesAccept() {
        String mbox = UUID.randomUUID() + "@example.org";
        as(all).contentType(ContentType.JSON).body(statement(null, mbox, VERB, "http://example.org/t")).post("/xapi/statements").then().statusCode(200);
        String agent = "{\"mbox\":\"mailto:" + mbox + "\"}";
        as(all).queryParam("agent", agent).queryParam("since", "2000-01-01T05:00:00+05").get("/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(1));
        as(all).queryParam("agent", agent).queryParam("until", "2000-01-01T05:00:00,5+0500").get("/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(0));
        as(all).queryParam("agent", agent).queryParam("until", "2999-12-31T23:59-0130").get("/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(1));
        as(all).queryParam("since", "2024-02-30T00:00:00Z").get("/xapi/statements").then().statusCode(400);
        as(all).queryParam("since", "2024-01-01T00:00:00+05:99").get("/xapi/statements").then().statusCode(400);
    }

    @Test
    void voidedStatementsOnlyThroughVoidedStatementIdAndVoidingCannotBeVoided() {
        String mbox = UUID.randomUUID() + "@example.org";
        String target = UUID.randomUUID().toString();
        as(all).contentType(ContentType.JSON).body(statement(target, mbox, VERB, "http://example.org/v")).post("/xapi/statements").then().statusCode(200);
        String voiding = as(all).contentType(ContentType.JSON).body("""
                {"actor":{"mbox":"mailto:%s"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(mbox, target))
                .post("/xapi/statements").then().statusCode(200).extract().path("[0]");
        as(all).queryParam("statementId", target).get("/xapi/statements").then().statusCode(404);
        as(all).queryParam("voidedStatementId", target).get("/xapi/statements").then().statusCode(200).body("id", equalTo(target));
        // the voiding statement still matches the verb filter of its target
        as(all).queryParam("verb", VERB).queryParam("agent", "{\"mbox\":\"mailto:" + mbox + "\"}").get("/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(1)).body("statements[0].id", equalTo(voiding));
        as(all).contentType(ContentType.JSON).body("""
                {"actor":{"mbox":"mailto:%s"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(mbox, voiding))
                .post("/xapi/statements").then().statusCode(400);
    }

    @Test
    void aStatementArrivingAfterItsVoidingStatementIsStoredVoided() {
        String mbox = UUID.randomUUID() + "@example.org";
        String target = UUID.randomUUID().toString();
        as(all).contentType(ContentType.JSON).body("""
                {"actor":{"mbox":"mailto:%s"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(mbox, target))
                .post("/xapi/statements").then().statusCode(200);
        as(all).contentType(ContentType.JSON).body(statement(target, mbox, VERB, "http://example.org/late"))
                .post("/xapi/statements").then().statusCode(200);
        as(all).queryParam("statementId", target).get("/xapi/statements").then().statusCode(404);
        as(all).queryParam("voidedStatementId", target).get("/xapi/statements").then().statusCode(200);
    }

    @Test
    void filtersPageWithMoreAndFormats() {
        String mbox = UUID.randomUUID() + "@example.org";
        String activity = "http://example.org/course/" + UUID.randomUUID();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 5; i++) {
            batch.append(i == 0 ? "" : ",").append(statement(null, mbox, VERB, activity + "/" + i));
        }
        as(all).contentType(ContentType.JSON).body(batch.append("]").toString()).post("/xapi/statements").then().statusCode(200);
        String agent = "{\"mbox\":\"mailto:" + mbox + "\"}";
        String more = as(all).queryParam("agent", agent).queryParam("limit", 3).get("/xapi/statements")
                .then().statusCode(200).body("statements", hasSize(3)).body("more", not(equalTo("")))
                .extract().path("more");
        as(all).urlEncodingEnabled(false).get(more).then().statusCode(200).header("Content-Type", equalTo("application/json")).body("statements", hasSize(2)).body("more", equalTo(""));
        as(all).queryParam("activity", activity + "/4").get("/xapi/statements").then().body("statements", hasSize(1));
        as(all).queryParam("agent", agent).queryParam("format", "ids").queryParam("limit", 1).get("/xapi/statements")
                .then().body("statements[0].verb.display", org.hamcrest.Matchers.nullValue())
                .body("statements[0].actor.name", org.hamcrest.Matchers.nullValue());
        as(all).header("Accept-Language", "vi").queryParam("agent", agent).queryParam("format", "canonical").queryParam("limit", 1)
                .get("/xapi/statements").then().body("statements[0].verb.display.vi", equalTo("đã làm"))
                .body("statements[0].verb.display.en-US", org.hamcrest.Matchers.nullValue());
        as(all).queryParam("statementId", UUID.randomUUID().toString()).queryParam("verb", VERB)
                .get("/xapi/statements").then().statusCode(400);
        as(all).queryParam("Agent", agent).get("/xapi/statements").then().statusCode(400);
        as(all).header("Accept-Language", "en").queryParam("agent", "{\"mbox\":\"someone@example.org\"}")
                .get("/xapi/statements").then().statusCode(400)
                .body("message", startsWith("agent.mbox: ")).body("message", not(containsString("xapi.rule")));
    }

    @Test
    void alternateSyntaxCarriesMethodHeadersAndContent() {
        String mbox = UUID.randomUUID() + "@example.org";
        String id = UUID.randomUUID().toString();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((all.key() + ":" + all.secret()).getBytes());
        given().contentType("application/x-www-form-urlencoded").queryParam("method", "PUT")
                .formParam("statementId", id).formParam("Authorization", auth)
                .formParam("X-Experience-API-Version", "1.0.3").formParam("Content-Type", "application/json")
                .formParam("content", statement(id, mbox, VERB, "http://example.org/alt"))
                .post("/xapi/statements").then().statusCode(204);
        as(all).queryParam("statementId", id).get("/xapi/statements").then().statusCode(200);
        // a form field contradicting a real header: XapiLrsConformanceTest
    }

    @Test
    void corsPreflightIsAnswered() {
        given().header("Origin", "https://content.example.org").header("Access-Control-Request-Method", "POST")
                .options("/xapi/statements").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://content.example.org")
                .header("Access-Control-Allow-Headers", containsString("X-Experience-API-Version"));
    }

    @Test
    void scopesLimitWhatACredentialMayDo() {
        IssuedCredential writer = XapiFixtures.credential(credentials, "statements/write", "statements/read/mine");
        IssuedCredential stateOnly = XapiFixtures.credential(credentials, "state");
        String mbox = UUID.randomUUID() + "@example.org";
        as(writer).contentType(ContentType.JSON).body(statement(null, mbox, VERB, "http://example.org/s")).post("/xapi/statements").then().statusCode(200);
        as(all).contentType(ContentType.JSON).body(statement(null, mbox, VERB, "http://example.org/s")).post("/xapi/statements").then().statusCode(200);
        as(writer).queryParam("agent", "{\"mbox\":\"mailto:" + mbox + "\"}").get("/xapi/statements").then().body("statements", hasSize(1));
        as(stateOnly).contentType(ContentType.JSON).body(statement(null, mbox, VERB, "http://example.org/s")).post("/xapi/statements").then().statusCode(403);
        given().auth().preemptive().basic(writer.key(), "wrong").header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements").then().statusCode(401);
    }
}
