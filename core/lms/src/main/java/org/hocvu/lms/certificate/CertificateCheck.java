package org.hocvu.lms.certificate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the public verification page says about an id: the outcome, whether the signature and the
 * published status were checked here and held, and only what the certificate itself shows (never the
 * holder's account). For NOT_FOUND every other field is empty.
 */
public record CertificateCheck(Outcome outcome, UUID id, boolean signatureVerified, boolean statusVerified,
                               Instant revokedAt, String achievement, Instant issuedAt, String issuer,
                               String holderName, List<String> problems) {
    public enum Outcome { VALID, REVOKED, INVALID, NOT_FOUND }

    static CertificateCheck notFound() {
        return new CertificateCheck(Outcome.NOT_FOUND, null, false, false, null, null, null, null, null, List.of());
    }
}
