package org.hocvu.lms.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.facilitation.FacilitationViews.AttendanceView;
import org.hocvu.lms.shared.data.SqlValues;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attendance rows and their {@code attended} statements: the learner as actor, the session as
 * activity, the facilitator who recorded it as instructor, the team present as the context's group.
 */
@ApplicationScoped
class AttendanceRecords {
    @Inject
    EntityManager em;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    AttendanceView record(UUID sessionId, String place, String unitCode, UUID learner, UUID recorder, List<UUID> team) {
        UUID statement = UUID.randomUUID();
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                        INSERT INTO facilitation_attendance (session_id, learner_id, recorded_by, statement_id, recorded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, sessionId).setParameter(2, learner).setParameter(3, recorder).setParameter(4, statement)
                .setParameter(5, now).executeUpdate();
        if (inserted == 1) {
            records.record(LearningEvent.of(learner, Verb.ATTENDED, activities.session(sessionId.toString(), Sessions.name(place)))
                    .withInstructor(recorder).withTeam(team)
                    .withExtensions(Map.of(Extensions.UNIT, unitCode, Extensions.FACILITATOR, recorder.toString()))
                    .withId(statement).at(now));
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT statement_id, recorded_at FROM facilitation_attendance WHERE session_id = ?1 AND learner_id = ?2""")
                .setParameter(1, sessionId).setParameter(2, learner).getSingleResult();
        return new AttendanceView(sessionId, learner, (UUID) row[0], SqlValues.instant(row[1]));
    }

    /**
     * A merge: every attendance of {@code from} becomes {@code to}'s. Each old statement is voided
     * and recorded again for {@code to} (once: a session both attended keeps {@code to}'s own).
     * Returns how many statements were voided.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int move(UUID from, UUID to, UUID by, Sessions sessions) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.session_id, a.statement_id, a.recorded_by FROM facilitation_attendance a
                        WHERE a.learner_id = ?1 ORDER BY a.recorded_at""")
                .setParameter(1, from).getResultList();
        Instant now = clock.instant();
        for (Object[] r : rows) {
            UUID sessionId = (UUID) r[0];
            records.voidStatement(by, (UUID) r[1], now);
            em.createNativeQuery("DELETE FROM facilitation_attendance WHERE session_id = ?1 AND learner_id = ?2")
                    .setParameter(1, sessionId).setParameter(2, from).executeUpdate();
            Sessions.Row session = sessions.row(sessionId).orElseThrow();
            UUID recorder = (UUID) r[2];
            record(sessionId, session.place(), session.unitCode(), to, recorder, sessions.team(session, recorder));
        }
        return rows.size();
    }
}
