package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.shared.ApiException;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which course a learner is taking a package in (a package may serve several curricula): the one
 * they are enrolled in, else their own group's, else the package on its own. Reading a lesson of a
 * course one may take enrols one in it, so every statement has its registration.
 */
@ApplicationScoped
public class LessonCourses {
    public record InCourse(Course course, EnrolmentView enrolment) {
    }

    @Inject
    CourseDirectory courses;
    @Inject
    EnrolmentService enrolments;
    @Inject
    CatalogService catalog;

    /** In the caller's transaction: may enrol the learner (with its statement). */
    public InCourse of(UUID learnerId, Set<String> groups, String packageId) {
        List<Course> containing = courses.containing(packageId);
        Set<String> enrolled = enrolments.enrolments(learnerId).stream().map(EnrolmentView::courseId)
                .collect(Collectors.toSet());
        Course course = containing.stream().filter(c -> enrolled.contains(c.id())).findFirst()
                .or(() -> containing.stream().filter(c -> groups.contains(c.group())).findFirst())
                .orElseGet(() -> standalone(packageId));
        return new InCourse(course, enrolments.enrol(learnerId, course.id(), EnrolmentSource.SELF));
    }

    private Course standalone(String packageId) {
        var entry = catalog.published(List.of(packageId)).get(packageId);
        if (entry == null) {
            throw ApiException.notFound("course.package.not-found", packageId);
        }
        return CourseDirectory.standalone(entry);
    }
}
