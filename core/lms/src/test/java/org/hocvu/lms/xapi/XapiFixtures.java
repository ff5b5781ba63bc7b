package org.hocvu.lms.xapi;

import io.restassured.specification.RequestSpecification;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.hocvu.lms.xapi.credential.NewCredential;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Credentials and statements for the LRS tests. */
final class XapiFixtures {
    private XapiFixtures() {
    }

    static IssuedCredential credential(CredentialService credentials, String... scopes) {
        return credentials.issue(new NewCredential("test " + UUID.randomUUID(), List.of(scopes)));
    }

    static RequestSpecification as(IssuedCredential c) {
        return given().auth().preemptive().basic(c.key(), c.secret()).header("X-Experience-API-Version", "1.0.3");
    }

    static String statement(String id, String mbox, String verb, String activity) {
        return """
                {%s"actor":{"mbox":"mailto:%s","name":"Learner"},
                 "verb":{"id":"%s","display":{"en-US":"did","vi":"đã làm"}},
                 "object":{"id":"%s","definition":{"name":{"en-US":"Lesson"}}}}"""
                .formatted(id == null ? "" : "\"id\":\"" + id + "\",", mbox, verb, activity);
    }
}
