package org.hocvu.plugin.leaders;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/** Target group "leaders" (lãnh đạo, quản lý): everything it knows is data under META-INF/hocvu/leaders/. */
@ApplicationScoped
public class LeadersPlugin implements TargetGroupPlugin {
    @Override
    public String id() {
        return "leaders";
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
