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
     * {@code "2.0"}; the core refuses a plugin that needs a newer contract than {@link #CONTRACT_VERSION},
     * or one written for another major version.
     */
    String requiresCore();

    /**
     * The contract version this core implements. 2.0: message bundles per language
     * ({@link DataFile#messagesIn(String)}, {@link #messages(String)}) replace the two fixed ones.
     */
    String CONTRACT_VERSION = "2.0";

    /** Folder of the data files, relative to the class path root, ending in a slash. */
    default String dataFolder() {
        return "META-INF/hocvu/" + id() + "/";
    }

    /** One of the plugin's data files, or {@code null} when the jar lacks it. */
    default URL dataFile(DataFile file) {
        return dataFile(file.fileName());
    }

    /**
     * The message bundle in {@code language}, or {@code null} when the plugin does not speak it
     * (its texts are then shown in Vietnamese). Vietnamese ({@link DataFile#MESSAGES}) is required.
     */
    default URL messages(String language) {
        return dataFile(DataFile.messagesIn(language));
    }

    /**
     * A file of {@link #dataFolder()} by name, or {@code null}; every other lookup goes through it,
     * so a plugin reading its data from elsewhere overrides this one method.
     */
    default URL dataFile(String fileName) {
        return getClass().getClassLoader().getResource(dataFolder() + fileName);
    }
}
