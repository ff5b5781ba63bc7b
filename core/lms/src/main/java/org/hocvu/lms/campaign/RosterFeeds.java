package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.identity.event.LearnerGroupsChanged;
import org.hocvu.lms.identity.event.LearnerUnitChanged;
import org.hocvu.lms.shared.event.DeliveredEvent;
import org.hocvu.lms.shared.event.DomainEventConsumer;
import org.hocvu.lms.unit.event.UnitMoved;

import java.util.List;

/**
 * The roster events the campaign follows. Each sets the campaign's copy to the event's new value
 * (never applies a difference), so an event that arrives after the statement feed already placed
 * the learner changes nothing it should not.
 */
final class RosterFeeds {
    private RosterFeeds() {
    }

    /** A learner moved unit: their counts move with them. */
    @ApplicationScoped
    static class LearnerUnits implements DomainEventConsumer<LearnerUnitChanged> {
        @Inject
        Roster roster;
        @Inject
        Tally tally;
        @Inject
        UnitPaths paths;

        @Override
        public String name() {
            return "campaign-learner-units";
        }

        @Override
        public Class<LearnerUnitChanged> eventType() {
            return LearnerUnitChanged.class;
        }

        @Override
        public void accept(List<DeliveredEvent<LearnerUnitChanged>> events) {
            roster.serialiseWriters();
            Tally.Changes changes = new Tally.Changes();
            for (DeliveredEvent<LearnerUnitChanged> e : events) {
                String unit = e.event().unit();
                Roster.Place to = paths.exists(unit) ? new Roster.Place(unit, paths.of(unit)) : new Roster.Place(null, null);
                roster.moveTo(e.event().learnerId(), to, changes);
            }
            tally.apply(changes);
        }
    }

    /** A learner's groups changed: their achievements count for the groups they are in now. */
    @ApplicationScoped
    static class LearnerGroups implements DomainEventConsumer<LearnerGroupsChanged> {
        @Inject
        Roster roster;
        @Inject
        Tally tally;

        @Override
        public String name() {
            return "campaign-learner-groups";
        }

        @Override
        public Class<LearnerGroupsChanged> eventType() {
            return LearnerGroupsChanged.class;
        }

        @Override
        public void accept(List<DeliveredEvent<LearnerGroupsChanged>> events) {
            roster.serialiseWriters();
            Tally.Changes changes = new Tally.Changes();
            for (DeliveredEvent<LearnerGroupsChanged> e : events) {
                roster.regroup(e.event().learnerId(), e.event().groups() == null ? java.util.Set.of() : e.event().groups(), changes);
            }
            tally.apply(changes);
        }
    }

    /**
     * A unit moved with everything below it: every campaign row under its old path takes the new
     * one. Rows already written with the new path are left alone, so the order of feeds does not matter.
     */
    @ApplicationScoped
    static class Units implements DomainEventConsumer<UnitMoved> {
        @Inject
        EntityManager em;
        @Inject
        Roster roster;
        @Inject
        UnitPaths paths;
        @Inject
        ProgressCache cache;

        @Override
        public String name() {
            return "campaign-unit-moves";
        }

        @Override
        public Class<UnitMoved> eventType() {
            return UnitMoved.class;
        }

        @Override
        public void accept(List<DeliveredEvent<UnitMoved>> events) {
            roster.serialiseWriters();
            cache.changedEverywhere();
            for (DeliveredEvent<UnitMoved> e : events) {
                String unit = e.event().unit();
                if (!paths.exists(unit) || !paths.exists(e.event().previousParent())) {
                    continue;
                }
                String from = paths.of(e.event().previousParent()) + unit + "/";
                String to = paths.of(unit);
                for (String table : List.of("campaign_daily_count", "campaign_learner", "campaign_baseline", "campaign_responsibility")) {
                    em.createNativeQuery("UPDATE " + table + " SET unit_path = ?2 || substr(unit_path, length(?1) + 1)"
                                    + " WHERE unit_path LIKE ?3")
                            .setParameter(1, from).setParameter(2, to).setParameter(3, like(from)).executeUpdate();
                }
            }
        }
    }

    /** A LIKE pattern matching the path and everything below it. */
    static String like(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
