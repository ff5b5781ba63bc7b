package org.hocvu.lms.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hocvu.lms.certificate.key.IssuerKeys;
import org.hocvu.lms.certificate.proof.Multikey;
import org.hocvu.lms.certificate.status.BitstringStatusList;
import org.hocvu.lms.certificate.verify.CredentialVerifier;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admins revoke with a reason; the status list and the check say so; key rotation keeps old certificates valid. */
@QuarkusTest
class CertificateRevocationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CertificateFixtures fixtures;
    @Inject
    CertificateService certificates;
    @Inject
    IssuerKeys keys;
    @Inject
    IssuerUrls urls;
    @Inject
    Activities activities;
    @Inject
    Clock clock;

    @Test
    @TestSecurity(user = "certificate-admin", roles = "admin")
    void anAdminRevokesWithAReasonAndEveryVerifierSeesIt() throws Exception {
        UUID learner = UUID.randomUUID();
        UUID id = fixtures.certified(learner);
        String path = "/api/v1/certificates/" + id + "/revocation";
        JsonNode credential = JSON.readTree(given().get("/api/v1/certificates/" + id).then().statusCode(200).extract().asString());
        long index = credential.path("credentialStatus").path("statusListIndex").asLong();
        String listUrl = credential.path("credentialStatus").path("statusListCredential").asText();
        assertEquals(urls.statusList(1), listUrl);
        assertFalse(published(index), "a new certificate is not revoked");

        given().contentType("application/json").body("{\"reason\":\"  \"}").post(path).then().statusCode(400)
                .body("field", equalTo("reason"));
        given().contentType("application/json").body("{\"reason\":\"" + "x".repeat(CertificateService.MAX_REASON + 1) + "\"}")
                .post(path).then().statusCode(400);
        given().contentType("application/json").body("{\"reason\":\"Gian lận khi làm bài\"}").post(path)
                .then().statusCode(200).body("revokedAt", notNullValue()).body("revokedReason", equalTo("Gian lận khi làm bài"));
        given().contentType("application/json").body("{\"reason\":\"again\"}").post(path).then().statusCode(409);
        given().contentType("application/json").body("{\"reason\":\"x\"}")
                .post("/api/v1/certificates/" + UUID.randomUUID() + "/revocation").then().statusCode(404);

        assertTrue(published(index), "the status list marks it revoked");
        CertificateCheck check = certificates.check(id.toString());
        assertEquals(CertificateCheck.Outcome.REVOKED, check.outcome());
        assertTrue(check.signatureVerified() && check.revokedAt() != null);
        given().get("/api/v1/certificates").then().statusCode(200).body("id", hasItem(id.toString()));

        fixtures.lrs().queryParam("verb", Verb.REVOKED.iri()).queryParam("activity", activities.certificate(id.toString(), null).id())
                .get("/xapi/statements").then().statusCode(200).body("statements", hasSize(1))
                .body("statements[0].actor.account.name", equalTo(learner.toString()));
    }

    @Test
    @TestSecurity(user = "certificate-key-admin", roles = "admin")
    void rotationKeepsOlderCertificatesVerifiable() throws Exception {
        UUID before = fixtures.certified(UUID.randomUUID());
        String oldKey = keys.list().get(0).id();
        String newKey = given().post("/api/v1/certificates/issuer-keys/rotation").then().statusCode(200).extract().path("id");
        assertNotEquals(oldKey, newKey);
        UUID after = fixtures.certified(UUID.randomUUID());

        JsonNode older = JSON.readTree(given().get("/api/v1/certificates/" + before).asString());
        JsonNode newer = JSON.readTree(given().get("/api/v1/certificates/" + after).asString());
        assertEquals(urls.key(oldKey), older.path("proof").path("verificationMethod").asText());
        assertEquals(urls.key(newKey), newer.path("proof").path("verificationMethod").asText());
        CredentialVerifier verifier = new CredentialVerifier(keys.resolver(), clock);
        assertTrue(verifier.verify(older).valid() && verifier.verify(newer).valid());
        assertEquals(CertificateCheck.Outcome.VALID, certificates.check(before.toString()).outcome());

        // both keys are published: the issuer's profile lists them as assertion methods, each resolves
        given().get("/issuer").then().statusCode(200).body("type", hasItem("Profile"))
                .body("assertionMethod", hasItem(urls.key(oldKey))).body("assertionMethod", hasItem(urls.key(newKey)));
        String multibase = given().get("/issuer/keys/" + oldKey).then().statusCode(200)
                .body("type", equalTo("Multikey")).body("controller", equalTo(urls.issuer()))
                .extract().path("publicKeyMultibase");
        assertEquals(32, Multikey.decode(multibase).length);
        given().get("/issuer/keys/nope").then().statusCode(404);
        given().get("/issuer/status/0").then().statusCode(404);
        given().get("/issuer/status/abc").then().statusCode(404);
    }

    @Test
    void aForeignKeyIsNotTrusted() throws Exception {
        UUID id = fixtures.certified(UUID.randomUUID());
        // the same credential claiming a key that is not the issuer's does not verify here
        JsonNode credential = JSON.readTree(certificates.credential(id, null, true));
        ((com.fasterxml.jackson.databind.node.ObjectNode) credential.path("proof"))
                .put("verificationMethod", "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");
        assertFalse(new CredentialVerifier(keys.resolver(), clock).verify(credential).valid());
    }

    /** Reads the published status list credential as any verifier would, and checks its signature. */
    private boolean published(long index) throws Exception {
        JsonNode list = JSON.readTree(given().get("/issuer/status/1").then().statusCode(200).extract().asString());
        assertTrue(list.path("type").toString().contains("BitstringStatusListCredential"));
        assertEquals("eddsa-rdfc-2022", list.path("proof").path("cryptosuite").asText());
        String encoded = list.path("credentialSubject").path("encodedList").asText();
        BitstringStatusList bits = BitstringStatusList.decode(encoded);
        assertTrue(bits.size() >= BitstringStatusList.SIZE, "at least 131,072 entries");
        return bits.get(index);
    }
}
