package org.hocvu.lms.content.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.nativeformat.LessonFiles;
import org.hocvu.lms.content.store.ContentStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a package's current published version, for the lesson player: a native lesson's
 * page as rendered at upload, its quiz, and every file's size (what saving a course for offline
 * reading costs). Nothing here reads a draft.
 */
@ApplicationScoped
public class PublishedFiles {
    /** A rendered page or a quiz is small; anything bigger is not what the player should inline. */
    static final long MAX_TEXT_BYTES = 2L * 1024 * 1024;

    @Inject
    EntityManager em;
    @Inject
    ContentStore store;

    /** The lesson's page rendered from its Markdown in that language (sanitised at upload). */
    @Transactional
    public Optional<String> renderedLesson(String packageId, String lessonId, String language) {
        return text(packageId, LessonFiles.rendered(lessonId, language));
    }

    /** The lesson's quiz ({@code quiz/<lesson>.yaml}), when it has one. */
    @Transactional
    public Optional<String> quiz(String packageId, String lessonId) {
        return text(packageId, LessonFiles.quiz(lessonId));
    }

    /** Path → size in bytes of every file of the current published version. */
    @Transactional
    public Map<String, Long> sizes(String packageId) {
        Map<String, Long> out = new LinkedHashMap<>();
        ((List<?>) em.createNativeQuery("""
                        SELECT f.path, f.size FROM content_catalog_entry c JOIN content_version_file f ON f.version_id = c.version_id
                        WHERE c.package_id = ?1 ORDER BY f.path""").setParameter(1, packageId).getResultList())
                .forEach(r -> out.put((String) ((Object[]) r)[0], ((Number) ((Object[]) r)[1]).longValue()));
        return out;
    }

    private Optional<String> text(String packageId, String path) {
        List<?> rows = em.createNativeQuery("""
                        SELECT f.sha256, f.size FROM content_catalog_entry c JOIN content_version_file f ON f.version_id = c.version_id
                        WHERE c.package_id = ?1 AND f.path = ?2""").setParameter(1, packageId).setParameter(2, path)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (((Number) row[1]).longValue() > MAX_TEXT_BYTES) {
            return Optional.empty();
        }
        return store.open(((String) row[0]).strip()).map(file -> {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
