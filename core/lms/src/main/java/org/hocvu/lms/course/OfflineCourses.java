package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.content.catalog.PublishedFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a phone keeps to read a course without a network: the course page, each lesson page of its
 * published native packages and their media (images, audio, video, captions), with the total size
 * so the learner sees the space it takes before saving. cmi5 and SCORM packages need their players
 * online and are left out.
 */
@ApplicationScoped
public class OfflineCourses {
    /** The player's own markup around a lesson (layout, navigation, forms), measured at about 8 KB. */
    static final long PAGE_OVERHEAD_BYTES = 8 * 1024;

    @Inject
    CourseDirectory courses;
    @Inject
    CatalogService catalog;
    @Inject
    PublishedFiles files;

    @Transactional
    public LessonViews.OfflineBundle bundle(String courseId) {
        Course course = courses.get(courseId);
        List<String> urls = new ArrayList<>();
        urls.add(PackageLinks.course(course.id()));
        long bytes = PAGE_OVERHEAD_BYTES;
        for (CatalogEntry entry : catalog.published(course.packages()).values()) {
            if (!PackageLinks.NATIVE.equals(entry.kind())) {
                continue;
            }
            urls.add(PackageLinks.open(entry.kind(), entry.packageId()));
            Map<String, Long> sizes = files.sizes(entry.packageId());
            long pages = sizes.entrySet().stream().filter(f -> f.getKey().startsWith("lessons/") && f.getKey().endsWith(".html"))
                    .mapToLong(Map.Entry::getValue).max().orElse(0);
            for (CatalogEntry.Lesson lesson : entry.lessons()) {
                urls.add(PackageLinks.lesson(entry.packageId(), entry.version(), lesson.id()));
                bytes += PAGE_OVERHEAD_BYTES + pages;
            }
            for (Map.Entry<String, Long> file : sizes.entrySet()) {
                if (file.getKey().startsWith("media/")) {
                    urls.add(entry.contentBase() + file.getKey());
                    bytes += file.getValue();
                }
            }
        }
        return new LessonViews.OfflineBundle(course.id(), urls, bytes);
    }
}
