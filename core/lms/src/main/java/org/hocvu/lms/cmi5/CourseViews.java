package org.hocvu.lms.cmi5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns a course and a registration's node states into the views of the API and the course page. */
final class CourseViews {
    private CourseViews() {
    }

    static Views.RegistrationView view(UUID id, UUID learner, Courses.Course course, Map<String, Cmi5Store.NodeState> nodes,
                                       boolean satisfied, Courses courses) {
        return new Views.RegistrationView(id, learner, course.packageId(), course.version(), course.structure().title(),
                satisfied, items(course.structure().children(), course, nodes, courses));
    }

    private static List<Views.NodeView> items(List<CourseStructure.Item> items, Courses.Course course,
                                              Map<String, Cmi5Store.NodeState> nodes, Courses courses) {
        List<Views.NodeView> out = new ArrayList<>();
        for (CourseStructure.Item item : items) {
            Cmi5Store.NodeState s = nodes.getOrDefault(item.node(), Cmi5Store.NodeState.NONE);
            if (item instanceof CourseStructure.Au au) {
                out.add(new Views.NodeView("au", au.index(), au.publisherId(), courses.au(course, au).id(), au.title(),
                        au.moveOn().name(), au.masteryScore(), au.ownWindow() ? "OwnWindow" : "AnyWindow", state(s),
                        s.completed(), s.passed(), s.waived(), s.satisfied(), List.of()));
            } else if (item instanceof CourseStructure.Block block) {
                List<Views.NodeView> children = items(block.children(), course, nodes, courses);
                boolean started = children.stream().anyMatch(c -> !c.state().equals("not-attempted"));
                out.add(new Views.NodeView("block", block.index(), block.publisherId(), courses.block(course, block).id(),
                        block.title(), null, null, null, s.satisfied() ? "satisfied" : started ? "in-progress" : "not-attempted",
                        false, false, false, s.satisfied(), children));
            }
        }
        return out;
    }

    /** waived, else satisfied, passed, completed, in progress (launched), not attempted. */
    static String state(Cmi5Store.NodeState s) {
        if (s.waived()) {
            return "waived";
        }
        if (s.satisfied()) {
            return "satisfied";
        }
        if (s.passed()) {
            return "passed";
        }
        if (s.completed()) {
            return "completed";
        }
        return s.launched() ? "in-progress" : "not-attempted";
    }
}
