package org.hocvu.ui.certificate;

import org.hocvu.lms.certificate.CertificateView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A certificate in a page's list, with its dates written as people in Vietnam write them. */
public record CertificateRow(CertificateView certificate, String issuedOn, String revokedOn) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    static List<CertificateRow> of(List<CertificateView> certificates) {
        return certificates.stream().map(c -> new CertificateRow(c, day(c.issuedAt()), day(c.revokedAt()))).toList();
    }

    static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant);
    }
}
