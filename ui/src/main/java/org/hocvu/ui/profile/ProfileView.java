package org.hocvu.ui.profile;

import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.ui.layout.Words;

import java.util.List;

/**
 * The "about me" page: the person, the unit search they ran (if any), the groups to choose from,
 * and the one field a failed form is about.
 *
 * @param displayName what the name field shows: the saved name, or what was typed when it was refused
 * @param results     the units found for {@code query}; null when nothing was searched
 * @param errorField  the field the error is about, null when there is none
 * @param saved       the section just saved (name, unit, groups), null when none
 */
public record ProfileView(MeView me, String displayName, String query, Page<UnitView> results, List<GroupChoice> groups,
                          String errorField, String errorMessage, String saved) {

    public String errorFor(String field) {
        return field.equals(errorField) ? errorMessage : null;
    }

    /** The unit search and the unit choice share one place for their error, above the list. */
    public String unitError() {
        String unit = errorFor("unitCode");
        return unit != null ? unit : errorFor("q");
    }

    public boolean searched() {
        return results != null;
    }

    public String unitAddress() {
        return Words.address(me.unit());
    }

    public String address(UnitView unit) {
        return Words.address(unit);
    }
}
