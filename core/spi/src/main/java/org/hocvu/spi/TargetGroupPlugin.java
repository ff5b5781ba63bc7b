package org.hocvu.spi;

import java.net.URL;

/**
 * A target-group plugin: one CDI bean per plugin jar, found through the jar's Jandex index. The
 * bean says who the plugin is; everything the group knows (framework, curriculum, test blueprint,
 * eligibility, practical skills, indicators, texts) lives in data files under
 * {@code META-INF/hocvu/<id>/} in the same jar, named by {@link DataFile}. The core validates the
 * files at start-up and refuses to start, naming plugin, file and line, when they are wrong.
 */
public interface TargetGroupPlugin {
    /** Stable forever: names the group in profiles, statements and reports. Lower-case letters, digits, hyphens. */
    String id();

    /** The plugin's own version (semantic versioning); shown to admins. */
    String version();

    /**
     * The lowest core contract version ({@code major.minor}) the plugin was written against, e.g.
     * {@code "1.0"}; the core refuses a plugin that needs a newer contract than {@link #CONTRACT_VERSION}.
     */
    String requiresCore();

    /** The contract version this core implements. */
    String CONTRACT_VERSION = "1.0";

    /** Folder of the data files, relative to the class path root, ending in a slash. */
    default String dataFolder() {
        return "META-INF/hocvu/" + id() + "/";
    }

    /** One of the plugin's data files, or {@code null} when the jar lacks it. */
    default URL dataFile(DataFile file) {
        return getClass().getClassLoader().getResource(dataFolder() + file.fileName());
    }
}
