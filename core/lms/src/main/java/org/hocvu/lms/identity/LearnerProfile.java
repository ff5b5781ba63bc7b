package org.hocvu.lms.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A person who signed in. {@code id} is the opaque learner id that the rest of the system (xAPI
 * included) uses; {@code subject} links it to the identity provider's account.
 */
@Entity
@Table(name = "learner_profile")
public class LearnerProfile extends PanacheEntityBase {
    @Id
    public UUID id;

    public String subject;
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "unit_code")
    public String unitCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learner_target_group", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "group_id")
    public Set<String> targetGroups = new TreeSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<LearnerProfile> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
