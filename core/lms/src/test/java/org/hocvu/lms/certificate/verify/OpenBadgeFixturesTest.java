package org.hocvu.lms.certificate.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1EdTech's own OB 3.0 test credentials (digital-credentials-public-validator, Apache-2.0; see
 * src/test/resources/certificate/ob30/SOURCE-badges.md): HọcVụ's verifier accepts the signed valid
 * ones and refuses every {@code simple-err-*} case, each for its own reason.
 */
class OpenBadgeFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CredentialVerifier verifier = new CredentialVerifier(new OfflineKeys(),
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"simple.json", "simple-context-alias.json", "simple-context-version.json",
            "simple-did-key-method.json", "simple-did-web-method.json", "simple-multiple-proofs.json"})
    void acceptsTheValidOnes(String file) {
        Verification result = verifier.verify(fixture(file));
        assertTrue(result.valid(), file + ": " + result.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple-err-context.json", "simple-err-credential-subject-achievement-result-description-type.json",
            "simple-err-credential-subject-identifier-type.json", "simple-err-credential-subject-profile-type.json",
            "simple-err-credential-subject-result-type.json", "simple-err-credential-subject-type.json",
            "simple-err-evidence-type.json", "simple-err-expired.json", "simple-err-issued.json",
            "simple-err-issuer-otheridentifier-type.json", "simple-err-issuer-parentorg-type.json",
            "simple-err-issuer-type.json", "simple-err-issuer.json", "simple-err-proof-method-no-scheme.json",
            "simple-err-proof-method-unknown-did-method.json", "simple-err-proof-method-unknown-scheme.json",
            "simple-err-proof-method.json", "simple-err-proof-value.json", "simple-err-type.json"})
    void refusesEachErrorCase(String file) {
        Verification result = verifier.verify(fixture(file));
        assertFalse(result.valid(), file + " was accepted");
        String expected = file.replace("simple-err-", "").replace(".json", "");
        assertTrue(result.problems().stream().anyMatch(p -> mentions(p, expected)),
                file + " was refused for another reason: " + result.problems());
    }

    /** Only proofs of another suite (eddsa-2022 is the cryptosuite's draft name): nothing verified. */
    @Test
    void refusesACredentialWithoutAnEddsaRdfc2022Proof() {
        Verification result = verifier.verify(fixture("simple-eddsa-2022.json"));
        assertTrue(result.problems().stream().anyMatch(p -> p.startsWith("proof:")), result.problems().toString());
        assertFalse(verifier.verify(fixture("simple-noproof.json")).valid());
    }

    /** The problem names what the fixture broke (its file name says what). */
    private static boolean mentions(String problem, String broken) {
        return switch (broken) {
            case "context" -> problem.startsWith("@context");
            case "type" -> problem.startsWith("type");
            case "issuer" -> problem.startsWith("issuer:");
            case "issuer-type" -> problem.startsWith("issuer.type");
            case "issuer-otheridentifier-type" -> problem.startsWith("issuer.otherIdentifier");
            case "issuer-parentorg-type" -> problem.startsWith("issuer.parentOrg");
            case "expired" -> problem.contains("expired");
            case "issued" -> problem.contains("not valid before");
            case "evidence-type" -> problem.startsWith("evidence");
            case "credential-subject-type" -> problem.startsWith("credentialSubject.type");
            case "credential-subject-identifier-type" -> problem.startsWith("credentialSubject.identifier");
            case "credential-subject-profile-type" -> problem.startsWith("credentialSubject.source");
            case "credential-subject-result-type" -> problem.startsWith("credentialSubject.result");
            case "credential-subject-achievement-result-description-type" -> problem.contains("resultDescription");
            case "proof-method-no-scheme" -> problem.contains("no URI scheme");
            case "proof-method-unknown-did-method" -> problem.contains("DID method");
            case "proof-method-unknown-scheme" -> problem.contains("scheme cannot be resolved");
            case "proof-method" -> problem.contains("not an Ed25519 Multikey");
            case "proof-value" -> problem.contains("signature does not match");
            default -> false;
        };
    }

    private static JsonNode fixture(String file) {
        try (InputStream in = OpenBadgeFixturesTest.class.getResourceAsStream("/certificate/ob30/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
