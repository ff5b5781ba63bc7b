package org.hocvu.lms.content.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.catalog.ContentLinks;

import java.util.List;

/** Turns stored rows into the {@link VersionView} the API answers. */
@ApplicationScoped
public class VersionViews {
    @Inject
    ContentLinks links;

    VersionView of(VersionRecord v) {
        return of(v, PackageRecord.findById(v.packageId));
    }

    VersionView of(VersionRecord v, PackageRecord pkg) {
        PackageDescription d = Descriptions.read(v.description);
        return new VersionView(v.packageId, v.version, pkg.kind, v.status, pkg.organisation, v.uploadedBy, v.uploadedAt, d,
                links.packageActivity(d).id(), links.contentBase(v.id), List.of(),
                ReviewStep.of(v.id).stream().map(ReviewStep::view).toList());
    }
}
