package org.hocvu.lms.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.XapiStatementConsumer;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.util.List;
import java.util.Optional;

/**
 * Follows the statement log: a learner's {@code passed} statement on their group's standard test
 * ({@code Activities.standardTest}) earns a certificate; a statement voiding that pass revokes it.
 * The feed delivers in the transaction that moves this consumer's cursor, and issuing is keyed on
 * the passed statement, so a redelivery or a rebuild from statement zero issues nothing twice.
 */
@ApplicationScoped
public class CertificateIssuer implements XapiStatementConsumer {
    static final String ENGINE = "hocvu-engine";

    @Inject
    CertificateService certificates;
    @Inject
    CertificateStore store;
    @Inject
    Achievements achievements;

    @Override
    public String name() {
        return "certificate-issuer";
    }

    @Override
    public void accept(List<LearningStatement> statements) {
        for (LearningStatement s : statements) {
            if (s.voiding()) {
                store.bySource(s.voidedTarget()).filter(r -> r.revokedAt() == null).ifPresent(r -> certificates.revoke(
                        r.id(), Messages.get(Languages.VIETNAMESE, "certificate.revoke.voided"), ENGINE));
            } else if (earns(s)) {
                achievements.targetGroupOfTest(s.objectId())
                        .ifPresent(group -> certificates.issue(s.learner(), s.id(), group));
            }
        }
    }

    /** One of our learners passed (success not denied) something: maybe a standard test. */
    private static boolean earns(LearningStatement s) {
        return s.learner() != null && Verb.PASSED.iri().equals(s.verb())
                && Optional.ofNullable(s.result()).map(r -> !Boolean.FALSE.equals(r.success())).orElse(true);
    }
}
