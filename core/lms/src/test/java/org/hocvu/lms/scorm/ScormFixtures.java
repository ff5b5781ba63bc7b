package org.hocvu.lms.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.content.PackageService;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.content.scorm.ScormZips;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Publishes the small SCORM packages the tests build, once per test run, as a partner and a reviewer would. */
@ApplicationScoped
public class ScormFixtures {
    public static final String TWELVE = "scorm-tiny-twelve";
    public static final String PREREQUISITE = "scorm-tiny-prerequisite";
    static final String SCO_SCRIPT = "/* the tests drive the API from outside */";

    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;

    private final Set<String> published = new HashSet<>();

    public synchronized void publishTiny() throws IOException {
        if (published.contains(TWELVE)) {
            return;
        }
        Path twelve = Files.createTempFile("scorm12-", ".zip");
        ScormZips.tiny12(twelve, SCO_SCRIPT, "id: " + TWELVE + "\nlanguage: en\n");
        publish(twelve);
        Path prerequisite = Files.createTempFile("scorm2004-", ".zip");
        ScormZips.prerequisite2004(prerequisite, "id: " + PREREQUISITE + "\n");
        publish(prerequisite);
        published.add(TWELVE);
    }

    private void publish(Path zip) throws IOException {
        Caller partner = new Caller("scorm-partner", "org-scorm", false);
        VersionView draft = packages.upload(zip, zip.getFileName().toString(), partner);
        reviews.submit(draft.packageId(), draft.version(), partner, new Decision("ready"));
        reviews.approve(draft.packageId(), draft.version(), new Caller("scorm-reviewer", null, true), new Decision("ok"));
    }
}
