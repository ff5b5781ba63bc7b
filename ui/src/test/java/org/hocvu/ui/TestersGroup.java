package org.hocvu.ui;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/** A target group that exists only in this module's tests, so a person has a group to choose. */
@ApplicationScoped
public class TestersGroup implements TargetGroupPlugin {
    public static final String ID = "testers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }
}
