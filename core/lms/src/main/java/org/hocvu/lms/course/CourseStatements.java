package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.RelatedActivities;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Activity;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The statements of the course context, all in one shape: the course as grouping, the package
 * version as parent of what is inside it, the target group and the competencies as extensions.
 */
@ApplicationScoped
public class CourseStatements {
    @Inject
    Activities activities;

    public Activity course(Course course) {
        return activities.course(course.id(), course.title());
    }

    public Activity packageVersion(String packageId, String version, Map<String, String> title) {
        return activities.lessonPackage(packageId, version, title);
    }

    public LearningEvent enrolled(UUID learner, Course course, UUID enrolment) {
        return LearningEvent.of(learner, Verb.ENROLLED, course(course)).withRegistration(enrolment)
                .withExtensions(extensions(course, course.competencies()));
    }

    /** A statement about a package version or something in it ({@code inside} null: the package itself). */
    public LearningEvent about(UUID learner, Verb verb, Activity inside, Activity packageVersion, Course course,
                               UUID enrolment, List<String> competencies) {
        Activity object = inside == null ? packageVersion : inside;
        RelatedActivities context = inside == null
                ? new RelatedActivities(List.of(), List.of(course(course)), List.of())
                : RelatedActivities.in(packageVersion, course(course));
        return LearningEvent.of(learner, verb, object).withRegistration(enrolment).withContext(context)
                .withExtensions(extensions(course, competencies));
    }

    private static Map<String, Object> extensions(Course course, List<String> competencies) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (course.group() != null) {
            out.put(Extensions.TARGET_GROUP, course.group());
        }
        if (competencies != null && !competencies.isEmpty()) {
            out.put(Extensions.COMPETENCIES, List.copyOf(competencies));
        }
        return out;
    }
}
