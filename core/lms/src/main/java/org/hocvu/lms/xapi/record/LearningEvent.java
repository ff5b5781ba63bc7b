package org.hocvu.lms.xapi.record;

import org.hocvu.lms.xapi.vocabulary.Activity;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a learner did that the engine records as an xAPI statement: who (the opaque learner
 * id, {@code MeView.id}), what (a verb of the vocabulary), on what (an activity of the IRI
 * scheme) and optionally the registration (an enrolment, a cmi5 registration), the result, the
 * context activities, context extensions, when it happened (default: when stored) and the
 * statement id (default: a new one; give one to make recording idempotent), and for what happened with
 * someone's help, the instructor (a learner id: the facilitator) and the team present (learner ids).
 * Start with {@link #of} and add the rest with the {@code with...} methods.
 */
public record LearningEvent(UUID learner, Verb verb, Activity activity, UUID registration, Result result,
                            RelatedActivities context, Map<String, Object> extensions, Instant timestamp, UUID id,
                            UUID instructor, List<UUID> team) {
    public LearningEvent {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(activity, "activity");
        context = context == null ? RelatedActivities.NONE : context;
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        team = team == null ? List.of() : List.copyOf(team);
    }

    public static LearningEvent of(UUID learner, Verb verb, Activity activity) {
        return new LearningEvent(learner, verb, activity, null, null, null, null, null, null, null, null);
    }

    public LearningEvent withRegistration(UUID registration) {
        return new LearningEvent(learner, verb, activity, registration, result, context, extensions, timestamp, id, instructor, team);
    }

    public LearningEvent withResult(Result result) {
        return new LearningEvent(learner, verb, activity, registration, result, context, extensions, timestamp, id, instructor, team);
    }

    public LearningEvent withContext(RelatedActivities context) {
        return new LearningEvent(learner, verb, activity, registration, result, context, extensions, timestamp, id, instructor, team);
    }

    public LearningEvent withExtensions(Map<String, Object> extensions) {
        return new LearningEvent(learner, verb, activity, registration, result, context, extensions, timestamp, id, instructor, team);
    }

    public LearningEvent at(Instant timestamp) {
        return new LearningEvent(learner, verb, activity, registration, result, context, extensions, timestamp, id, instructor, team);
    }

    public LearningEvent withId(UUID id) {
        return new LearningEvent(learner, verb, activity, registration, result, context, extensions, timestamp, id, instructor, team);
    }

    /** The person who helped (context.instructor): a facilitator's learner id. */
    public LearningEvent withInstructor(UUID instructor) {
        return new LearningEvent(learner, verb, activity, registration, result, context, extensions, timestamp, id, instructor, team);
    }

    /** The team present (context.team, a Group of their agents). */
    public LearningEvent withTeam(List<UUID> team) {
        return new LearningEvent(learner, verb, activity, registration, result, context, extensions, timestamp, id, instructor, team);
    }
}
