package org.hocvu.lms.xapi;

import gov.adlnet.xapi.client.StatementClient;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import gov.adlnet.xapi.model.Activity;
import gov.adlnet.xapi.model.ActivityState;
import gov.adlnet.xapi.model.Agent;
import gov.adlnet.xapi.model.Statement;
import gov.adlnet.xapi.model.StatementReference;
import gov.adlnet.xapi.model.StatementResult;
import gov.adlnet.xapi.model.Verb;
import gov.adlnet.xapi.model.Verbs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ADL's own Java client against the running LRS: statements, queries, voiding, and the state
 * resource (through {@link QueryEncodingActivityClient}, which percent-encodes what jxapi forgets).
 */
@QuarkusTest
class XapiClientTest {
    @TestHTTPResource("/xapi/")
    URL lrs;
    @Inject
    CredentialService credentials;

    @Test
    void adlClientPostsQueriesAndVoids() throws Exception {
        IssuedCredential c = XapiFixtures.credential(credentials, "all");
        StatementClient client = new StatementClient(lrs, c.key(), c.secret());
        Agent learner = new Agent("Learner", "mailto:" + UUID.randomUUID() + "@example.org");
        Statement s = new Statement(learner, Verbs.completed(), new Activity("http://example.org/lesson/" + UUID.randomUUID()));
        String id = client.postStatement(s);
        assertNotNull(id);
        Statement stored = client.get(id);
        assertEquals(id, stored.getId());
        assertNotNull(stored.getStored());

        StatementResult mine = new StatementClient(lrs, c.key(), c.secret()).filterByActor(learner).getStatements();
        assertEquals(1, mine.getStatements().size());

        Statement voiding = new Statement(learner, new Verb("http://adlnet.gov/expapi/verbs/voided"), new StatementReference(id));
        client.postStatement(voiding);
        assertEquals(id, new StatementClient(lrs, c.key(), c.secret()).getVoided(id).getId());
    }

    @Test
    void adlClientWritesMergesListsReadsAndDeletesState() throws Exception {
        IssuedCredential c = XapiFixtures.credential(credentials, "all");
        QueryEncodingActivityClient client = new QueryEncodingActivityClient(lrs, c.key(), c.secret());
        Agent learner = new Agent("Learner", "mailto:" + UUID.randomUUID() + "@example.org");
        String activity = "http://example.org/lesson/" + UUID.randomUUID();

        ActivityState bookmark = new ActivityState(activity, "bookmark", learner);
        JsonObject page = new JsonObject();
        page.addProperty("page", 3);
        bookmark.setState(page);
        assertTrue(client.putActivityState(bookmark));

        JsonObject more = new JsonObject();
        more.addProperty("minutes", 12);
        bookmark.setState(more);
        assertTrue(client.postActivityState(bookmark));

        JsonObject merged = client.getActivityState(new ActivityState(activity, "bookmark", learner));
        assertEquals(3, merged.get("page").getAsInt());
        assertEquals(12, merged.get("minutes").getAsInt());

        JsonArray ids = client.getActivityStates(activity, learner, null, null);
        assertEquals(1, ids.size());
        assertEquals("bookmark", ids.get(0).getAsString());

        assertTrue(client.deleteActivityState(new ActivityState(activity, "bookmark", learner)));
        assertEquals(0, client.getActivityStates(activity, learner, null, null).size());
    }
}
