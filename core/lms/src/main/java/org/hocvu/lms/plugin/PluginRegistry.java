package org.hocvu.lms.plugin;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.hocvu.lms.competency.CompetencyService;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.spi.TargetGroupPlugin;
import org.jboss.logging.Logger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plugin context's service: which target-group plugins this deployment has. Every plugin bean
 * on the class path is read and validated at start-up; invalid data stops the start with every
 * problem named by plugin, file and line. Then each plugin's framework version is stored (once).
 */
@ApplicationScoped
public class PluginRegistry {
    private static final Logger LOG = Logger.getLogger(PluginRegistry.class);

    @Inject
    Instance<TargetGroupPlugin> plugins;
    @Inject
    Instance<PublishedPackages> publishedPackages;
    @Inject
    CompetencyService competencies;

    private volatile Map<String, PluginData> loaded;
    private final Map<String, TestBank> banks = new java.util.concurrent.ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event) {
        Map<String, PluginData> all = loaded();
        all.values().forEach(p -> competencies.registerPluginFramework(p.id(), p.framework(), p.frameworkSourceHash()));
        LOG.infof("Target-group plugins: %s", String.join(", ", all.keySet()));
        all.keySet().forEach(id -> testBank(id).problems().forEach(p -> LOG.warnf("Test bank: %s", p)));
    }

    /** A plugin's standard-test bank, read once; its problems say why it cannot serve the test. */
    public TestBank testBank(String id) {
        PluginData data = plugin(id);
        return banks.computeIfAbsent(id, k -> PluginLoader.testBank(data));
    }

    private Map<String, PluginData> loaded() {
        Map<String, PluginData> current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    Map<String, PluginData> byId = new LinkedHashMap<>();
                    PluginLoader.load(plugins.stream().toList()).stream()
                            .sorted(java.util.Comparator.comparing(PluginData::id))
                            .forEach(p -> byId.put(p.id(), p));
                    loaded = Collections.unmodifiableMap(byId);
                }
                current = loaded;
            }
        }
        return current;
    }

    /** Ids of the target groups known to the platform, sorted. */
    public Set<String> targetGroupIds() {
        return new TreeSet<>(loaded().keySet());
    }

    /** The group's name in the given language (Vietnamese when not supported); its id when no plugin names it. */
    public String groupName(String groupId, Locale locale) {
        PluginData p = loaded().get(groupId);
        return p == null ? groupId : p.texts().get("plugin.name", locale);
    }

    /** A plugin's validated data. */
    public PluginData plugin(String id) {
        PluginData p = loaded().get(id);
        if (p == null) {
            throw ApiException.notFound("plugin.not-found", id, String.join(", ", loaded().keySet()));
        }
        return p;
    }

    public List<PluginViews.Summary> list(Locale locale) {
        return loaded().values().stream().map(p -> PluginViews.summary(p, locale)).toList();
    }

    public PluginViews.Detail detail(String id, Locale locale) {
        return PluginViews.detail(plugin(id), locale, this::isPublished);
    }

    private boolean isPublished(String packageId) {
        return publishedPackages.isResolvable() && publishedPackages.get().isPublished(packageId);
    }
}
