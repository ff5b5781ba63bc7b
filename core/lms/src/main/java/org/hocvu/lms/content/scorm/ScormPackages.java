package org.hocvu.lms.content.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.PackageKind;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.review.Descriptions;
import org.hocvu.lms.content.store.ContentStore;
import org.hocvu.lms.content.store.ContentTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the SCORM player may know of the content context: a package's current published SCORM
 * version with its structure (read from the stored manifest; published files never change, so
 * the structure is kept in memory by version id) and the stored files of such a version.
 */
@ApplicationScoped
public class ScormPackages {
    /** A published SCORM version ready to play. */
    public record Playable(UUID versionId, String packageId, String version, Map<String, String> title,
                           ScormStructure structure) {
    }

    @Inject
    EntityManager em;
    @Inject
    ContentStore store;

    private final Map<UUID, ScormStructure> structures = new ConcurrentHashMap<>();

    /** The catalog's current version of {@code packageId}, when it is a SCORM package. */
    @Transactional
    public Optional<Playable> published(String packageId) {
        List<?> rows = em.createNativeQuery("""
                SELECT v.id, v.version, v.description, p.kind FROM content_catalog_entry c
                JOIN content_version v ON v.id = c.version_id JOIN content_package p ON p.id = c.package_id
                WHERE c.package_id = ?1""").setParameter(1, packageId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .filter(r -> r[3].equals(PackageKind.SCORM_12.dataName()) || r[3].equals(PackageKind.SCORM_2004.dataName()))
                .findFirst().flatMap(r -> playable((UUID) r[0], packageId, (String) r[1], (String) r[2]));
    }

    /** A published or superseded SCORM version by id (an attempt keeps the version it began with). */
    @Transactional
    public Optional<Playable> version(UUID versionId) {
        List<?> rows = em.createNativeQuery("""
                SELECT v.id, v.package_id, v.version, v.description FROM content_version v
                JOIN content_package p ON p.id = v.package_id
                WHERE v.id = ?1 AND v.status IN ('published', 'superseded') AND p.kind IN ('scorm_12', 'scorm_2004')""")
                .setParameter(1, versionId).getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst()
                .flatMap(r -> playable((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }

    /** A stored file: where its bytes are, its content type and its hash (an ETag). */
    public record StoredFile(Path blob, String contentType, String sha256) {
    }

    /** A file of a published SCORM version, from the content store. */
    @Transactional
    public Optional<StoredFile> file(UUID versionId, String path) {
        List<?> rows = em.createNativeQuery("""
                SELECT f.sha256 FROM content_version_file f JOIN content_version v ON v.id = f.version_id
                WHERE f.version_id = ?1 AND f.path = ?2 AND v.status IN ('published', 'superseded')""")
                .setParameter(1, versionId).setParameter(2, path).getResultList();
        return rows.stream().findFirst().map(sha -> ((String) sha).strip())
                .flatMap(sha -> store.open(sha).map(blob -> new StoredFile(blob, ContentTypes.of(path), sha)));
    }

    private Optional<Playable> playable(UUID versionId, String packageId, String version, String description) {
        ScormStructure structure = structures.computeIfAbsent(versionId, id -> read(id).orElse(null));
        if (structure == null) {
            return Optional.empty();
        }
        return Optional.of(new Playable(versionId, packageId, version, Descriptions.read(description).title(), structure));
    }

    private Optional<ScormStructure> read(UUID versionId) {
        return file(versionId, ScormManifestReader.FILE).flatMap(manifest -> {
            try {
                // the manifest was checked on upload; its files are the version's files
                return ScormManifestReader.read(Files.readAllBytes(manifest.blob()), path -> true, new Report());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
