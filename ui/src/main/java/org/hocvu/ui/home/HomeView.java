package org.hocvu.ui.home;

import org.hocvu.lms.course.LearningViews;
import org.hocvu.lms.identity.MeView;

import java.util.List;

/**
 * The learner's home page: who they are, in words, and their learning paths.
 *
 * @param unitAddress their unit as an address, the unit first and the province last; null when none
 */
public record HomeView(MeView me, String roleNames, String unitAddress, List<String> groupNames,
                       LearningViews.Learning learning) {

    /** The one "Tiếp tục": the next step of the first path that has one. */
    public LearningViews.Step next() {
        return learning.paths().stream().map(LearningViews.Path::next).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** The groups as one line, in the order the platform lists them. */
    public String groupList() {
        return String.join(", ", groupNames);
    }

    /** Without a unit and a group, later issues cannot choose the person's curriculum. */
    public boolean profileIncomplete() {
        return unitAddress == null || groupNames.isEmpty();
    }
}
