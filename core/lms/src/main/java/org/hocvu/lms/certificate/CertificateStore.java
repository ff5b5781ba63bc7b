package org.hocvu.lms.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The certificate context's tables through native SQL: issuing is an {@code INSERT … ON CONFLICT DO
 * NOTHING} on the earning statement (what makes a redelivered or rebuilt feed harmless), and the rest
 * are a handful of keyed reads and updates. Joins the caller's transaction.
 */
@ApplicationScoped
class CertificateStore {
    private static final String COLUMNS = """
            id, learner_id, source_statement, target_group, achievement_name, issued_at, status_index, holder_name,
            credential, revoked_at, revoked_reason, revoked_by""";

    @Inject
    EntityManager em;

    /** A stored certificate. */
    record Row(UUID id, UUID learner, UUID sourceStatement, String targetGroup, String achievementName, Instant issuedAt,
               long statusIndex, String holderName, String credential, Instant revokedAt, String revokedReason,
               String revokedBy) {
    }

    long nextStatusIndex() {
        return ((Number) em.createNativeQuery("SELECT nextval('certificate_status_index_seq')").getSingleResult()).longValue();
    }

    boolean issuedFor(UUID sourceStatement) {
        return !em.createNativeQuery("SELECT 1 FROM certificate_award WHERE source_statement = ?1")
                .setParameter(1, sourceStatement).getResultList().isEmpty();
    }

    /** True when stored; false when that statement already earned a certificate. */
    boolean insert(Row r) {
        return em.createNativeQuery("INSERT INTO certificate_award (" + COLUMNS + """
                        ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, NULL, NULL) ON CONFLICT (source_statement) DO NOTHING""")
                .setParameter(1, r.id()).setParameter(2, r.learner()).setParameter(3, r.sourceStatement())
                .setParameter(4, r.targetGroup()).setParameter(5, r.achievementName())
                .setParameter(6, Timestamp.from(r.issuedAt())).setParameter(7, r.statusIndex())
                .setParameter(8, r.holderName()).setParameter(9, r.credential()).executeUpdate() == 1;
    }

    Optional<Row> byId(UUID id) {
        return rows("WHERE id = ?1", id).stream().findFirst();
    }

    Optional<Row> bySource(UUID sourceStatement) {
        return rows("WHERE source_statement = ?1", sourceStatement).stream().findFirst();
    }

    List<Row> byLearner(UUID learner) {
        return rows("WHERE learner_id = ?1 ORDER BY issued_at DESC, id", learner);
    }

    /** The most recent certificates first (the admin page), at most {@code limit}. */
    List<Row> latest(int limit) {
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM certificate_award ORDER BY issued_at DESC, id LIMIT ?1")
                .setParameter(1, limit).getResultList().stream().map(r -> row((Object[]) r)).toList();
    }

    boolean revoke(UUID id, Instant at, String reason, String by) {
        return em.createNativeQuery("""
                        UPDATE certificate_award SET revoked_at = ?2, revoked_reason = ?3, revoked_by = ?4
                        WHERE id = ?1 AND revoked_at IS NULL""").setParameter(1, id).setParameter(2, Timestamp.from(at))
                .setParameter(3, reason).setParameter(4, by).executeUpdate() == 1;
    }

    void replaceCredential(UUID id, String holderName, String credential) {
        em.createNativeQuery("UPDATE certificate_award SET holder_name = ?2, credential = ?3 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, holderName).setParameter(3, credential).executeUpdate();
    }

    /** The revoked status indexes in [from, to). */
    List<Long> revokedBetween(long from, long to) {
        return em.createNativeQuery("""
                        SELECT status_index FROM certificate_award WHERE revoked_at IS NOT NULL AND status_index >= ?1 AND status_index < ?2""")
                .setParameter(1, from).setParameter(2, to).getResultList().stream()
                .map(n -> ((Number) n).longValue()).toList();
    }

    /** Changes whenever a revocation is added: the status lists are rebuilt only then. */
    String revocationsVersion() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT count(*), max(revoked_at) FROM certificate_award WHERE revoked_at IS NOT NULL")
                .getSingleResult();
        return r[0] + "@" + r[1];
    }

    /** The learner's choice: empty when they never chose; a present empty string means "no name". */
    Optional<String> holderChoice(UUID learner) {
        List<?> rows = em.createNativeQuery("SELECT coalesce(printed_name, '') FROM certificate_holder_choice WHERE learner_id = ?1")
                .setParameter(1, learner).getResultList();
        return rows.stream().map(Object::toString).findFirst();
    }

    void chooseHolderName(UUID learner, String printedName, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO certificate_holder_choice (learner_id, printed_name, chosen_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (learner_id) DO UPDATE SET printed_name = excluded.printed_name, chosen_at = excluded.chosen_at""")
                .setParameter(1, learner).setParameter(2, printedName).setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    private List<Row> rows(String where, Object key) {
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM certificate_award " + where).setParameter(1, key)
                .getResultList().stream().map(r -> row((Object[]) r)).toList();
    }

    private static Row row(Object[] r) {
        return new Row((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], instant(r[5]),
                ((Number) r[6]).longValue(), (String) r[7], (String) r[8], instant(r[9]), (String) r[10], (String) r[11]);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toInstant() : value instanceof Instant i ? i : ((OffsetDateTime) value).toInstant();
    }
}
