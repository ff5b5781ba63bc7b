package org.hocvu.lms.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * moveOn for AUs, blocks and the course (cmi5 9.3.9, 13.1.4): an AU is satisfied when its criterion
 * is met (NotApplicable at once, waived always); a block when all it holds is; the course when all
 * its top-level AUs and blocks are. Each block and the course is satisfied once per registration,
 * with a satisfied statement in the session that satisfied it; the satisfied course also records the
 * package version completed and closes the registration (the next launch opens a new one).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Progress {
    @Inject
    Cmi5Store store;
    @Inject
    Cmi5Records records;

    void evaluate(Cmi5Store.Registration reg, Courses.Course course, UUID session, Instant at) {
        Map<String, Cmi5Store.NodeState> nodes = new HashMap<>(store.nodes(reg.id()));
        for (CourseStructure.Au au : course.structure().aus()) {
            Cmi5Store.NodeState s = nodes.getOrDefault(au.node(), Cmi5Store.NodeState.NONE);
            if (!s.satisfied() && au.moveOn().met(s.completed(), s.passed(), s.waived())) {
                store.mark(reg.id(), au.node(), "satisfied");
                nodes.put(au.node(), new Cmi5Store.NodeState(s.completed(), s.passed(), s.failed(), s.waived(), true, s.launched()));
            }
        }
        boolean all = true;
        for (CourseStructure.Item item : course.structure().children()) {
            all &= satisfy(item, reg, course, session, at, nodes);
        }
        if (all && !satisfied("course", nodes)) {
            store.mark(reg.id(), "course", "satisfied");
            records.satisfied(reg.learner(), reg.id(), session, course, null, at);
            records.packageCompleted(reg.learner(), reg.id(), course, at);
            store.satisfied(reg.id(), at);
        }
    }

    /** Whether the item is satisfied, recording a block that just became so (inner blocks first). */
    private boolean satisfy(CourseStructure.Item item, Cmi5Store.Registration reg, Courses.Course course, UUID session,
                            Instant at, Map<String, Cmi5Store.NodeState> nodes) {
        if (item instanceof CourseStructure.Block block) {
            boolean all = true;
            for (CourseStructure.Item child : block.children()) {
                all &= satisfy(child, reg, course, session, at, nodes);
            }
            if (all && !satisfied(block.node(), nodes)) {
                store.mark(reg.id(), block.node(), "satisfied");
                records.satisfied(reg.learner(), reg.id(), session, course, block, at);
            }
            return all;
        }
        return satisfied(item.node(), nodes);
    }

    private static boolean satisfied(String node, Map<String, Cmi5Store.NodeState> nodes) {
        return nodes.getOrDefault(node, Cmi5Store.NodeState.NONE).satisfied();
    }
}
