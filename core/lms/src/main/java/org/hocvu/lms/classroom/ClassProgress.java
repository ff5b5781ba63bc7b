package org.hocvu.lms.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.course.LearningProgressService;
import org.hocvu.lms.course.PackageProgressView;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.shared.data.SqlValues;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A teacher's view of their class's learning: each student's progress per module as the course
 * context derives it from the learning records (never a second count of our own), and each
 * module's completion rate.
 */
@ApplicationScoped
public class ClassProgress {
    /** Students by name in Vietnamese alphabetical order ("Đ" after "D", tones after the bare letter). */
    private static final Comparator<String> VIETNAMESE_ORDER =
            Comparator.nullsLast(Collator.getInstance(Locale.forLanguageTag("vi"))::compare);
    @Inject
    EntityManager em;
    @Inject
    ClassroomService classes;
    @Inject
    LearningProgressService progress;

    @Transactional
    public ClassProgressView of(UUID classId, MeView teacher) {
        SchoolClass c = classes.owned(classId, teacher);
        List<ModuleView> modules = classes.modules(c.id);
        List<String> packageIds = modules.stream().map(ModuleView::packageId).toList();
        List<Object[]> members = ((List<?>) em.createNativeQuery(
                        "SELECT learner_id, joined_at FROM classroom_member WHERE class_id = ?1 ORDER BY joined_at, learner_id")
                .setParameter(1, c.id).getResultList()).stream().map(r -> (Object[]) r).toList();
        Map<UUID, String> names = classes.names(members.stream().map(r -> (UUID) r[0]).toList());
        int[] completed = new int[packageIds.size()];
        List<ClassProgressView.StudentProgress> students = new ArrayList<>();
        for (Object[] member : members) {
            UUID learner = (UUID) member[0];
            Map<String, PackageProgressView> mine = progress.packageProgress(learner, packageIds);
            List<ClassProgressView.Cell> cells = new ArrayList<>();
            int done = 0;
            for (int i = 0; i < packageIds.size(); i++) {
                PackageProgressView p = mine.get(packageIds.get(i));
                ClassProgressView.Cell cell = p == null ? new ClassProgressView.Cell(packageIds.get(i), 0, 0, false, null)
                        : new ClassProgressView.Cell(p.packageId(), p.lessonsDone(), p.lessonsTotal(), p.completed(), p.lastActivity());
                if (cell.completed()) {
                    completed[i]++;
                    done++;
                }
                cells.add(cell);
            }
            students.add(new ClassProgressView.StudentProgress(learner, names.get(learner),
                    SqlValues.instant(member[1]), cells, done));
        }
        students.sort(Comparator.comparing(ClassProgressView.StudentProgress::name, VIETNAMESE_ORDER));
        List<ClassProgressView.ModuleCompletion> completion = new ArrayList<>();
        for (int i = 0; i < packageIds.size(); i++) {
            int n = members.size();
            completion.add(new ClassProgressView.ModuleCompletion(packageIds.get(i), completed[i], n, n == 0 ? 0 : completed[i] * 100 / n));
        }
        return new ClassProgressView(c.id, c.name, modules, students, completion);
    }
}
