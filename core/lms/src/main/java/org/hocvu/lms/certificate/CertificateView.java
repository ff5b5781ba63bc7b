package org.hocvu.lms.certificate;

import java.time.Instant;
import java.util.UUID;

/** A certificate as its holder and admins list it; {@code holderName} null when no name is printed. */
public record CertificateView(UUID id, String achievement, String targetGroup, Instant issuedAt, String holderName,
                              Instant revokedAt, String revokedReason, String verifyUrl) {
    static CertificateView of(CertificateStore.Row r, IssuerUrls urls) {
        return new CertificateView(r.id(), r.achievementName(), r.targetGroup(), r.issuedAt(), r.holderName(),
                r.revokedAt(), r.revokedReason(), urls.verify(r.id()));
    }
}
