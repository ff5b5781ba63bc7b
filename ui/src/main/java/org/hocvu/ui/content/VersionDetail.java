package org.hocvu.ui.content;

import java.util.List;

/**
 * One version as its page shows it, to its partner or a reviewer: what it is, its lessons, every
 * review step, and the form's state after a refusal.
 *
 * @param comment what was typed in the comment field, kept when the form was refused
 * @param error   why the form was refused, in the reader's language; null when it was not
 * @param done    the step just taken (uploaded, submitted, approved, rejected), for the notice; null when none
 */
public record VersionDetail(VersionRow row, String summary, String organisation, String publisher, String licence,
                            String languages, Integer estimatedMinutes, List<LessonPreview> lessons,
                            List<HistoryLine> history, String comment, String error, String done) {

    public boolean draft() {
        return "draft".equals(row.status());
    }

    public boolean submitted() {
        return "submitted".equals(row.status());
    }

    public boolean hasLessons() {
        return !lessons.isEmpty();
    }
}
