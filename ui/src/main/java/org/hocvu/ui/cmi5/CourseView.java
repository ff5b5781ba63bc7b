package org.hocvu.ui.cmi5;

import org.hocvu.lms.cmi5.Views;
import org.hocvu.ui.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The course page's data: the course and its rows, whose registration it shows (the learner's own,
 * or a learner a teacher or manager chose), whether the waive form is offered, the notice or error.
 */
public record CourseView(String packageId, String version, String title, boolean satisfied, List<CourseRow> rows,
                         List<CourseRow> aus, UUID learner, boolean own, boolean mayWaive, List<Reason> reasons,
                         String notice, String error) {

    /** A waive reason: the value cmi5 records (9.5.5.2) and its label. */
    public record Reason(String value, String label) {
    }

    static CourseView of(Views.RegistrationView r, Locale locale, boolean own, boolean mayWaive, List<String> reasons,
                         String noticeKey, String error) {
        List<CourseRow> rows = new ArrayList<>();
        flatten(r.items(), 0, locale, rows);
        return new CourseView(r.packageId(), r.version(), title(r.title(), locale), r.satisfied(), rows,
                rows.stream().filter(CourseRow::au).toList(), r.learnerId(), own, mayWaive,
                reasons.stream().map(v -> new Reason(v, Texts.get(locale, "cmi5_reason_" + v.replace(' ', '_')))).toList(),
                noticeKey == null ? null : Texts.get(locale, noticeKey), error);
    }

    private static void flatten(List<Views.NodeView> nodes, int depth, Locale locale, List<CourseRow> rows) {
        for (Views.NodeView n : nodes) {
            boolean au = "au".equals(n.kind());
            rows.add(new CourseRow(depth, au, n.index(), title(n.title(), locale), n.state(),
                    Texts.get(locale, "cmi5_state_" + n.state().replace('-', '_')),
                    "OwnWindow".equals(n.launchMethod())));
            flatten(n.children(), depth + 1, locale, rows);
        }
    }

    /** The title in the page's language, else the first the course gives (cmi5 titles are language maps). */
    static String title(Map<String, String> title, Locale locale) {
        return title.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).startsWith(locale.getLanguage()))
                .map(Map.Entry::getValue).findFirst()
                .orElse(title.values().stream().findFirst().orElse(""));
    }
}
