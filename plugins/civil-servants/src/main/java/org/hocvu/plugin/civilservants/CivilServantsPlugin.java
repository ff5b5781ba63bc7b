package org.hocvu.plugin.civilservants;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/** Target group "civil-servants" (cán bộ, công chức, viên chức): everything it knows is data under META-INF/hocvu/civil-servants/. */
@ApplicationScoped
public class CivilServantsPlugin implements TargetGroupPlugin {
    @Override
    public String id() {
        return "civil-servants";
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
