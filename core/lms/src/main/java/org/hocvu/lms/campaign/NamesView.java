package org.hocvu.lms.campaign;

import java.util.List;
import java.util.UUID;

/**
 * Who in a commune (or a unit below one) has not yet passed the standard test or completed the
 * curriculum, per group: for the unit's own manager only. Each list holds at most
 * {@link LearnerLists#MAX_NAMES} people, sorted by name; the counts are the whole.
 */
public record NamesView(ProgressView.UnitRef unit, List<Group> groups) {

    public record Group(String group, String groupName, long members, List<Person> notPassed, long notPassedCount,
                        List<Person> notCompleted, long notCompletedCount) {
    }

    /** A learner as their profile names them ({@code name} null: they never signed in), and their unit. */
    public record Person(UUID id, String name, String unitName) {
    }
}
