package org.hocvu.lms.xapi.attachment;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.statement.StatementComparison;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;

/**
 * Signed statements (Data 2.6): the signature attachment holds a JWS (compact form) whose payload
 * is the statement as it was before signing, with RS256, RS384 or RS512. When the JWS header
 * carries the signer's certificate (x5c), the signature itself is checked against it.
 */
public final class SignatureVerifier {
    public static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";
    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private SignatureVerifier() {
    }

    public static void verify(JsonNode statement, String contentType, byte[] jwsBytes) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/octet-stream")) {
            throw XapiException.badRequest("xapi.signature.content-type");
        }
        String[] jws = new String(jwsBytes, StandardCharsets.US_ASCII).trim().split("\\.");
        if (jws.length != 3) {
            throw XapiException.badRequest("xapi.signature.jws");
        }
        JsonNode header;
        JsonNode payload;
        try {
            header = XapiJson.MAPPER.readTree(Base64.getUrlDecoder().decode(jws[0]));
            payload = XapiJson.MAPPER.readTree(Base64.getUrlDecoder().decode(jws[1]));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw XapiException.badRequest("xapi.signature.jws");
        }
        String algorithm = ALGORITHMS.get(header.path("alg").asText());
        if (algorithm == null) {
            throw XapiException.badRequest("xapi.signature.algorithm", header.path("alg").asText());
        }
        if (payload == null || !payload.isObject() || !StatementComparison.sameSigned(payload, statement)) {
            throw XapiException.badRequest("xapi.signature.payload");
        }
        if (header.has("x5c") && header.get("x5c").isArray() && !header.get("x5c").isEmpty()) {
            checkSignature(algorithm, header.get("x5c").get(0).asText(), jws);
        }
    }

    private static void checkSignature(String algorithm, String certificate, String[] jws) {
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(certificate)));
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(cert.getPublicKey());
            verifier.update((jws[0] + "." + jws[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(Base64.getUrlDecoder().decode(jws[2]))) {
                throw XapiException.badRequest("xapi.signature.invalid");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw XapiException.badRequest("xapi.signature.invalid");
        }
    }
}
