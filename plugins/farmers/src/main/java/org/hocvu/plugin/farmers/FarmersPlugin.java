package org.hocvu.plugin.farmers;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/** Target group "farmers" (nông dân, hợp tác xã): everything it knows is data under META-INF/hocvu/farmers/. */
@ApplicationScoped
public class FarmersPlugin implements TargetGroupPlugin {
    @Override
    public String id() {
        return "farmers";
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
