package org.hocvu.ui.layout;

import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.ui.i18n.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** How pages put a person's unit, roles and groups into words. */
public final class Words {
    private Words() {
    }

    /** "Phường Bến Nghé, Thành phố Hồ Chí Minh": the unit first, as Vietnamese addresses are written. */
    public static String address(UnitView unit) {
        if (unit == null) {
            return null;
        }
        if (unit.path() == null || unit.path().isEmpty()) {
            return unit.name();
        }
        List<String> names = new ArrayList<>(unit.path().stream().map(UnitView::name).toList());
        Collections.reverse(names);
        return String.join(", ", names);
    }

    public static String roles(Collection<String> roles, Locale locale) {
        return roles.isEmpty() ? Texts.get(locale, "roles_none")
                : String.join(", ", roles.stream().map(r -> Texts.roleName(locale, r)).toList());
    }

    public static List<String> groups(Collection<String> groupIds, PluginRegistry plugins, Locale locale) {
        return groupIds.stream().map(id -> plugins.groupName(id, locale)).toList();
    }
}
