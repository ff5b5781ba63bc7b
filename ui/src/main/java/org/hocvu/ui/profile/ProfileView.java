package org.hocvu.ui.profile;

import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.shared.Page;
import org.hocvu.ui.layout.Words;

import java.util.List;

/**
 * The "about me" page: the person as saved, the form as typed, the units found for the search typed
 * (if any), the groups to choose from, and the one field a refused save is about.
 *
 * @param results    the units found for {@code form.query}; null when nothing was searched
 * @param errorField the field the error is about, null when there is none
 * @param saved      the whole form was just saved
 */
public record ProfileView(MeView me, ProfileForm form, Page<UnitChoice> results, List<GroupChoice> groups,
                          String errorField, String errorMessage, boolean saved) {

    public String errorFor(String field) {
        return field.equals(errorField) ? errorMessage : null;
    }

    /** The unit search and the unit choice share one place for their error, above the list. */
    public String unitError() {
        String unit = errorFor("unitCode");
        return unit != null ? unit : errorFor("q");
    }

    /** Where the summary at the top of a refused form leads: the field the error is about. */
    public String errorAnchor() {
        return switch (errorField == null ? "" : errorField) {
            case "displayName" -> "displayName";
            case "targetGroups" -> "groups-h";
            default -> "unit-q";
        };
    }

    public boolean searched() {
        return results != null;
    }

    public String unitAddress() {
        return Words.address(me.unit());
    }

    /** The saved unit stays chosen unless the person picked another one from the results. */
    public boolean keepsCurrentUnit() {
        return me.unit() != null && (form.unitCode() == null || form.unitCode().equals(me.unit().code()));
    }

    public int pageNumber() {
        return results.page() + 1;
    }

    public long pageCount() {
        return results.total() == 0 ? 1 : (results.total() + results.size() - 1) / results.size();
    }

    public boolean hasPrevious() {
        return results.page() > 0;
    }

    public boolean hasNext() {
        return (long) (results.page() + 1) * results.size() < results.total();
    }
}
