package org.hocvu.lms.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/** A target group that exists only in this module's tests. */
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
}
