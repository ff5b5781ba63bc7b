package org.hocvu.lms.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.content.PackageKind;
import org.hocvu.lms.content.store.PublishedFiles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Activity;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published cmi5 courses as the launcher sees them: the structure (read once per version: versions
 * never change) and the activity ids the LMS generates for AUs, blocks and the course, which never
 * equal the publisher's ids (cmi5 8.1, 9.3.9) and are the same in every registration.
 */
@ApplicationScoped
public class Courses {
    /** A published version of a cmi5 course. */
    public record Course(String packageId, String version, UUID versionId, String contentBase, CourseStructure structure) {
    }

    private final Map<UUID, CourseStructure> structures = new ConcurrentHashMap<>();

    @Inject
    PublishedFiles files;
    @Inject
    Activities activities;

    /** The version (the current one when null), or a 404 a person can act on. */
    public Course course(String packageId, String version) {
        return find(packageId, version).orElseThrow(() -> ApiException.notFound("cmi5.course.not-found", packageId));
    }

    public Optional<Course> find(String packageId, String version) {
        return files.version(packageId, version).filter(v -> v.description().kind() == PackageKind.CMI5).map(v -> {
            CourseStructure structure = structures.computeIfAbsent(v.versionId(), id -> CourseStructure.parse(
                    files.file(id, "cmi5.xml").orElseThrow(() -> new IllegalStateException("a published cmi5 course has no cmi5.xml"))));
            return new Course(packageId, v.description().version(), v.versionId(), v.contentBase(), structure);
        });
    }

    Activity au(Course c, CourseStructure.Au au) {
        return activities.lesson(c.packageId(), c.version(), au.publisherId(), au.title());
    }

    Activity block(Course c, CourseStructure.Block block) {
        return new Activity(activities.lessonPackage(c.packageId(), c.version(), null).id() + "/blocks/" + block.index(),
                Cmi5Iris.TYPE_BLOCK, block.title());
    }

    Activity course(Course c) {
        return new Activity(activities.lessonPackage(c.packageId(), c.version(), null).id() + "/course",
                Cmi5Iris.TYPE_COURSE, c.structure().title());
    }

    Activity packageVersion(Course c) {
        return activities.lessonPackage(c.packageId(), c.version(), c.structure().title());
    }

    /**
     * The AU's URL to open: absolute ones as the course says, relative ones under the version's
     * content path, on {@code origin} (this server as the learner reaches it) unless content has a host of its own.
     */
    String auUrl(Course c, CourseStructure.Au au, String origin) {
        if (au.url().matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return au.url();
        }
        return (c.contentBase().startsWith("/") ? origin + c.contentBase().substring(1) : c.contentBase()) + au.url();
    }

}
