package org.hocvu.ui.roster;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.classroom.ClassSummary;
import org.hocvu.lms.classroom.ClassroomService;
import org.hocvu.lms.course.Course;
import org.hocvu.lms.course.CourseDirectory;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.roster.EnrolmentJobView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The places one may enrol people into, named for people: a manager's courses of every path, a teacher's classes. */
@ApplicationScoped
public class EnrolmentTargets {
    @Inject
    CourseDirectory courses;
    @Inject
    PluginRegistry plugins;
    @Inject
    ClassroomService classes;

    /** {@code value} is what the form sends: "course:&lt;id&gt;" or "class:&lt;id&gt;". */
    public record Target(String value, String label) {
    }

    List<Target> choices(MeView me, SecurityIdentity identity, Locale locale) {
        List<Target> out = new ArrayList<>();
        if (identity.hasRole(Roles.TEACHER)) {
            for (ClassSummary c : classes.mine(me).teaching()) {
                out.add(new Target("class:" + c.id(), c.name() + " · " + c.schoolName()));
            }
        }
        if (identity.hasRole(Roles.UNIT_MANAGER)) {
            for (String group : new TreeSet<>(plugins.targetGroupIds())) {
                String groupName = plugins.groupName(group, locale);
                for (Course course : courses.path(group)) {
                    out.add(new Target("course:" + course.id(), groupName + " · " + title(course, locale)));
                }
            }
        }
        return out;
    }

    /** The job's target as its page names it. */
    String name(EnrolmentJobView job, MeView me, Locale locale) {
        if ("class".equals(job.targetKind())) {
            return classes.mine(me).teaching().stream().filter(c -> c.id().toString().equals(job.targetId()))
                    .map(ClassSummary::name).findFirst().orElse(job.targetId());
        }
        return courses.find(job.targetId()).map(c -> title(c, locale)).orElse(job.targetId());
    }

    private static String title(Course course, Locale locale) {
        return course.title().getOrDefault(locale.getLanguage(), course.title().getOrDefault("vi", course.id()));
    }
}
