package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.record.RelatedActivities;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.record.Score;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Activity;
import org.hocvu.lms.xapi.vocabulary.Extensions;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The statements of a standard test, recorded in the caller's transaction: attempted at start; at
 * submission every answer (response and success) and the outcome (passed or failed, scaled score,
 * per-competency results in a result extension). Registration is the attempt id. Answers are
 * recorded when the attempt is graded, not as they are saved, because a learner may read their own
 * statements and a success flag before submission would give the key away.
 */
@ApplicationScoped
class AttemptStatements {
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;

    /** The standard test's activity, the object of the passed statement that certificates are issued from. */
    Activity test(PluginData plugin) {
        Map<String, String> names = new LinkedHashMap<>();
        Languages.configured().supported().forEach(l -> names.put(l.getLanguage(), plugin.texts().get("plugin.name", l)));
        return activities.standardTest(plugin.id(), names);
    }

    UUID started(PluginData plugin, UUID learner, UUID attempt, Instant at) {
        return records.record(LearningEvent.of(learner, Verb.ATTEMPTED, test(plugin)).withRegistration(attempt)
                .withExtensions(group(plugin)).at(at));
    }

    record Answer(TestItem item, Grading.Mark mark, Instant at) {
    }

    List<UUID> finished(PluginData plugin, UUID learner, UUID attempt, Instant startedAt, Instant finishedAt,
                        List<Answer> answers, AttemptView.ResultView result) {
        Activity test = test(plugin);
        List<LearningEvent> events = new ArrayList<>();
        for (Answer a : answers) {
            Activity item = activities.testItem(plugin.id(), a.item().id(), a.item().version(), a.item().prompt().byLanguage());
            Result answered = new Result(null, a.mark().right(), null, null, a.mark().xapiResponse());
            events.add(LearningEvent.of(learner, Verb.ANSWERED, item)
                    .withRegistration(attempt).withResult(answered).withContext(RelatedActivities.in(test))
                    .withExtensions(group(plugin)).at(a.at() == null ? finishedAt : a.at()));
        }
        Map<String, Object> competencies = new LinkedHashMap<>(result.competencies());
        Result outcome = Result.graded(Score.points(result.points(), result.maxPoints()), result.passed())
                .withDuration(Duration.between(startedAt, finishedAt))
                .withExtensions(Map.of(Extensions.COMPETENCY_RESULTS, competencies));
        events.add(LearningEvent.of(learner, result.passed() ? Verb.PASSED : Verb.FAILED, test).withRegistration(attempt)
                .withResult(outcome).withExtensions(group(plugin)).at(finishedAt));
        return records.record(events);
    }

    private static Map<String, Object> group(PluginData plugin) {
        return Map.of(Extensions.TARGET_GROUP, plugin.id());
    }
}
