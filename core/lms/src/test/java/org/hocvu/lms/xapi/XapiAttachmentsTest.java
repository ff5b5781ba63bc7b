package org.hocvu.lms.xapi;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.credential.CredentialService;
import org.hocvu.lms.xapi.credential.IssuedCredential;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hocvu.lms.xapi.XapiFixtures.as;

/** multipart/mixed statements with attachment data, fileUrl-only attachments, signed statements, rate limits. */
@QuarkusTest
class XapiAttachmentsTest {
    private static final String BOUNDARY = "abcABC0123'()+_,-./:=?";
    @Inject
    CredentialService credentials;
    IssuedCredential all;

    @BeforeEach
    void setUp() {
        all = XapiFixtures.credential(credentials, "all");
    }

    @Test
    void attachmentDataTravelsInMultipartBothWays() throws Exception {
        byte[] data = ("here is a simple attachment " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String id = UUID.randomUUID().toString();
        String statement = withAttachment(id, "http://example.com/attachment-usage/test", "text/plain", data);
        as(all).contentType("multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .body(multipart(statement, "text/plain", data, sha256(data))).post("/xapi/statements").then().statusCode(200);
        as(all).queryParam("statementId", id).queryParam("attachments", "true").get("/xapi/statements").then().statusCode(200)
                .contentType(startsWith("multipart/mixed"))
                .body(containsString(new String(data, StandardCharsets.UTF_8)))
                .body(containsString("X-Experience-API-Hash: " + sha256(data)));
    }

    @Test
    void attachmentsWithoutDataOrFileUrlAreRejected() throws Exception {
        byte[] data = "data".getBytes(StandardCharsets.UTF_8);
        String statement = withAttachment(UUID.randomUUID().toString(), "http://example.com/u", "text/plain", data);
        as(all).contentType("application/json").body(statement).post("/xapi/statements").then().statusCode(400);
        as(all).contentType("multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .body(multipart(statement, "text/plain", data, sha256("other".getBytes(StandardCharsets.UTF_8))))
                .post("/xapi/statements").then().statusCode(400);
        String withUrl = statement.replace("\"sha2\"", "\"fileUrl\":\"http://example.com/file.txt\",\"sha2\"");
        as(all).contentType("application/json").body(withUrl).post("/xapi/statements").then().statusCode(200);
    }

    @Test
    void everyPartMustBeReferencedAndHashToItsDeclaredSha2() throws Exception {
        byte[] data = ("part " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String plain = XapiFixtures.statement(UUID.randomUUID().toString(), "att@example.org",
                "http://adlnet.gov/expapi/verbs/answered", "http://example.org/unreferenced");
        as(all).contentType("multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .body(multipart(plain, "text/plain", data, sha256(data))).post("/xapi/statements").then().statusCode(400);
        byte[] declared = "declared data".getBytes(StandardCharsets.UTF_8);
        String statement = withAttachment(UUID.randomUUID().toString(), "http://example.com/u", "text/plain", declared);
        as(all).contentType("multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .body(multipart(statement, "text/plain", data, sha256(declared))).post("/xapi/statements").then().statusCode(400);
        as(all).contentType("multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .body(multipart(statement, "text/plain", declared, sha256(declared))).post("/xapi/statements").then().statusCode(200);
    }

    @Test
    void aSignatureMustComeAsAPartNotAsAFileUrl() throws Exception {
        byte[] jws = "a.b.c".getBytes(StandardCharsets.UTF_8);
        String statement = withAttachment(UUID.randomUUID().toString(), "http://adlnet.gov/expapi/attachments/signature",
                "application/octet-stream", jws).replace("\"sha2\"", "\"fileUrl\":\"http://example.com/sig.jws\",\"sha2\"");
        as(all).contentType("application/json").body(statement).post("/xapi/statements").then().statusCode(400);
    }

    @Test
    void signedStatementsMustCarryTheirOwnPayload() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        PrivateKey key = keys.generateKeyPair().getPrivate();
        String id = UUID.randomUUID().toString();
        String unsigned = XapiFixtures.statement(id, "signer@example.org", "http://adlnet.gov/expapi/verbs/completed", "http://example.org/signed");
        byte[] goodJws = jws("RS256", unsigned, key);
        postSigned(unsigned, goodJws).then().statusCode(200);
        // a different statement carrying the first one's signature
        String tampered = unsigned.replace("http://example.org/signed", "http://example.org/tampered").replace(id, UUID.randomUUID().toString());
        postSigned(tampered, jws("RS256", unsigned, key)).then().statusCode(400);
        postSigned(XapiFixtures.statement(UUID.randomUUID().toString(), "s@example.org", "http://adlnet.gov/expapi/verbs/completed", "http://example.org/x"),
                "not-a-jws".getBytes(StandardCharsets.UTF_8)).then().statusCode(400);
    }

    @Test
    void repeatedFailedAuthenticationGets429() {
        String key = "guess-" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            given().auth().preemptive().basic(key, "wrong" + i).header("X-Experience-API-Version", "1.0.3")
                    .get("/xapi/statements").then().statusCode(401);
        }
        given().auth().preemptive().basic(key, "wrong").header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements").then().statusCode(429);
        as(all).get("/xapi/statements").then().statusCode(200);
    }

    private io.restassured.response.Response postSigned(String statement, byte[] jws) throws Exception {
        String signed = statement.substring(0, statement.lastIndexOf('}')) + ",\"attachments\":[{\"usageType\":"
                + "\"http://adlnet.gov/expapi/attachments/signature\",\"display\":{\"en-US\":\"signature\"},"
                + "\"contentType\":\"application/octet-stream\",\"length\":" + jws.length + ",\"sha2\":\"" + sha256(jws) + "\"}]}";
        return as(all).contentType("multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .body(multipart(signed, "application/octet-stream", jws, sha256(jws))).post("/xapi/statements");
    }

    private static byte[] jws(String alg, String payload, PrivateKey key) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(("{\"alg\":\"" + alg + "\"}").getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return (input + "." + b64.encodeToString(rsa.sign())).getBytes(StandardCharsets.US_ASCII);
    }

    private static String withAttachment(String id, String usage, String type, byte[] data) throws Exception {
        return """
                {"id":"%s","actor":{"mbox":"mailto:att@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/answered"},
                 "object":{"id":"http://www.example.com/activities/multipart"},
                 "attachments":[{"usageType":"%s","display":{"en-US":"A test attachment"},
                   "contentType":"%s","length":%d,"sha2":"%s"}]}""".formatted(id, usage, type, data.length, sha256(data));
    }

    private static byte[] multipart(String statement, String type, byte[] data, String hash) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Type:application/json\r\n\r\n" + statement + "\r\n--" + BOUNDARY
                + "\r\nContent-Type:" + type + "\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:" + hash + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(data);
        out.writeBytes(("\r\n--" + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
