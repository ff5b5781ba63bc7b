package org.hocvu.lms.certificate.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.certificate.proof.BundledContexts;
import org.hocvu.lms.certificate.proof.EddsaRdfc2022;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies an Open Badges 3.0 credential (OB 3.0 sections 8 and 9, VC Data Model 2.0): its contexts,
 * its types and those of the objects inside it, its validity period, and every {@code eddsa-rdfc-2022}
 * proof with the key its verification method resolves to. Proofs of other kinds are not ours to judge
 * and are skipped, but at least one proof must be ours and hold. Status is checked by the caller
 * (it needs the status list), see {@code CertificateService}.
 */
public final class CredentialVerifier {
    private static final String OB_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";

    private final KeyResolver keys;
    private final Clock clock;

    public CredentialVerifier(KeyResolver keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public Verification verify(JsonNode credential) {
        List<String> problems = new ArrayList<>();
        if (!(credential instanceof ObjectNode document)) {
            return new Verification(List.of("a credential is a JSON object"));
        }
        boolean v2 = contexts(document, problems);
        Shapes.requireType(document, "credential", problems, "VerifiableCredential");
        List<String> types = Shapes.types(document.get("type"));
        if (!types.contains("OpenBadgeCredential") && !types.contains("AchievementCredential")) {
            problems.add("type: an Open Badge is an OpenBadgeCredential (or AchievementCredential)");
        }
        issuer(document.get("issuer"), problems);
        validity(document, v2, problems);
        Shapes.subject(document.get("credentialSubject"), problems);
        Shapes.each(document.get("evidence"), "evidence", "Evidence", problems);
        if (problems.isEmpty()) {
            proofs(document, problems);
        }
        return new Verification(problems);
    }

    /** The first context is the VC one (2.0, or 1.1 for older credentials); an OB 3.0 context follows. */
    private static boolean contexts(ObjectNode document, List<String> problems) {
        JsonNode contexts = document.get("@context");
        if (contexts == null || !contexts.isArray() || contexts.isEmpty()) {
            problems.add("@context: an ordered list starting with " + BundledContexts.CREDENTIALS_V2);
            return true;
        }
        String first = contexts.get(0).asText();
        if (!first.equals(BundledContexts.CREDENTIALS_V2) && !first.equals(BundledContexts.CREDENTIALS_V1)) {
            problems.add("@context: the first context must be " + BundledContexts.CREDENTIALS_V2);
        }
        boolean ob = false;
        for (JsonNode context : contexts) {
            ob |= context.isTextual() && context.asText().startsWith(OB_CONTEXT_PREFIX);
        }
        if (!ob) {
            problems.add("@context: the Open Badges 3.0 context is missing");
        }
        return first.equals(BundledContexts.CREDENTIALS_V2);
    }

    private static void issuer(JsonNode issuer, List<String> problems) {
        if (issuer == null || issuer.isNull()) {
            problems.add("issuer: a credential names its issuer");
        } else if (issuer.isTextual()) {
            Shapes.requireUri(issuer.asText(), "issuer", problems);
        } else {
            Shapes.requireUri(issuer.path("id").asText(null), "issuer.id", problems);
            Shapes.requireType(issuer, "issuer", problems, "Profile");
            Shapes.each(issuer.get("otherIdentifier"), "issuer.otherIdentifier", "IdentifierEntry", problems);
            Shapes.each(issuer.get("parentOrg"), "issuer.parentOrg", "Profile", problems);
        }
    }

    /** validFrom (issuanceDate in VC 1.1) has come, validUntil (expirationDate) has not passed. */
    private void validity(ObjectNode document, boolean v2, List<String> problems) {
        Instant now = clock.instant();
        String fromField = v2 ? "validFrom" : "issuanceDate";
        Optional<Instant> from = instant(document, fromField, problems);
        if (from.isEmpty() && !document.has(fromField) && !v2) {
            problems.add(fromField + ": a VC 1.1 credential says when it was issued");
        }
        from.filter(now::isBefore).ifPresent(t -> problems.add(fromField + ": not valid before " + t));
        String untilField = v2 ? "validUntil" : "expirationDate";
        instant(document, untilField, problems).filter(t -> !now.isBefore(t))
                .ifPresent(t -> problems.add(untilField + ": expired on " + t));
    }

    private static Optional<Instant> instant(ObjectNode document, String field, List<String> problems) {
        if (!document.hasNonNull(field)) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.OffsetDateTime.parse(document.get(field).asText()).toInstant());
        } catch (DateTimeParseException e) {
            problems.add(field + ": not a date-time with a time zone");
            return Optional.empty();
        }
    }

    private void proofs(ObjectNode document, List<String> problems) {
        List<JsonNode> proofs = EddsaRdfc2022.proofs(document);
        int checked = 0;
        for (int i = 0; i < proofs.size(); i++) {
            JsonNode proof = proofs.get(i);
            if (!EddsaRdfc2022.isOurs(proof)) {
                continue;
            }
            checked++;
            KeyResolver.Resolved key = keys.resolve(proof.path("verificationMethod").asText(null));
            Optional<String> failure = key.publicKey().isEmpty() ? Optional.of(key.problem())
                    : EddsaRdfc2022.verify(document, proof, key.publicKey().get());
            int index = i;
            failure.ifPresent(reason -> problems.add("proof[" + index + "]: " + reason));
        }
        if (checked == 0) {
            problems.add("proof: the credential carries no eddsa-rdfc-2022 Data Integrity proof");
        }
    }
}
