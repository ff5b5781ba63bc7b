package org.hocvu.ui.classroom;

import org.hocvu.lms.classroom.ClassView;
import org.hocvu.lms.classroom.MyClasses;
import org.hocvu.lms.unit.UnitView;

import java.util.List;

/** What the class pages show, ready for their templates (texts in the page's language). */
public final class ClassPageViews {
    private ClassPageViews() {
    }

    /**
     * The list: the classes one teaches (with the form that creates one, in one of {@code schools})
     * and those one is a student of (with the form that joins one); a refused form comes back as typed.
     */
    public record ListView(MyClasses mine, boolean teacher, List<UnitView> schools, String typedName, String typedCode,
                           String createError, String joinError) {
        public boolean canCreate() {
            return teacher && !schools.isEmpty();
        }
    }

    /** A module as its line on the class page: title in the page's language, the student's own progress when a student looks. */
    public record ModuleLine(String packageId, String title, boolean published, String href, int percent, String progressText) {
    }

    /** A package the teacher may load. */
    public record Choice(String packageId, String title) {
    }

    /** One student's line of the teacher's table: their modules done, each module's bar. */
    public record StudentLine(String name, int completedModules, List<Cell> cells) {
    }

    public record Cell(String title, int percent, String text) {
    }

    /** A module's completion over the class. */
    public record CompletionLine(String title, int completed, int students, int percent) {
    }

    /**
     * One class: for its teacher the code, modules with their completion, students with their
     * progress and the forms; for a student the modules to open with their own progress.
     */
    public record ClassPage(ClassView c, List<ModuleLine> modules, List<Choice> choices, List<StudentLine> students,
                            List<CompletionLine> completion, String typedLogin, String error, String notice) {
        public boolean teacher() {
            return c.mine();
        }

        /** "XK4 7MP": the code in two halves, easier to read out and to copy from a board. */
        public String spacedCode() {
            return c.joinCode() == null ? "" : c.joinCode().substring(0, 3) + " " + c.joinCode().substring(3);
        }

        public String schoolAddress() {
            return org.hocvu.ui.layout.Words.address(c.school());
        }
    }
}
