package org.hocvu.lms.scorm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The run-time state of one SCO in an attempt (see V13_0__scorm_attempts.sql). */
@Entity
@Table(name = "scorm_sco_state")
class ScoState extends PanacheEntityBase {
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "attempt_id")
        public UUID attemptId;
        @Column(name = "sco_id")
        public String scoId;

        public Key() {
        }

        Key(UUID attemptId, String scoId) {
            this.attemptId = attemptId;
            this.scoId = scoId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId.equals(attemptId) && k.scoId.equals(scoId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, scoId);
        }
    }

    @EmbeddedId
    public Key key;
    public String data;
    public String completion;
    public String success;
    @Column(name = "score_scaled")
    public Double scoreScaled;
    @Column(name = "total_seconds")
    public double totalSeconds;
    @Column(name = "last_exit")
    public String lastExit;
    public int sessions;
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "session_seq")
    public long sessionSeq;
    @Column(name = "session_open")
    public boolean sessionOpen;
    public int answered;
    @Column(name = "updated_at")
    public Instant updatedAt;

    static ScoState find(UUID attempt, String sco) {
        return findById(new Key(attempt, sco));
    }

    static List<ScoState> ofAttempt(UUID attempt) {
        return list("key.attemptId", attempt);
    }

    static ScoState fresh(UUID attempt, String sco, Instant now) {
        ScoState s = new ScoState();
        s.key = new Key(attempt, sco);
        s.data = "{}";
        s.completion = "unknown";
        s.success = "unknown";
        s.lastExit = "";
        s.updatedAt = now;
        return s;
    }

    boolean completed() {
        return completion.equals("completed") || success.equals("passed");
    }
}
