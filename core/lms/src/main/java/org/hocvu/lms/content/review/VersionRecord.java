package org.hocvu.lms.content.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One immutable version of a package; only its status moves. */
@Entity
@Table(name = "content_version")
public class VersionRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "package_id")
    public String packageId;
    public String version;
    public String status;
    /** The {@link org.hocvu.lms.content.PackageDescription} as JSON, see {@link Descriptions}. */
    public String description;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    static Optional<VersionRecord> of(String packageId, String version) {
        return find("packageId = ?1 and version = ?2", packageId, version).firstResultOptional();
    }

    VersionStatus statusValue() {
        return VersionStatus.ofDataName(status);
    }
}
