package org.hocvu.plugin.citizens;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/** Target group "citizens" (người dân (người trưởng thành)): everything it knows is data under META-INF/hocvu/citizens/. */
@ApplicationScoped
public class CitizensPlugin implements TargetGroupPlugin {
    @Override
    public String id() {
        return "citizens";
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
