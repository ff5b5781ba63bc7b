package org.hocvu.lms.cmi5;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.record.RelatedActivities;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.vocabulary.Activity;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The statements the LMS itself writes (cmi5 9.3): launched, satisfied, abandoned, waived, each
 * with the registration, the session id, the cmi5 category and the publisher's id in the grouping;
 * and HọcVụ's own "completed" of the package version when the course is satisfied, which learning
 * paths count like any lesson package's.
 */
@ApplicationScoped
class Cmi5Records {
    private static final Activity CMI5 = new Activity(Cmi5Iris.CATEGORY_CMI5, null, Map.of());
    private static final Activity MOVE_ON = new Activity(Cmi5Iris.CATEGORY_MOVEON, null, Map.of());

    @Inject
    LearningRecords records;
    @Inject
    Courses courses;

    /** What a launch records, and what its launched statement's context says (cmi5 9.6.3). */
    record Launch(UUID learner, UUID registration, UUID session, Courses.Course course, CourseStructure.Au au,
                  String mode, String launchUrl, Instant at) {
    }

    void launched(Launch l) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(Cmi5Iris.SESSION_ID, l.session().toString());
        extensions.put(Cmi5Iris.LAUNCH_MODE, l.mode());
        extensions.put(Cmi5Iris.LAUNCH_URL, l.launchUrl());
        extensions.put(Cmi5Iris.MOVE_ON, l.au().moveOn().name());
        if (l.au().launchParameters() != null) {
            extensions.put(Cmi5Iris.LAUNCH_PARAMETERS, l.au().launchParameters());
        }
        if (l.au().masteryScore() != null) {
            extensions.put(Cmi5Iris.MASTERY_SCORE, l.au().masteryScore());
        }
        records.record(LearningEvent.of(l.learner(), Verb.LAUNCHED, courses.au(l.course(), l.au()))
                .withRegistration(l.registration()).withContext(context(l.au().publisherId(), false))
                .withExtensions(extensions).at(l.at()));
    }

    void abandoned(UUID learner, UUID registration, UUID session, Courses.Course course, CourseStructure.Au au, Duration spent, Instant at) {
        records.record(LearningEvent.of(learner, Verb.ABANDONED, courses.au(course, au)).withRegistration(registration)
                .withResult(new Result(null, null, null, spent, null)).withContext(context(au.publisherId(), false))
                .withExtensions(Map.of(Cmi5Iris.SESSION_ID, session.toString())).at(at));
    }

    void waived(UUID learner, UUID registration, UUID session, Courses.Course course, CourseStructure.Au au, String reason, Instant at) {
        LearningEvent waived = LearningEvent.of(learner, Verb.WAIVED, courses.au(course, au)).withRegistration(registration)
                .withResult(new Result(null, true, true, null, null)).withContext(context(au.publisherId(), true))
                .withExtensions(Map.of(Cmi5Iris.SESSION_ID, session.toString())).at(at);
        records.record(List.of(waived), s -> {
            ((ObjectNode) s.get("result")).putObject("extensions").put(Cmi5Iris.REASON, reason);
            return s;
        });
    }

    /** Satisfied for a block or the course ({@code item} null), in the session that satisfied it. */
    void satisfied(UUID learner, UUID registration, UUID session, Courses.Course course, CourseStructure.Block block, Instant at) {
        Activity object = block == null ? courses.course(course) : courses.block(course, block);
        String publisherId = block == null ? course.structure().courseId() : block.publisherId();
        records.record(LearningEvent.of(learner, Verb.SATISFIED, object).withRegistration(registration)
                .withContext(context(publisherId, false)).withExtensions(Map.of(Cmi5Iris.SESSION_ID, session.toString())).at(at));
    }

    /** The package version completed, as every lesson package reports it (learning paths count these). */
    void packageCompleted(UUID learner, UUID registration, Courses.Course course, Instant at) {
        records.record(LearningEvent.of(learner, Verb.COMPLETED, courses.packageVersion(course)).withRegistration(registration)
                .withResult(Result.completed()).at(at));
    }

    private static RelatedActivities context(String publisherId, boolean moveOn) {
        return new RelatedActivities(List.of(), List.of(new Activity(publisherId, null, Map.of())),
                moveOn ? List.of(CMI5, MOVE_ON) : List.of(CMI5));
    }
}
