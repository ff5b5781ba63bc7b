package org.hocvu.lms.scorm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A learner's attempt at one version of a SCORM package; the run-time reaches it by its token. */
@Entity
@Table(name = "scorm_attempt")
class ScormAttempt extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "learner_id")
    public UUID learnerId;
    @Column(name = "package_id")
    public String packageId;
    public String version;
    @Column(name = "version_id")
    public UUID versionId;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "token_expires_at")
    public Instant tokenExpiresAt;
    @Column(name = "previous_token_hash")
    public String previousTokenHash;
    @Column(name = "previous_token_until")
    public Instant previousTokenUntil;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "completed_at")
    public Instant completedAt;

    static Optional<ScormAttempt> latest(UUID learner, String packageId) {
        return find("learnerId = ?1 and packageId = ?2 order by startedAt desc", learner, packageId).firstResultOptional();
    }

    /** The attempt whose current token, or previous one still in its grace period, has this hash. */
    static Optional<ScormAttempt> byTokenHash(String hash, Instant now) {
        return ScormAttempt.<ScormAttempt>find("tokenHash", hash).firstResultOptional().filter(a -> a.tokenExpiresAt.isAfter(now))
                .or(() -> ScormAttempt.<ScormAttempt>find("previousTokenHash", hash).firstResultOptional()
                        .filter(a -> a.previousTokenUntil != null && a.previousTokenUntil.isAfter(now)));
    }
}
