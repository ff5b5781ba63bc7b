package org.hocvu.lms.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hocvu.lms.certificate.key.IssuerKeys;
import org.hocvu.lms.certificate.verify.CredentialVerifier;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A passed standard test earns one signed, verifiable certificate — once, however often the feed is rebuilt. */
@QuarkusTest
class CertificateIssuingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CertificateFixtures fixtures;
    @Inject
    CertificateService certificates;
    @Inject
    StatementFeed feed;
    @Inject
    IssuerKeys keys;
    @Inject
    IssuerUrls urls;
    @Inject
    Activities activities;
    @Inject
    Clock clock;

    @Test
    @TestSecurity(user = "certificate-holder", roles = "learner")
    void aPassedStandardTestEarnsOneVerifiableCertificate() throws Exception {
        UUID me = UUID.fromString(given().get("/api/v1/me").then().statusCode(200).extract().path("id"));
        fixtures.takeTest(me, false);
        given().get("/api/v1/me/certificates").then().statusCode(200).body("items", hasSize(0));

        UUID passed = fixtures.takeTest(me, true);
        String id = given().get("/api/v1/me/certificates").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].targetGroup", equalTo(CertificateFixtures.GROUP))
                .body("items[0].verifyUrl", equalTo(urls.verify(UUID.fromString(
                        given().get("/api/v1/me/certificates").path("items[0].id")))))
                .extract().path("items[0].id");

        String body = given().get("/api/v1/certificates/" + id).then().statusCode(200).extract().asString();
        JsonNode credential = JSON.readTree(body);
        assertEquals("https://www.w3.org/ns/credentials/v2", credential.path("@context").get(0).asText());
        assertEquals("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", credential.path("@context").get(1).asText());
        assertTrue(credential.path("type").toString().contains("OpenBadgeCredential"));
        assertEquals("eddsa-rdfc-2022", credential.path("proof").path("cryptosuite").asText());
        assertEquals(urls.issuer(), credential.path("issuer").path("id").asText());
        assertEquals(activities.standardTest(CertificateFixtures.GROUP, null).id(),
                credential.path("credentialSubject").path("achievement").path("id").asText());
        assertTrue(new CredentialVerifier(keys.resolver(), clock).verify(credential).valid());
        assertEquals(CertificateCheck.Outcome.VALID, certificates.check(id).outcome());

        // the holder is not exposed: no account, a salted hash only
        assertTrue(!body.contains(me.toString()), "the credential names the learner's account");
        JsonNode identity = credential.path("credentialSubject").path("identifier").get(0);
        assertEquals("sha256$" + CredentialBuilder.sha256Hex(me + identity.path("salt").asText()),
                identity.path("identityHash").asText());

        // a rebuild of the feed from statement zero issues nothing twice
        feed.replay(new CertificateIssuer().name());
        feed.drain();
        given().get("/api/v1/me/certificates").then().body("items", hasSize(1));

        // earning is an xAPI statement about the certificate
        fixtures.lrs().queryParam("verb", Verb.EARNED.iri())
                .queryParam("activity", activities.certificate(id, null).id())
                .get("/xapi/statements").then().statusCode(200).body("statements", hasSize(1))
                .body("statements[0].actor.account.name", equalTo(me.toString()));
        assertTrue(passed != null);
    }

    @Test
    @TestSecurity(user = "certificate-stranger", roles = "learner")
    void nobodyElseGetsTheCredential() {
        UUID other = fixtures.certified(UUID.randomUUID());
        given().get("/api/v1/certificates/" + other).then().statusCode(404);
        given().get("/api/v1/certificates/not-an-id").then().statusCode(404);
        given().contentType("application/json").body("{\"reason\":\"x\"}")
                .post("/api/v1/certificates/" + other + "/revocation").then().statusCode(403);
        given().get("/api/v1/certificates").then().statusCode(403);
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        assertEquals(CertificateCheck.Outcome.NOT_FOUND, certificates.check(UUID.randomUUID().toString()).outcome());
        assertEquals(CertificateCheck.Outcome.NOT_FOUND, certificates.check("../../etc/passwd").outcome());
        assertEquals(CertificateCheck.Outcome.NOT_FOUND, certificates.check(null).outcome());
    }

    @Test
    @TestSecurity(user = "certificate-namer", roles = "learner")
    void theLearnerChoosesWhetherTheirNameIsPrinted() throws Exception {
        UUID me = UUID.fromString(given().get("/api/v1/me").then().statusCode(200).extract().path("id"));
        UUID id = fixtures.certified(me);
        given().contentType("application/json").body("{}").put("/api/v1/me/certificates/name").then().statusCode(400);
        String name = given().contentType("application/json").body("{\"printName\":true}")
                .put("/api/v1/me/certificates/name").then().statusCode(200).extract().path("printedName");
        JsonNode credential = JSON.readTree(given().get("/api/v1/certificates/" + id).asString());
        assertTrue(credential.path("credentialSubject").path("identifier").toString().contains(name));
        assertTrue(new CredentialVerifier(keys.resolver(), clock).verify(credential).valid(), "signed again with the name");
        assertEquals(name, certificates.check(id.toString()).holderName());

        given().contentType("application/json").body("{\"printName\":false}")
                .put("/api/v1/me/certificates/name").then().statusCode(200);
        credential = JSON.readTree(given().get("/api/v1/certificates/" + id).asString());
        assertTrue(!credential.path("credentialSubject").path("identifier").toString().contains("\"name\""));
        assertTrue(new CredentialVerifier(keys.resolver(), clock).verify(credential).valid());
    }
}
