package org.hocvu.lms.xapi;

import gov.adlnet.xapi.client.StatementClient;
import gov.adlnet.xapi.model.Activity;
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

/**
 * ADL's own Java client against the running LRS: statements, queries, voiding. (Its state calls put
 * the agent JSON unencoded into the URL, which the HTTP server refuses with 400 before the LRS sees it.)
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
}
