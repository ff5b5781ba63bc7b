package org.hocvu.ui;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/**
 * A target group for the tests of an application that has no plugin on its class path, so a person
 * has a group to choose. A default bean: as soon as a real plugin is there, this one steps aside.
 * {@code requiresCore} has no {@code @Override} on purpose: it serves contracts with and without it.
 */
@DefaultBean
@ApplicationScoped
public class TestersGroup implements TargetGroupPlugin {

    @Override
    public String id() {
        return "testers";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    public String requiresCore() {
        return "1.0";
    }
}
