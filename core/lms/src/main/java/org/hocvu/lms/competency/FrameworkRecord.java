package org.hocvu.lms.competency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One stored version of a framework; {@code document} is the {@link Framework} as JSON, see {@link FrameworkDocuments}. */
@Entity
@Table(name = "competency_framework")
public class FrameworkRecord extends PanacheEntityBase {
    static final String HASH_OF_SOURCE = "source";
    static final String HASH_OF_JAVA_RENDERING = "java-rendering";

    @Id
    public UUID id;

    @Column(name = "framework_key")
    public String frameworkKey;

    public String version;

    @Column(name = "document_identifier")
    public UUID documentIdentifier;

    public String origin;

    @Column(name = "plugin_id")
    public String pluginId;

    @Column(name = "content_hash")
    public String contentHash;

    /** What {@code contentHash} was taken over: the canonical source, or (rows stored before V4_1) the JSON rendering. */
    @Column(name = "hash_basis")
    public String hashBasis;

    public String document;

    @Column(name = "is_current")
    public boolean isCurrent;

    static Optional<FrameworkRecord> byKey(String key, String version) {
        return version == null
                ? find("frameworkKey = ?1 and isCurrent = true", key).firstResultOptional()
                : find("frameworkKey = ?1 and version = ?2", key, version).firstResultOptional();
    }

    static List<FrameworkRecord> all() {
        return list("order by frameworkKey, version");
    }
}
