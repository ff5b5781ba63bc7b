package org.hocvu.ui.profile;

import org.hocvu.lms.identity.MeUpdate;
import org.hocvu.lms.identity.MeView;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the "about me" form holds: as saved, or as the person typed it. The page is one form, and a
 * search, a refused save or a page of results shows every field as it was typed, so nothing is lost.
 *
 * @param unitCode the unit chosen in the form; null keeps the saved one
 * @param query    the unit search typed, "" when none
 * @param page     the page of search results shown, from 0
 */
public record ProfileForm(String displayName, String unitCode, Set<String> targetGroups, String query, int page) {

    static ProfileForm saved(MeView me) {
        return new ProfileForm(me.displayName(), me.unit() == null ? null : me.unit().code(), me.targetGroups(), "", 0);
    }

    static ProfileForm typed(String displayName, String unitCode, List<String> groups, String query, String page) {
        return new ProfileForm(displayName == null ? "" : displayName, blankToNull(unitCode),
                groups == null ? Set.of() : new LinkedHashSet<>(groups), query == null ? "" : query.strip(), pageNumber(page));
    }

    /** The change the form asks for: every field, the unit only when one was chosen. */
    MeUpdate change() {
        return new MeUpdate(displayName, unitCode, targetGroups);
    }

    boolean searched() {
        return !query.isEmpty();
    }

    /** A page number from the form; anything else is the first page, as a person who edits the URL expects. */
    private static int pageNumber(String page) {
        try {
            int n = page == null ? 0 : Integer.parseInt(page.strip());
            return Math.max(0, Math.min(n, 10_000));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
