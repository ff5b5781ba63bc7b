package org.hocvu.tools.packagetool;

import org.hocvu.lms.content.check.Frameworks;
import org.hocvu.lms.content.check.KnownFrameworks;
import org.hocvu.lms.plugin.PluginLoader;
import org.hocvu.spi.TargetGroupPlugin;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The frameworks of the plugins on the class path, found offline as the application finds them:
 * each plugin jar's Jandex index names its {@link TargetGroupPlugin} class, and the core's own
 * {@link PluginLoader} reads and validates its data.
 */
final class InstalledFrameworks {
    private static final DotName CONTRACT = DotName.createSimple(TargetGroupPlugin.class.getName());

    private InstalledFrameworks() {
    }

    static KnownFrameworks load() {
        List<TargetGroupPlugin> plugins = new ArrayList<>();
        ClassLoader loader = InstalledFrameworks.class.getClassLoader();
        try {
            for (URL index : Collections.list(loader.getResources("META-INF/jandex.idx"))) {
                try (InputStream in = index.openStream()) {
                    for (ClassInfo type : new IndexReader(in).read().getKnownDirectImplementors(CONTRACT)) {
                        plugins.add((TargetGroupPlugin) loader.loadClass(type.name().toString()).getDeclaredConstructor().newInstance());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a plugin class cannot be created: " + e.getMessage(), e);
        }
        return Frameworks.of(PluginLoader.load(plugins));
    }
}
