package org.hocvu.lms.campaign;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.identity.event.LearnerGroupsChanged;
import org.hocvu.lms.identity.event.LearnerUnitChanged;
import org.hocvu.lms.shared.event.DomainEventFeed;
import org.hocvu.lms.shared.event.DomainEvents;
import org.hocvu.lms.unit.NewUnit;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Activity;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/** Learners, units and statements for the campaign tests, through the same paths the application takes. */
@ApplicationScoped
public class CampaignFixtures {
    static final String GROUP = "testers";
    /** A commune of Đồng Tháp no other test places learners in. */
    static final String COMMUNE = "28273";

    @Inject
    UnitService units;
    @Inject
    DomainEvents events;
    @Inject
    DomainEventFeed domainFeed;
    @Inject
    StatementFeed statementFeed;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;

    String hamlet(String parent, String name) {
        return units.create(new NewUnit(parent, name + " " + UUID.randomUUID().toString().substring(0, 8), "ấp", null)).code();
    }

    /** A learner placed as identity would announce it: their unit, then their groups. */
    UUID learner(String unit, String... groups) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            events.publish(new LearnerUnitChanged(id, null, unit));
            events.publish(new LearnerGroupsChanged(id, Set.of(), Set.of(groups)));
        });
        return id;
    }

    void moves(UUID learner, String from, String to) {
        QuarkusTransaction.requiringNew().run(() -> events.publish(new LearnerUnitChanged(learner, from, to)));
    }

    void regroups(UUID learner, Set<String> before, Set<String> after) {
        QuarkusTransaction.requiringNew().run(() -> events.publish(new LearnerGroupsChanged(learner, before, after)));
    }

    UUID record(UUID learner, Verb verb, Activity activity, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> records.record(LearningEvent.of(learner, verb, activity)
                .at(day.atTime(LocalTime.NOON).atZone(ProgressFeed.CAMPAIGN_ZONE).toInstant())));
    }

    void passesTest(UUID learner, LocalDate day) {
        record(learner, Verb.PASSED, activities.standardTest(GROUP, null), day);
    }

    void completesCourse(UUID learner, String course, LocalDate day) {
        record(learner, Verb.COMPLETED, activities.course(course, null), day);
    }

    void completesPackage(UUID learner, String pkg, LocalDate day) {
        record(learner, Verb.COMPLETED, activities.lessonPackage(pkg, "1.0.0", null), day);
    }

    void verifiesSkill(UUID learner, String skill, LocalDate day) {
        record(learner, Verb.VERIFIED, activities.practicalSkill(GROUP, skill, null), day);
    }

    /** Both feeds caught up (roster events first, as they normally are). */
    void drain() {
        domainFeed.drain();
        statementFeed.drain();
        domainFeed.drain();
    }
}
