package org.hocvu.lms.content.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.catalog.ContentLinks;
import org.hocvu.lms.content.nativeformat.LessonFiles;
import org.hocvu.lms.content.review.Descriptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Published package versions and their files, for a context that runs what a package holds (the
 * cmi5 launcher reads a course's {@code cmi5.xml}). Drafts are never given out.
 */
@ApplicationScoped
public class PublishedFiles {
    /** A published (or superseded, still served) version: where its files are served. */
    public record PublishedVersion(UUID versionId, PackageDescription description, String contentBase) {
    }

    @Inject
    EntityManager em;
    @Inject
    ContentStore store;
    @Inject
    ContentLinks links;

    /** The named version, or the package's current one in the catalog when {@code version} is null or blank. */
    @Transactional
    public Optional<PublishedVersion> version(String packageId, String version) {
        boolean current = version == null || version.isBlank();
        var query = em.createNativeQuery(current
                        ? "SELECT v.id, v.description FROM content_catalog_entry e JOIN content_version v ON v.id = e.version_id WHERE e.package_id = ?1"
                        : "SELECT v.id, v.description FROM content_version v WHERE v.package_id = ?1 AND v.version = ?2 "
                        + "AND v.status IN ('published', 'superseded')")
                .setParameter(1, packageId);
        if (!current) {
            query.setParameter(2, version.strip());
        }
        List<?> rows = query.getResultList();
        return rows.stream().findFirst().map(this::published);
    }

    /** Every package's version in the catalog, by package id. */
    @Transactional
    public List<PublishedVersion> current() {
        List<?> rows = em.createNativeQuery("SELECT v.id, v.description FROM content_catalog_entry e "
                + "JOIN content_version v ON v.id = e.version_id ORDER BY e.package_id").getResultList();
        return rows.stream().map(this::published).toList();
    }

    /** A lesson's quiz ({@code quiz/<lesson>.yaml}) in that version, when the lesson has one. */
    @Transactional
    public Optional<String> quiz(UUID versionId, String lessonId) {
        return file(versionId, LessonFiles.quiz(lessonId)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** The bytes of one file of a published version. */
    @Transactional
    public Optional<byte[]> file(UUID versionId, String path) {
        List<?> rows = em.createNativeQuery("SELECT sha256 FROM content_version_file WHERE version_id = ?1 AND path = ?2")
                .setParameter(1, versionId).setParameter(2, path).getResultList();
        return rows.stream().findFirst().flatMap(sha -> store.open(((String) sha).strip())).map(p -> {
            try {
                return Files.readAllBytes(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A row of (version id, description). */
    private PublishedVersion published(Object row) {
        Object[] columns = (Object[]) row;
        UUID id = (UUID) columns[0];
        return new PublishedVersion(id, Descriptions.read((String) columns[1]), links.contentBase(id));
    }
}
