package org.hocvu.lms.content.check;

import java.util.Map;
import java.util.Set;

/**
 * What a package may name: the target groups installed and, per group, its framework's competency
 * codes (domains and competencies) and level codes. The application fills it from the plugin
 * registry; the partner tool from the plugin jars on its class path, offline.
 */
public record KnownFrameworks(Map<String, Group> groups) {
    public record Group(Set<String> codes, Set<String> levels) {
    }

    public boolean hasGroup(String group) {
        return groups.containsKey(group);
    }

    /** Whether any of the given groups' frameworks has the code. */
    public boolean hasCode(Iterable<String> inGroups, String code) {
        for (String g : inGroups) {
            Group group = groups.get(g);
            if (group != null && group.codes().contains(code)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasLevel(Iterable<String> inGroups, String level) {
        for (String g : inGroups) {
            Group group = groups.get(g);
            if (group != null && group.levels().contains(level)) {
                return true;
            }
        }
        return false;
    }
}
