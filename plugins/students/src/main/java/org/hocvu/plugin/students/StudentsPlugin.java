package org.hocvu.plugin.students;

import jakarta.enterprise.context.ApplicationScoped;
import org.hocvu.spi.TargetGroupPlugin;

/** Target group "students" (học sinh, sinh viên): everything it knows is data under META-INF/hocvu/students/. */
@ApplicationScoped
public class StudentsPlugin implements TargetGroupPlugin {
    @Override
    public String id() {
        return "students";
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
