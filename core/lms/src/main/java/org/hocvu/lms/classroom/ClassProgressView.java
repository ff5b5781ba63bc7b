package org.hocvu.lms.classroom;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a teacher sees of their class: each student's progress in each module (from the learning
 * records), and each module's completion over all students.
 */
public record ClassProgressView(UUID classId, String name, List<ModuleView> modules, List<StudentProgress> students,
                                List<ModuleCompletion> completion) {

    /** One student: a cell per module, in the class's module order. */
    public record StudentProgress(UUID learnerId, String name, Instant joinedAt, List<Cell> modules, int completedModules) {
    }

    public record Cell(String packageId, int lessonsDone, int lessonsTotal, boolean completed, Instant lastActivity) {
        public int percent() {
            return lessonsTotal == 0 ? (completed ? 100 : 0) : Math.min(100, lessonsDone * 100 / lessonsTotal);
        }
    }

    /** How many of the class's students completed a module; {@code percent} of them, rounded down. */
    public record ModuleCompletion(String packageId, int completed, int students, int percent) {
    }
}
