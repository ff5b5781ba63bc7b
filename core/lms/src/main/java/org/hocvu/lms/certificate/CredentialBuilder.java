package org.hocvu.lms.certificate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.certificate.proof.BundledContexts;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The unsigned OpenBadgeCredential of a certificate (OB 3.0.3 on VC Data Model 2.0). The holder is
 * named without their account: a salted SHA-256 of the learner id (OB's hashed IdentityObject), and
 * their name only when they chose to have it printed. Every term used is defined by the two contexts.
 */
@ApplicationScoped
public class CredentialBuilder {
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IssuerUrls urls;
    @ConfigProperty(name = "hocvu.certificates.issuer-name")
    Optional<String> issuerName;

    /** What a credential says; {@code salt} keeps the holder's hash the same when the credential is signed again. */
    public record Content(UUID id, UUID learner, String salt, String holderName, Achievements.Achievement achievement,
                          Instant issuedAt, long statusIndex) {
    }

    public String issuerName() {
        return issuerName.filter(n -> !n.isBlank()).orElseGet(() -> Messages.get(Languages.VIETNAMESE, "certificate.issuer.name"));
    }

    public ObjectNode issuerProfile() {
        ObjectNode issuer = JSON.createObjectNode();
        issuer.put("id", urls.issuer());
        issuer.putArray("type").add("Profile");
        issuer.put("name", issuerName());
        issuer.put("url", urls.base());
        return issuer;
    }

    public ObjectNode unsigned(Content c) {
        ObjectNode vc = JSON.createObjectNode();
        vc.putArray("@context").add(BundledContexts.CREDENTIALS_V2).add(BundledContexts.OB_V3P0_3_0_3);
        vc.put("id", "urn:uuid:" + c.id());
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        vc.set("issuer", issuerProfile());
        vc.put("validFrom", c.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        vc.put("name", c.achievement().name());
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ArrayNode identifiers = subject.putArray("identifier");
        identifiers.addObject().put("type", "IdentityObject").put("identityType", "systemId").put("hashed", true)
                .put("identityHash", "sha256$" + sha256Hex(c.learner() + c.salt())).put("salt", c.salt());
        withHolderName(identifiers, c.holderName());
        subject.set("achievement", achievement(c.achievement()));
        ObjectNode status = vc.putObject("credentialStatus");
        String list = urls.statusList(IssuerUrls.listOf(c.statusIndex()));
        status.put("id", list + "#" + c.statusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Long.toString(c.statusIndex() % org.hocvu.lms.certificate.status.BitstringStatusList.SIZE));
        status.put("statusListCredential", list);
        return vc;
    }

    private ObjectNode achievement(Achievements.Achievement a) {
        ObjectNode achievement = JSON.createObjectNode();
        achievement.put("id", a.id());
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "Certificate");
        achievement.put("name", a.name());
        achievement.put("description", a.description());
        achievement.putObject("criteria").put("narrative", a.criteria());
        achievement.put("inLanguage", "vi");
        ArrayNode alignments = achievement.putArray("alignment");
        for (Achievements.Alignment al : a.alignments()) {
            ObjectNode o = alignments.addObject();
            o.putArray("type").add("Alignment");
            o.put("targetName", al.name());
            o.put("targetUrl", al.url());
            o.put("targetCode", al.code());
            o.put("targetFramework", al.framework());
            o.put("targetType", "CFItem");
        }
        achievement.set("creator", issuerProfile());
        return achievement;
    }

    /** Sets (or, for null, removes) the holder's printed name among the subject's identifiers. */
    static void withHolderName(ArrayNode identifiers, String holderName) {
        for (int i = identifiers.size() - 1; i >= 0; i--) {
            if ("name".equals(identifiers.get(i).path("identityType").asText())) {
                identifiers.remove(i);
            }
        }
        if (holderName != null) {
            identifiers.addObject().put("type", "IdentityObject").put("identityType", "name").put("hashed", false)
                    .put("identityHash", holderName);
        }
    }

    static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored credential is not JSON", e);
        }
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
