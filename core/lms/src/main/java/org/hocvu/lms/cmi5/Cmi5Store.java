package org.hocvu.lms.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The cmi5 tables, through native queries in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Cmi5Store {
    record Registration(UUID id, UUID learner, String packageId, String version, Instant satisfiedAt) {
    }

    record Session(UUID id, UUID registration, int auIndex, String mode, Instant launchedAt, Instant initializedAt,
                   Instant terminatedAt, Instant abandonedAt, Instant lastStatementAt, Instant expiresAt, String verbs) {
        boolean open() {
            return terminatedAt == null && abandonedAt == null;
        }
    }

    record NodeState(boolean completed, boolean passed, boolean failed, boolean waived, boolean satisfied, boolean launched) {
        static final NodeState NONE = new NodeState(false, false, false, false, false, false);
    }

    private static final String SESSION_COLUMNS = "id, registration_id, au_index, launch_mode, launched_at, initialized_at, "
            + "terminated_at, abandoned_at, last_statement_at, expires_at, verbs";

    @Inject
    EntityManager em;

    Optional<Registration> openRegistration(UUID learner, String packageId) {
        return registrations("WHERE learner_id = ?1 AND package_id = ?2 AND satisfied_at IS NULL ORDER BY created_at DESC LIMIT 1",
                learner, packageId).stream().findFirst();
    }

    Optional<Registration> latestRegistration(UUID learner, String packageId) {
        return registrations("WHERE learner_id = ?1 AND package_id = ?2 ORDER BY created_at DESC LIMIT 1",
                learner, packageId).stream().findFirst();
    }

    Optional<Registration> registration(UUID id) {
        return registrations("WHERE id = ?1", id).stream().findFirst();
    }

    void createRegistration(UUID id, UUID learner, String packageId, String version, UUID versionId, Instant at) {
        em.createNativeQuery("INSERT INTO cmi5_registration (id, learner_id, package_id, version, version_id, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id).setParameter(2, learner).setParameter(3, packageId).setParameter(4, version)
                .setParameter(5, versionId).setParameter(6, at).executeUpdate();
    }

    void satisfied(UUID registration, Instant at) {
        em.createNativeQuery("UPDATE cmi5_registration SET satisfied_at = ?2 WHERE id = ?1 AND satisfied_at IS NULL")
                .setParameter(1, registration).setParameter(2, at).executeUpdate();
    }

    Map<String, NodeState> nodes(UUID registration) {
        Map<String, NodeState> out = new HashMap<>();
        for (Object r : em.createNativeQuery("SELECT node, completed, passed, failed, waived, satisfied, launched "
                + "FROM cmi5_node_state WHERE registration_id = ?1").setParameter(1, registration).getResultList()) {
            Object[] row = (Object[]) r;
            out.put((String) row[0], new NodeState((Boolean) row[1], (Boolean) row[2], (Boolean) row[3], (Boolean) row[4],
                    (Boolean) row[5], (Boolean) row[6]));
        }
        return out;
    }

    /** Sets one flag of a node ({@code completed}, {@code passed}, …), creating its row. */
    void mark(UUID registration, String node, String flag) {
        if (!List.of("completed", "passed", "failed", "waived", "satisfied", "launched").contains(flag)) {
            throw new IllegalArgumentException(flag);
        }
        em.createNativeQuery("INSERT INTO cmi5_node_state (registration_id, node, " + flag + ") VALUES (?1, ?2, true) "
                        + "ON CONFLICT (registration_id, node) DO UPDATE SET " + flag + " = true")
                .setParameter(1, registration).setParameter(2, node).executeUpdate();
    }

    void createSession(UUID id, UUID registration, int auIndex, String mode, String fetchKey, Instant at, Instant expires) {
        em.createNativeQuery("INSERT INTO cmi5_session (id, registration_id, au_index, launch_mode, fetch_key, launched_at, expires_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, registration).setParameter(3, auIndex).setParameter(4, mode)
                .setParameter(5, fetchKey).setParameter(6, at).setParameter(7, expires).executeUpdate();
    }

    /** Gives the token once: the first fetch of a live session stores the token's hash; any later one changes nothing. */
    Optional<UUID> claimFetch(String fetchKey, String tokenSha256, Instant now) {
        List<?> rows = em.createNativeQuery("UPDATE cmi5_session SET token_sha256 = ?2, fetched_at = ?3 WHERE fetch_key = ?1 "
                        + "AND fetched_at IS NULL AND expires_at > ?3 AND terminated_at IS NULL AND abandoned_at IS NULL RETURNING id")
                .setParameter(1, fetchKey).setParameter(2, tokenSha256).setParameter(3, now).getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    boolean fetchKeyExists(String fetchKey) {
        return !em.createNativeQuery("SELECT 1 FROM cmi5_session WHERE fetch_key = ?1").setParameter(1, fetchKey).getResultList().isEmpty();
    }

    Optional<String> tokenHash(UUID session) {
        List<?> rows = em.createNativeQuery("SELECT token_sha256 FROM cmi5_session WHERE id = ?1").setParameter(1, session).getResultList();
        return rows.stream().findFirst().map(h -> h == null ? null : ((String) h).strip());
    }

    Optional<Session> session(UUID id, boolean lock) {
        return sessions("WHERE id = ?1" + (lock ? " FOR UPDATE" : ""), id).stream().findFirst();
    }

    List<Session> openSessions(UUID registration) {
        return sessions("WHERE registration_id = ?1 AND terminated_at IS NULL AND abandoned_at IS NULL FOR UPDATE", registration);
    }

    /** Sessions launched before {@code before} and never ended, oldest first, for the sweeper. */
    List<Session> staleSessions(Instant before, int limit) {
        return sessions("WHERE terminated_at IS NULL AND abandoned_at IS NULL AND launched_at < ?1 ORDER BY launched_at LIMIT "
                + limit + " FOR UPDATE SKIP LOCKED", before);
    }

    void sessionSeen(UUID id, Instant initialized, Instant terminated, Instant last, String verbs) {
        em.createNativeQuery("UPDATE cmi5_session SET initialized_at = coalesce(initialized_at, ?2), terminated_at = ?3, "
                        + "last_statement_at = ?4, verbs = ?5 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, initialized).setParameter(3, terminated).setParameter(4, last)
                .setParameter(5, verbs).executeUpdate();
    }

    void abandoned(UUID id, Instant at) {
        em.createNativeQuery("UPDATE cmi5_session SET abandoned_at = ?2 WHERE id = ?1").setParameter(1, id).setParameter(2, at).executeUpdate();
    }

    private List<Registration> registrations(String where, Object... params) {
        var q = em.createNativeQuery("SELECT id, learner_id, package_id, version, satisfied_at FROM cmi5_registration " + where);
        bind(q, params);
        return ((List<?>) q.getResultList()).stream().map(r -> {
            Object[] row = (Object[]) r;
            return new Registration((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], instant(row[4]));
        }).toList();
    }

    private List<Session> sessions(String where, Object... params) {
        var q = em.createNativeQuery("SELECT " + SESSION_COLUMNS + " FROM cmi5_session " + where);
        bind(q, params);
        return ((List<?>) q.getResultList()).stream().map(r -> {
            Object[] row = (Object[]) r;
            return new Session((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(), (String) row[3], instant(row[4]),
                    instant(row[5]), instant(row[6]), instant(row[7]), instant(row[8]), instant(row[9]), (String) row[10]);
        }).toList();
    }

    private static void bind(jakarta.persistence.Query q, Object... params) {
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
