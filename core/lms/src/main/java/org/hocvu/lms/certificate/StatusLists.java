package org.hocvu.lms.certificate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.certificate.key.IssuerKeys;
import org.hocvu.lms.certificate.proof.BundledContexts;
import org.hocvu.lms.certificate.proof.EddsaRdfc2022;
import org.hocvu.lms.certificate.status.BitstringStatusList;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revocation status lists as signed BitstringStatusListCredentials, at
 * {@code <issuer>/status/<n>}. A list is rebuilt and signed again only when a revocation was added
 * since (verifiers may fetch it often; signing is the expensive part).
 */
@ApplicationScoped
public class StatusLists {
    @Inject
    CertificateStore store;
    @Inject
    IssuerKeys keys;
    @Inject
    IssuerUrls urls;
    @Inject
    Clock clock;

    private record Built(String version, ObjectNode credential) {
    }

    private final Map<Long, Built> built = new ConcurrentHashMap<>();

    /** The signed status list credential of list {@code n} (1, 2, …). */
    @Transactional
    public ObjectNode credential(long list) {
        if (list < 1 || list > 1_000_000) {
            throw new IllegalArgumentException("no such status list");
        }
        String version = store.revocationsVersion();
        Built known = built.get(list);
        if (known != null && known.version().equals(version)) {
            return known.credential();
        }
        BitstringStatusList bits = BitstringStatusList.empty();
        long first = (list - 1) * BitstringStatusList.SIZE;
        store.revokedBetween(first, first + BitstringStatusList.SIZE).forEach(i -> bits.set(i - first));
        ObjectNode vc = CredentialBuilder.JSON.createObjectNode();
        vc.putArray("@context").add(BundledContexts.CREDENTIALS_V2);
        vc.put("id", urls.statusList(list));
        vc.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        vc.put("issuer", urls.issuer());
        vc.put("validFrom", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("id", urls.statusList(list) + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", bits.encode());
        ObjectNode signed = EddsaRdfc2022.sign(vc, keys.signer(), clock.instant());
        built.put(list, new Built(version, signed));
        return signed;
    }

    /** Whether the published list marks this index revoked (read from the list itself, as any verifier would). */
    public boolean revoked(long statusIndex) {
        ObjectNode list = credential(IssuerUrls.listOf(statusIndex));
        return BitstringStatusList.decode(list.path("credentialSubject").path("encodedList").asText())
                .get(statusIndex % BitstringStatusList.SIZE);
    }
}
