package org.hocvu.ui.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.classroom.ClassProgress;
import org.hocvu.lms.classroom.ClassProgressView;
import org.hocvu.lms.classroom.ClassView;
import org.hocvu.lms.classroom.ClassroomService;
import org.hocvu.lms.classroom.ModuleView;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.course.LearningProgressService;
import org.hocvu.lms.course.PackageProgressView;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.ui.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Gathers one class page: the class, and its teacher's table or the student's own progress. */
@ApplicationScoped
public class ClassPageData {
    /** The newest published packages a teacher picks from (a select on a phone stays usable). */
    static final int CHOICES = 100;

    @Inject
    ClassroomService classes;
    @Inject
    ClassProgress progress;
    @Inject
    LearningProgressService learning;
    @Inject
    CatalogService catalog;

    ClassPageViews.ClassPage classPage(UUID classId, MeView me, Locale locale, String typedLogin, String error, String notice) {
        ClassView c = classes.get(classId, me);
        String lang = locale.getLanguage();
        notice = notice == null ? null : Texts.get(locale, "classes_done_" + notice.replace('-', '_'));
        if (!c.mine()) {
            List<String> ids = c.modules().stream().map(ModuleView::packageId).toList();
            Map<String, PackageProgressView> mine = learning.packageProgress(me.id(), ids);
            List<ClassPageViews.ModuleLine> modules = c.modules().stream().map(m -> {
                PackageProgressView p = mine.get(m.packageId());
                int percent = percent(p);
                return new ClassPageViews.ModuleLine(m.packageId(), m.title(lang), m.published(), m.href(), percent,
                        text(locale, p));
            }).toList();
            return new ClassPageViews.ClassPage(c, modules, List.of(), List.of(), List.of(), typedLogin, error, notice);
        }
        ClassProgressView table = progress.of(classId, me);
        Map<String, String> titles = c.modules().stream().collect(Collectors.toMap(ModuleView::packageId, m -> m.title(lang)));
        List<ClassPageViews.ModuleLine> modules = c.modules().stream()
                .map(m -> new ClassPageViews.ModuleLine(m.packageId(), m.title(lang), m.published(), m.href(), 0, "")).toList();
        List<ClassPageViews.StudentLine> students = table.students().stream().map(s -> new ClassPageViews.StudentLine(s.name(),
                s.completedModules(), s.modules().stream().map(cell -> new ClassPageViews.Cell(titles.get(cell.packageId()),
                        cell.percent(), Texts.get(locale, "classes_lessons_done", cell.lessonsDone(), cell.lessonsTotal()))).toList()))
                .toList();
        List<ClassPageViews.CompletionLine> completion = table.completion().stream()
                .map(m -> new ClassPageViews.CompletionLine(titles.get(m.packageId()), m.completed(), m.students(), m.percent())).toList();
        return new ClassPageViews.ClassPage(c, modules, choices(c, lang), students, completion, typedLogin, error, notice);
    }

    /** Published packages not in the class yet, newest first. */
    private List<ClassPageViews.Choice> choices(ClassView c, String lang) {
        Set<String> loaded = c.modules().stream().map(ModuleView::packageId).collect(Collectors.toSet());
        List<ClassPageViews.Choice> out = new ArrayList<>();
        for (CatalogEntry e : catalog.list(null, null, null, null, PageRequest.of(null, String.valueOf(CHOICES))).items()) {
            if (!loaded.contains(e.packageId())) {
                out.add(new ClassPageViews.Choice(e.packageId(), e.title().getOrDefault(lang, e.title().getOrDefault("vi", e.packageId()))));
            }
        }
        return out;
    }

    private static int percent(PackageProgressView p) {
        if (p == null || p.lessonsTotal() == 0) {
            return p != null && p.completed() ? 100 : 0;
        }
        return Math.min(100, p.lessonsDone() * 100 / p.lessonsTotal());
    }

    private static String text(Locale locale, PackageProgressView p) {
        if (p == null) {
            return "";
        }
        return p.completed() ? Texts.get(locale, "classes_module_done") : Texts.get(locale, "classes_lessons_done", p.lessonsDone(), p.lessonsTotal());
    }
}
