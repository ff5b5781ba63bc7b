package org.hocvu.lms.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.content.scorm.ScormPackages.Playable;
import org.hocvu.lms.content.scorm.ScormStructure;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.RelatedActivities;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Activity;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A SCO session as xAPI statements, following ADL's xAPI SCORM profile: the SCO is a lesson of the
 * package version; every statement has the package version as parent, the attempt as grouping, the
 * profile as category and the attempt id as registration. Interactions are {@code answered} with
 * the SCO as parent. Verbs: initialized, resumed, completed, passed, failed, answered, suspended, terminated.
 */
@ApplicationScoped
class ScormStatements {
    @Inject
    Activities activities;

    /** Who, in which attempt of which package, in which SCO, when. */
    record Session(UUID learner, UUID attempt, Playable playable, ScormStructure.Item sco, Instant now) {
        String language() {
            return playable.title().keySet().stream().findFirst().orElse("und");
        }
    }

    List<LearningEvent> initialized(Session s, boolean resumed) {
        List<LearningEvent> out = new ArrayList<>();
        out.add(event(s, Verb.INITIALIZED, sco(s), null));
        if (resumed) {
            out.add(event(s, Verb.RESUMED, sco(s), null));
        }
        return out;
    }

    /** What changed since the state last saved: completion, success with the score, newly answered interactions. */
    List<LearningEvent> progress(Session s, ScoState before, ScoSnapshot now) {
        List<LearningEvent> out = new ArrayList<>();
        if (now.completion().equals("completed") && !before.completion.equals("completed")) {
            out.add(event(s, Verb.COMPLETED, sco(s), new Result(now.score(), null, true, null, null)));
        }
        if (!now.success().equals("unknown") && !now.success().equals(before.success)) {
            boolean passed = now.success().equals("passed");
            out.add(event(s, passed ? Verb.PASSED : Verb.FAILED, sco(s),
                    new Result(now.score(), passed, now.completion().equals("completed") ? Boolean.TRUE : null, null, null)));
        }
        Activity sco = sco(s);
        for (ScoSnapshot.Interaction i : now.interactions()) {
            if (i.index() < before.answered || !i.answered() || i.id() == null || i.id().isBlank()) {
                continue;
            }
            Map<String, String> name = i.description().isEmpty() ? Map.of() : Map.of(s.language(), i.description());
            out.add(LearningEvent.of(s.learner(), Verb.ANSWERED, activities.interaction(sco, i.id(), name))
                    .withResult(new Result(null, i.success(), null, null, i.response()))
                    .withRegistration(s.attempt())
                    .withContext(new RelatedActivities(List.of(sco), List.of(pkg(s), attempt(s)), List.of(activities.scormProfile())))
                    .at(s.now()));
        }
        return out;
    }

    /** The end of a session: suspended when the SCO left with exit "suspend", then terminated with the session's time. */
    List<LearningEvent> terminated(Session s, ScoSnapshot now) {
        List<LearningEvent> out = new ArrayList<>();
        if (now.exit().equals("suspend")) {
            out.add(event(s, Verb.SUSPENDED, sco(s), null));
        }
        out.add(event(s, Verb.TERMINATED, sco(s), new Result(null, null, null, ScormTime.duration(now.sessionSeconds()), null)));
        return out;
    }

    /** Every SCO of the package done: {@code completed} on the package version, which learning paths count. */
    LearningEvent packageCompleted(Session s) {
        return LearningEvent.of(s.learner(), Verb.COMPLETED, pkg(s)).withResult(Result.completed())
                .withRegistration(s.attempt())
                .withContext(new RelatedActivities(List.of(), List.of(attempt(s)), List.of(activities.scormProfile())))
                .at(s.now());
    }

    private LearningEvent event(Session s, Verb verb, Activity object, Result result) {
        LearningEvent event = LearningEvent.of(s.learner(), verb, object).withRegistration(s.attempt())
                .withContext(new RelatedActivities(List.of(pkg(s)), List.of(attempt(s)), List.of(activities.scormProfile())))
                .at(s.now());
        return result == null ? event : event.withResult(result);
    }

    private Activity pkg(Session s) {
        return activities.lessonPackage(s.playable().packageId(), s.playable().version(), s.playable().title());
    }

    private Activity sco(Session s) {
        return activities.lesson(s.playable().packageId(), s.playable().version(), s.sco().id(),
                Map.of(s.language(), s.sco().title().isEmpty() ? s.sco().id() : s.sco().title()));
    }

    private Activity attempt(Session s) {
        return activities.attempt(s.playable().packageId(), s.playable().version(), s.attempt().toString());
    }
}
