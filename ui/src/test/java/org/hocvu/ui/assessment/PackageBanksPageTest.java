package org.hocvu.ui.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.content.PackageService;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.content.store.PublishedFiles;
import org.hocvu.lms.content.tool.PackageZip;
import org.hocvu.lms.shared.event.DomainEventFeed;
import org.hocvu.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * A real demo package (content-packages/leaders-dashboards: numeric, likert, sequencing, single and
 * multiple choice, true/false) published in the assembled application becomes a bank the admin page
 * lists beside the plugin and import banks; its items and keys stay admin-only.
 */
@QuarkusTest
class PackageBanksPageTest {
    private static final String PACKAGE = "leaders-dashboards";

    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;
    @Inject
    DomainEventFeed feed;
    @Inject
    PublishedFiles files;

    @Test
    @TestSecurity(user = "package-banks-admin", roles = "campaign-admin")
    void aPublishedPackagesQuizItemsAreABankOnTheAdminPage() throws IOException {
        String version = publish();
        feed.drain();
        given().when().get("/admin/test-banks").then().statusCode(200)
                .body(containsString("id=\"package-banks\""), containsString("<code>plugin:leaders</code>"),
                        matchesPattern("(?s).*<li><strong><code>package:" + PACKAGE + "</code></strong> phiên bản "
                                + Pattern.quote(version) + " · " + items() + " câu hỏi đang dùng\\s+· mọi câu hỏi đều đã chuyển sang</li>.*"));
        given().header("Accept-Language", "en").when().get("/admin/test-banks").then().statusCode(200)
                .body(containsString("Banks from published lesson packages"), containsString("every question carried over"));
        given().when().get("/api/v1/test-banks/packages").then().statusCode(200)
                .body("find { it.packageId == '" + PACKAGE + "' }.version", equalTo(version))
                .body("find { it.packageId == '" + PACKAGE + "' }.items", equalTo(items()));
    }

    @Test
    @TestSecurity(user = "package-banks-learner", roles = "learner")
    void learnersReadNeitherThePageNorTheItems() {
        given().when().get("/admin/test-banks").then().statusCode(403);
        given().when().get("/api/v1/test-banks/packages/" + PACKAGE + "/items").then().statusCode(403)
                .body(not(containsString("\"answer\"")));
    }

    /** The package's quiz items, counted in its files. */
    private static int items() throws IOException {
        int count = 0;
        try (var quizzes = Files.list(folder().resolve("quiz"))) {
            for (Path quiz : quizzes.toList()) {
                count += (int) Files.readAllLines(quiz).stream().filter(l -> l.startsWith("  - id:")).count();
            }
        }
        return count;
    }

    /** Publishes the package's folder, unless a run before this one did (the test database outlives a run). */
    private String publish() throws IOException {
        var earlier = files.version(PACKAGE, null);
        if (earlier.isPresent()) {
            return earlier.get().description().version();
        }
        Path zip = Files.createTempFile("package-bank-", ".zip");
        Files.delete(zip);
        PackageZip.build(folder(), zip);
        Caller partner = new Caller("package-banks-partner", "package-banks-org", false);
        VersionView draft = packages.upload(zip, PACKAGE + ".zip", partner);
        reviews.submit(draft.packageId(), draft.version(), partner, new Decision("a real demo package"));
        return reviews.approve(draft.packageId(), draft.version(), new Caller("package-banks-reviewer", null, true),
                new Decision("ok")).version();
    }

    private static Path folder() {
        return ProjectPaths.root().resolve("content-packages").resolve(PACKAGE);
    }
}
