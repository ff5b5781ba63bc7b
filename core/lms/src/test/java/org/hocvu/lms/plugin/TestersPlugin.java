package org.hocvu.lms.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/**
 * A sixth target group that exists only in this module's tests, written exactly as a plugin jar
 * would be: this class plus data files under META-INF/hocvu/testers/. Core code names no group,
 * so its appearing in the registry, the API and the frameworks shows a new plugin needs nothing more.
 */
@ApplicationScoped
public class TestersPlugin implements TargetGroupPlugin {
    @Override
    public String id() {
        return "testers";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String requiresCore() {
        return "2.0";
    }
}
