package org.hocvu.ui.home;

import org.hocvu.lms.identity.MeView;

import java.util.List;

/**
 * The learner's home page: who they are, in words.
 *
 * @param unitAddress their unit as an address, the unit first and the province last; null when none
 */
public record HomeView(MeView me, String roleNames, String unitAddress, List<String> groupNames) {

    /** The groups as one line, in the order the platform lists them. */
    public String groupList() {
        return String.join(", ", groupNames);
    }

    /** Without a unit and a group, later issues cannot choose the person's curriculum. */
    public boolean profileIncomplete() {
        return unitAddress == null || groupNames.isEmpty();
    }
}
