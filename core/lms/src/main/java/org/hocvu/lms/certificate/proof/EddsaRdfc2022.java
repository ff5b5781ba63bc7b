package org.hocvu.lms.certificate.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code eddsa-rdfc-2022} cryptosuite of W3C Data Integrity EdDSA Cryptosuites v1.0, section 3.3:
 * the document without its proof and the proof options (with the document's {@code @context}) are each
 * canonicalised with RDFC-1.0 and hashed with SHA-256; the proof hash followed by the document hash is
 * signed with Ed25519; the signature is the base58btc multibase {@code proofValue}.
 */
public final class EddsaRdfc2022 {
    public static final String PROOF_TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String ASSERTION_METHOD = "assertionMethod";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EddsaRdfc2022() {
    }

    /** What signing needs besides the document: when, with which key (its id and private seed). */
    public record Signer(String verificationMethod, byte[] seed) {
    }

    /** The intermediate values of one proof (the golden test compares each with the published ones). */
    public record Hashing(String canonicalDocument, String canonicalProof, byte[] hashData) {
    }

    /**
     * Adds an {@code eddsa-rdfc-2022} proof to a copy of {@code unsecured} (Add Proof, 3.3.1).
     * @param created when the proof was made, to the second
     */
    public static ObjectNode sign(ObjectNode unsecured, Signer signer, Instant created) {
        ObjectNode options = JSON.createObjectNode();
        options.put("type", PROOF_TYPE);
        options.put("created", created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        options.put("verificationMethod", signer.verificationMethod());
        options.put("cryptosuite", CRYPTOSUITE);
        options.put("proofPurpose", ASSERTION_METHOD);
        Hashing hashing = hash(unsecured, options);
        ObjectNode proof = options.deepCopy();
        proof.put("proofValue", Base58.multibase(Ed25519.sign(signer.seed(), hashing.hashData())));
        ObjectNode secured = unsecured.deepCopy();
        secured.set("proof", proof);
        return secured;
    }

    /**
     * Transformation and hashing (3.3.2 to 3.3.4): the proof options get the document's {@code @context}.
     * @throws RdfCanonical.InvalidDocument when either is not JSON-LD the bundled contexts can expand
     */
    public static Hashing hash(ObjectNode unsecured, ObjectNode proofOptions) {
        ObjectNode config = proofOptions.deepCopy();
        config.remove("proofValue");
        config.set("@context", unsecured.get("@context"));
        String document = RdfCanonical.nquads(unsecured.toString());
        String proof = RdfCanonical.nquads(config.toString());
        byte[] hashData = Base58.concat(sha256(proof), sha256(document));
        return new Hashing(document, proof, hashData);
    }

    /** The proofs of a secured document (one object or an array), in order. */
    public static List<JsonNode> proofs(JsonNode secured) {
        JsonNode proof = secured.get("proof");
        List<JsonNode> list = new ArrayList<>();
        if (proof instanceof ArrayNode array) {
            array.forEach(list::add);
        } else if (proof != null && proof.isObject()) {
            list.add(proof);
        }
        return list;
    }

    /** Whether a proof claims this cryptosuite (other proofs are someone else's to check). */
    public static boolean isOurs(JsonNode proof) {
        return PROOF_TYPE.equals(proof.path("type").asText()) && CRYPTOSUITE.equals(proof.path("cryptosuite").asText());
    }

    /**
     * Verify Proof (3.3.2): checks one {@code eddsa-rdfc-2022} proof of {@code secured} with the public key
     * its verification method resolves to. Returns the reason it fails, empty when it holds.
     */
    public static Optional<String> verify(ObjectNode secured, JsonNode proof, byte[] publicKey) {
        if (!isOurs(proof)) {
            return Optional.of("the proof is not a DataIntegrityProof with cryptosuite eddsa-rdfc-2022");
        }
        if (!ASSERTION_METHOD.equals(proof.path("proofPurpose").asText())) {
            return Optional.of("the proof's purpose is not assertionMethod");
        }
        try {
            if (proof.hasNonNull("created")) {
                Instant.parse(proof.get("created").asText());
            }
        } catch (DateTimeParseException e) {
            return Optional.of("the proof's created is not a date-time");
        }
        byte[] signature;
        try {
            signature = Base58.fromMultibase(proof.path("proofValue").asText(null));
        } catch (IllegalArgumentException e) {
            return Optional.of("the proofValue is not base58btc: " + e.getMessage());
        }
        ObjectNode unsecured = secured.deepCopy();
        unsecured.remove("proof");
        ObjectNode options = ((ObjectNode) proof).deepCopy();
        if (options.has("@context") && !options.get("@context").equals(secured.get("@context"))) {
            return Optional.of("the proof's @context differs from the credential's");
        }
        options.remove("@context");
        Hashing hashing;
        try {
            hashing = hash(unsecured, options);
        } catch (RdfCanonical.InvalidDocument e) {
            return Optional.of(e.getMessage());
        }
        return Ed25519.verify(publicKey, hashing.hashData(), signature) ? Optional.empty()
                : Optional.of("the signature does not match the credential: it was changed after signing or signed with another key");
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
