package org.hocvu.lms.content.review;

import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.check.Report;

import java.time.Instant;
import java.util.List;

/**
 * A package version as partners and reviewers see it: its description, status, review history,
 * its xAPI activity IRI and where its files are served; {@code report} lists problems (an accepted
 * version has none).
 */
public record VersionView(String packageId, String version, String kind, String status, String organisation,
                          String uploadedBy, Instant uploadedAt, PackageDescription description, String activityId,
                          String contentBase, List<Report.Line> report, List<ReviewStep.View> history) {
}
