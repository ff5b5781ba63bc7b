package org.hocvu.ui.content;

import org.hocvu.lms.content.check.Report;

import java.util.List;

/**
 * The partner's list page: their organisation's versions, and the upload form with the report of
 * the last upload when it was refused.
 *
 * @param listError   why the page asked for could not be shown (a page number typed by hand), null when none
 * @param uploadError why the last upload was refused, null when nothing was refused
 * @param problems    each problem of the refused package with file and line, in the reader's language
 */
public record PackageList(List<VersionRow> versions, Paging paging, long maxUploadMegabytes, String listError,
                          String uploadError,
                          List<Report.Line> problems) {

    public boolean refused() {
        return uploadError != null;
    }
}
