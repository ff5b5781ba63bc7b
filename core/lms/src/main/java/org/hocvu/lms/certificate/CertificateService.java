package org.hocvu.lms.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.certificate.key.IssuerKeys;
import org.hocvu.lms.certificate.proof.EddsaRdfc2022;
import org.hocvu.lms.certificate.verify.CredentialVerifier;
import org.hocvu.lms.certificate.verify.Verification;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Certificates: issued once per passed standard test (by {@link CertificateIssuer}), listed to their
 * holder, served as signed OpenBadgeCredentials to the holder and admins, checked for anyone on the
 * public verification page, revoked by admins with a reason. Earning and revoking are xAPI statements
 * recorded in the same transaction as the row.
 */
@ApplicationScoped
public class CertificateService {
    public static final int MAX_REASON = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificateStore store;
    @Inject
    CredentialBuilder builder;
    @Inject
    Achievements achievements;
    @Inject
    IssuerKeys keys;
    @Inject
    IssuerUrls urls;
    @Inject
    StatusLists statusLists;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    Clock clock;

    private volatile ObjectNode decoy;

    /**
     * Issues the certificate a passed statement earned, unless it already did (a redelivered batch or a
     * rebuilt feed issues nothing twice). Joins the caller's transaction; returns the certificate's id.
     */
    @Transactional
    public UUID issue(UUID learner, UUID passedStatement, String targetGroup) {
        Optional<CertificateStore.Row> earlier = store.bySource(passedStatement);
        if (earlier.isPresent()) {
            return earlier.get().id();
        }
        Achievements.Achievement achievement = achievements.of(targetGroup);
        UUID id = UUID.nameUUIDFromBytes(("hocvu-certificate:" + passedStatement).getBytes(StandardCharsets.UTF_8));
        long statusIndex = store.nextStatusIndex();
        String holderName = store.holderChoice(learner).filter(n -> !n.isEmpty()).orElse(null);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Instant now = clock.instant();
        ObjectNode unsigned = builder.unsigned(new CredentialBuilder.Content(id, learner, HexFormat.of().formatHex(salt),
                holderName, achievement, now, statusIndex));
        ObjectNode signed = EddsaRdfc2022.sign(unsigned, keys.signer(), now);
        if (store.insert(new CertificateStore.Row(id, learner, passedStatement, targetGroup, achievement.name(), now,
                statusIndex, holderName, signed.toString(), null, null, null))) {
            records.record(LearningEvent.of(learner, Verb.EARNED, activity(id, achievement.name()))
                    .withExtensions(Map.of(Extensions.TARGET_GROUP, targetGroup)).at(now));
        }
        return id;
    }

    /** The learner's own certificates, newest first. */
    public List<CertificateView> mine(UUID learner) {
        return store.byLearner(learner).stream().map(r -> CertificateView.of(r, urls)).toList();
    }

    /** The latest certificates, for admins. */
    public List<CertificateView> latest(int limit) {
        return store.latest(limit).stream().map(r -> CertificateView.of(r, urls)).toList();
    }

    /** One certificate for its holder or an admin; anyone else gets the same 404 as for an unknown id. */
    public CertificateView view(UUID id, UUID caller, boolean admin) {
        return CertificateView.of(allowed(id, caller, admin), urls);
    }

    /** The signed credential, for its holder or an admin. */
    public String credential(UUID id, UUID caller, boolean admin) {
        return allowed(id, caller, admin).credential();
    }

    /** Parses an id from a URL; null for anything that is not a UUID (which then reads as unknown). */
    public static UUID parseId(String id) {
        try {
            return id == null || id.length() != 36 ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The public check: signature (with this issuer's keys) and published status, read here. An unknown
     * or malformed id costs a verification too, so its answer comes as fast as a real one.
     */
    @Transactional
    public CertificateCheck check(String idText) {
        UUID id = parseId(idText);
        Optional<CertificateStore.Row> row = store.byId(id == null ? new UUID(0, 0) : id);
        CredentialVerifier verifier = new CredentialVerifier(keys.resolver(), clock);
        if (row.isEmpty()) {
            verifier.verify(decoy());
            statusLists.revoked(0);
            return CertificateCheck.notFound();
        }
        CertificateStore.Row r = row.get();
        JsonNode credential = CredentialBuilder.read(r.credential());
        Verification verification = verifier.verify(credential);
        boolean revoked = statusLists.revoked(r.statusIndex());
        CertificateCheck.Outcome outcome = !verification.valid() ? CertificateCheck.Outcome.INVALID
                : revoked ? CertificateCheck.Outcome.REVOKED : CertificateCheck.Outcome.VALID;
        return new CertificateCheck(outcome, r.id(), verification.valid(), true, r.revokedAt(), r.achievementName(),
                r.issuedAt(), credential.path("issuer").path("name").asText(), r.holderName(), verification.problems());
    }

    /** Revokes with a reason a person can read later; returns the certificate as it now is. */
    @Transactional
    public CertificateView revoke(UUID id, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw ApiException.badRequest("reason", "certificate.revoke.reason", MAX_REASON);
        }
        CertificateStore.Row row = store.byId(id).orElseThrow(() -> ApiException.notFound("certificate.not-found"));
        Instant now = clock.instant();
        if (!store.revoke(id, now, why, by)) {
            throw ApiException.conflict("certificate.revoke.already");
        }
        records.record(LearningEvent.of(row.learner(), Verb.REVOKED, activity(id, row.achievementName()))
                .withExtensions(Map.of(Extensions.TARGET_GROUP, row.targetGroup())).at(now));
        return CertificateView.of(store.byId(id).orElseThrow(), urls);
    }

    /** The learner's choice of the name printed on their certificates (null: none). */
    public Optional<String> printedName(UUID learner) {
        return store.holderChoice(learner).filter(n -> !n.isEmpty());
    }

    /**
     * Sets the name printed on the learner's certificates (null: none) and signs their valid certificates
     * again with it, so the credential, the PDF and the verification page say the same.
     */
    @Transactional
    public void choosePrintedName(UUID learner, String name) {
        String printed = name == null || name.isBlank() ? null : name.strip();
        store.chooseHolderName(learner, printed, clock.instant());
        for (CertificateStore.Row r : store.byLearner(learner)) {
            if (r.revokedAt() == null && !java.util.Objects.equals(r.holderName(), printed)) {
                ObjectNode unsigned = (ObjectNode) CredentialBuilder.read(r.credential());
                unsigned.remove("proof");
                ArrayNode identifiers = (ArrayNode) unsigned.path("credentialSubject").path("identifier");
                CredentialBuilder.withHolderName(identifiers, printed);
                store.replaceCredential(r.id(), printed, EddsaRdfc2022.sign(unsigned, keys.signer(), clock.instant()).toString());
            }
        }
    }

    /** What the printed certificate shows. */
    public CertificatePrint.Sheet sheet(UUID id, UUID caller, boolean admin) {
        CertificateStore.Row r = allowed(id, caller, admin);
        return new CertificatePrint.Sheet(r.id(), r.holderName(), r.achievementName(), r.issuedAt(), builder.issuerName(),
                urls.verify(r.id()), r.revokedAt());
    }

    private CertificateStore.Row allowed(UUID id, UUID caller, boolean admin) {
        return (id == null ? Optional.<CertificateStore.Row>empty() : store.byId(id))
                .filter(r -> admin || r.learner().equals(caller))
                .orElseThrow(() -> ApiException.notFound("certificate.not-found"));
    }

    private org.hocvu.lms.xapi.vocabulary.Activity activity(UUID id, String name) {
        return activities.certificate(id.toString(), Map.of("vi", name));
    }

    /** A certificate signed once with the active key, verified in place of an unknown one. */
    private ObjectNode decoy() {
        ObjectNode known = decoy;
        if (known == null) {
            Achievements.Achievement sample = new Achievements.Achievement(urls.issuer() + "#decoy", "-", "-", "-", "-", "-", List.of());
            known = EddsaRdfc2022.sign(builder.unsigned(new CredentialBuilder.Content(new UUID(0, 0), new UUID(0, 0),
                    "00", null, sample, clock.instant(), 0)), keys.signer(), clock.instant());
            decoy = known;
        }
        return known;
    }
}
