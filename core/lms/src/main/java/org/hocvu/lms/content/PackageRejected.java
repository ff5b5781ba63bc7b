package org.hocvu.lms.content;

import org.hocvu.lms.content.check.Report;

/** An upload that is not a valid package: answered 422 with every problem; nothing was stored. */
public class PackageRejected extends RuntimeException {
    private final transient Report report;

    public PackageRejected(Report report) {
        super("package rejected with " + report.problems().size() + " problem(s)");
        this.report = report;
    }

    public Report report() {
        return report;
    }
}
