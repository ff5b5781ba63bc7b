package org.hocvu.lms.content.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in a version's life: who did what, when, and with what comment. */
@Entity
@Table(name = "content_review_step")
public class ReviewStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "version_id")
    public UUID versionId;
    public String action;
    public String actor;
    public Instant at;
    public String comment;

    static List<ReviewStep> of(UUID versionId) {
        return list("versionId = ?1 order by id", versionId);
    }

    /** The view the API shows. */
    public record View(String action, String actor, Instant at, String comment) {
    }

    View view() {
        return new View(action, actor, at, comment);
    }
}
