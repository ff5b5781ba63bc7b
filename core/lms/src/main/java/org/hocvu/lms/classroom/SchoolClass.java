package org.hocvu.lms.classroom;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A teacher's class in a school; its modules and students are rows of their own (see the service). */
@Entity
@Table(name = "classroom_class")
public class SchoolClass extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "school_code")
    public String schoolCode;

    @Column(name = "teacher_id")
    public UUID teacherId;

    public String name;

    @Column(name = "join_code")
    public String joinCode;

    @Column(name = "created_at")
    public Instant createdAt;
}
