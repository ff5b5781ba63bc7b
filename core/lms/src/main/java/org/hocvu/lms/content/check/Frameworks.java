package org.hocvu.lms.content.check;

import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.plugin.PluginData;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link KnownFrameworks} from loaded plugins: each group's framework codes and levels. */
public final class Frameworks {
    private Frameworks() {
    }

    public static KnownFrameworks of(Collection<PluginData> plugins) {
        Map<String, KnownFrameworks.Group> groups = new LinkedHashMap<>();
        for (PluginData p : plugins) {
            Framework f = p.framework();
            Set<String> codes = f.codes().collect(Collectors.toUnmodifiableSet());
            Set<String> levels = f.levels().stream().map(Framework.Level::code).collect(Collectors.toUnmodifiableSet());
            groups.put(p.id(), new KnownFrameworks.Group(codes, levels));
        }
        return new KnownFrameworks(Map.copyOf(groups));
    }
}
