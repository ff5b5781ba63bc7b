package org.hocvu.lms.classroom;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A student of a class; rows are added with {@code ON CONFLICT DO NOTHING} by {@link Membership}. */
@Entity
@Table(name = "classroom_member")
@IdClass(ClassMember.Key.class)
public class ClassMember extends PanacheEntityBase {
    @Id
    @Column(name = "class_id")
    public UUID classId;

    @Id
    @Column(name = "learner_id")
    public UUID learnerId;

    public String source;

    @Column(name = "joined_at")
    public Instant joinedAt;

    public record Key(UUID classId, UUID learnerId) implements Serializable {
    }

    static boolean isMember(UUID classId, UUID learnerId) {
        return count("classId = ?1 AND learnerId = ?2", classId, learnerId) > 0;
    }
}
