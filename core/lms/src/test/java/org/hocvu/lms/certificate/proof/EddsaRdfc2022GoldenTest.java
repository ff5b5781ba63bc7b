package org.hocvu.lms.certificate.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Open Badges 3.0 implementation guide's "Linked Data Proof Test Vector for Open Badges 3.0"
 * (1EdTech/openbadges-specification, ob_v3p0/impl/linked-data-proof-ob.md): its published key pair
 * signs its example credential into its published canonical forms (compared through the published
 * SHA-256 hashes of the document and of the proof), signature and proofValue. Only the inputs and
 * the published values are restated here (the guide's licence does not allow copying the file).
 */
class EddsaRdfc2022GoldenTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] PUBLIC_KEY = HEX.parseHex("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5");
    /** The guide gives the 64-byte secret key (seed then public key); Ed25519 signs with the seed. */
    private static final byte[] SECRET_KEY = HEX.parseHex("6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"
            + "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5");
    private static final String METHOD = "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    private static final String DOCUMENT = """
            {"@context": ["https://www.w3.org/2018/credentials/v1",
                "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld", "https://w3id.org/security/data-integrity/v1"],
             "id": "http://example.com/credentials/3527", "type": ["VerifiableCredential", "OpenBadgeCredential"],
             "issuer": {"id": "https://example.edu/issuers/565049", "type": ["Profile"], "url": "https://www.imsglobal.org", "name": "Example Corp"},
             "issuanceDate": "2010-01-01T00:00:00Z", "name": "Teamwork Badge",
             "credentialSubject": {"id": "did:example:ebfeb1f712ebc6f1c276e12ec21", "type": ["AchievementSubject"],
               "achievement": {"id": "https://example.com/achievements/21st-century-skills/teamwork", "type": ["Achievement"],
                 "criteria": {"narrative": "Team members are nominated for this badge by their peers and recognized upon review by Example Corp management."},
                 "description": "This badge recognizes the development of the capacity to collaborate within a group environment.",
                 "name": "Teamwork"}}}""";

    private final ObjectNode unsecured = (ObjectNode) read(DOCUMENT);
    private final ObjectNode signed = EddsaRdfc2022.sign(unsecured,
            new EddsaRdfc2022.Signer(METHOD, java.util.Arrays.copyOf(SECRET_KEY, 32)), Instant.parse("2010-01-01T19:23:24Z"));

    @Test
    void thePublishedKeyIsTheMultikeyOfTheVerificationMethod() {
        assertEquals("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", Multikey.encode(PUBLIC_KEY));
        assertArrayEquals(PUBLIC_KEY, Multikey.decode("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"));
    }

    @Test
    void canonicalFormsHashToThePublishedDocumentAndProofHashes() {
        EddsaRdfc2022.Hashing hashing = EddsaRdfc2022.hash(unsecured, proofOptions());
        assertEquals("d994aebd5e53f4af4495dbe9e1155410bae683811107c26acf83671075c163b3",
                HEX.formatHex(EddsaRdfc2022.sha256(hashing.canonicalDocument())));
        assertEquals("3cf3c265b6c8ebb29b4d5ea310b87d2f31c79b633eff8af561d2e8c97a85c8cb",
                HEX.formatHex(EddsaRdfc2022.sha256(hashing.canonicalProof())));
        assertEquals(16, hashing.canonicalDocument().lines().count(), "the guide's document has 16 quads");
        assertTrue(hashing.canonicalProof().startsWith("_:c14n0 <http://purl.org/dc/terms/created> \"2010-01-01T19:23:24Z\""));
    }

    @Test
    void signingGivesThePublishedSignatureAndProofValue() {
        assertEquals("zUSD5bjo6mYV1n9i9E6ZwUiHuj4JyZDjCDfDqoJcPi9XJrc9LYstik9mdBvutdwBdquWXjWrwJDVGJrAarvRs8uD",
                signed.path("proof").path("proofValue").asText());
        assertEquals("17a898a91832fa58bd66433e18dc8256522bcf84382994c395c23c26cba71ff8060a2587390e5ed20c4decec45c0c0c9eec1f7d2d1ce91e1ffc992983a74a300",
                HEX.formatHex(Base58.fromMultibase(signed.path("proof").path("proofValue").asText())));
    }

    @Test
    void theSignedExampleVerifiesAndAChangedOneDoesNot() {
        assertTrue(EddsaRdfc2022.verify(signed, signed.get("proof"), PUBLIC_KEY).isEmpty());
        ObjectNode changed = signed.deepCopy();
        changed.put("name", "Teamwork Badge!");
        assertFalse(EddsaRdfc2022.verify(changed, changed.get("proof"), PUBLIC_KEY).isEmpty());
        ObjectNode otherPurpose = signed.deepCopy();
        ((ObjectNode) otherPurpose.get("proof")).put("proofPurpose", "authentication");
        assertFalse(EddsaRdfc2022.verify(otherPurpose, otherPurpose.get("proof"), PUBLIC_KEY).isEmpty());
    }

    @Test
    void base58RoundTripsLeadingZeros() {
        byte[] bytes = {0, 0, 1, 2, (byte) 255};
        assertArrayEquals(bytes, Base58.decode(Base58.encode(bytes)));
        assertEquals("11", Base58.encode(new byte[]{0, 0}));
    }

    private ObjectNode proofOptions() {
        ObjectNode options = new ObjectMapper().createObjectNode();
        options.put("type", "DataIntegrityProof").put("created", "2010-01-01T19:23:24Z").put("verificationMethod", METHOD)
                .put("cryptosuite", "eddsa-rdfc-2022").put("proofPurpose", "assertionMethod");
        return options;
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
