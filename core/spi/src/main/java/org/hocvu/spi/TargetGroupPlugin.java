package org.hocvu.spi;

/**
 * A target-group plugin: one CDI bean per plugin jar. Its id is stable forever; it names the
 * group in profiles, statements and reports.
 */
public interface TargetGroupPlugin {
    /** Stable id, lower-case letters and hyphens, e.g. {@code citizens}. */
    String id();

    /** The plugin's own version. */
    String version();
}
