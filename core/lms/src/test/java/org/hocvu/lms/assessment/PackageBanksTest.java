package org.hocvu.lms.assessment;

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
import org.hocvu.lms.xapi.jdbc.Sql;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing a lesson package stores its quiz items as the bank {@code package:<id>}; a new version
 * versions the changed items only; a replayed event or a restart changes nothing.
 */
@QuarkusTest
class PackageBanksTest {
    /** The tests' demo package (published at start from hocvu.content.demo-dir): one lesson quiz of two items. */
    private static final Path DEMO = Path.of("src/test/resources/content/demo/testers-demo");
    private static final Caller PARTNER = new Caller("bank-partner", "org-banks", false);
    private static final Caller REVIEWER = new Caller("bank-reviewer", null, true);

    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;
    @Inject
    DomainEventFeed feed;
    @Inject
    PackageBanks banks;
    @Inject
    Sql sql;
    @Inject
    PublishedFiles files;

    record Row(String itemId, int version, boolean current, String competency, String domain, String difficulty,
               String type, List<String> tags, Timestamp createdAt) {
    }

    @Test
    void aPackagePublishedAtStartHasItsBank() {
        feed.drain();
        List<Row> rows = rows("testers-demo-passwords");
        assertEquals(List.of("mat-khau-manh/do-dai", "mat-khau-manh/dung-lai"), rows.stream().map(Row::itemId).toList());
        Row first = rows.get(0);
        assertEquals(1, first.version());
        assertEquals("T2.1", first.competency());
        assertEquals("single-choice", first.type());
        assertEquals("easy", first.difficulty());
        assertEquals(List.of("T2.1"), first.tags());
        assertEquals("true-false", rows.get(1).type());
    }

    @Test
    void republishingVersionsTheChangedItemsOnlyAndReplayChangesNothing() throws IOException {
        String id = "banks-" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = copy(DEMO, id);
        publish(folder);
        UUID first = files.version(id, "1.0.0").orElseThrow().versionId();
        feed.drain();
        List<Row> before = rows(id);
        assertEquals(2, before.size());
        assertTrue(before.stream().allMatch(r -> r.version() == 1 && r.current()));

        // 1.0.1: the first item's prompt corrected, the second untouched
        Path quiz = folder.resolve("quiz/mat-khau-manh.yaml");
        Files.writeString(quiz, Files.readString(quiz).replace("ít nhất bao nhiêu ký tự?", "tối thiểu bao nhiêu ký tự?"));
        Path manifest = folder.resolve("package.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("version: 1.0.0", "version: 1.0.1"));
        publish(folder);
        feed.drain();
        List<Row> after = rows(id);
        assertEquals(3, after.size(), "one new row: the changed item's second version");
        Row old = find(after, "mat-khau-manh/do-dai", 1);
        Row changed = find(after, "mat-khau-manh/do-dai", 2);
        assertFalse(old.current(), "the old version stays for the attempts that drew it, drawn no more");
        assertTrue(changed.current());
        Row same = find(after, "mat-khau-manh/dung-lai", 1);
        assertTrue(same.current());
        assertEquals(find(before, "mat-khau-manh/dung-lai", 1), same, "the unchanged item keeps its row");

        // the first version's event delivered again (replay), and a restart's catch-up: nothing moves
        assertFalse(banks.storeIfCurrent(id, first), "a version no longer in the catalog is not stored");
        UUID current = files.version(id, null).orElseThrow().versionId();
        assertTrue(banks.storeIfCurrent(id, current), "the current version's event again");
        assertEquals(after, rows(id));
        // a node that stored no bank for the package (published before package banks existed) catches up at start
        sql.update("DELETE FROM assessment_package_bank WHERE package_id = ?", ps -> ps.setString(1, id));
        banks.onStart(null);
        assertEquals(after, rows(id));
        String stored = sql.one("SELECT version FROM assessment_package_bank WHERE package_id = ?", ps -> ps.setString(1, id),
                rs -> rs.getString(1)).orElseThrow();
        assertEquals("1.0.1", stored);
    }

    @Test
    @TestSecurity(user = "bank-admin", roles = "admin")
    void adminsSeePackageBanksAndTheirItems() {
        feed.drain();
        given().get("/api/v1/test-banks/packages").then().statusCode(200)
                .body("find { it.packageId == 'testers-demo-passwords' }.bank", equalTo("package:testers-demo-passwords"))
                .body("find { it.packageId == 'testers-demo-passwords' }.items", equalTo(2))
                .body("find { it.packageId == 'testers-demo-passwords' }.problems", org.hamcrest.Matchers.empty());
        given().get("/api/v1/test-banks/packages/testers-demo-passwords/items").then().statusCode(200)
                .body("id", hasItems("mat-khau-manh/do-dai", "mat-khau-manh/dung-lai"))
                .body("find { it.id == 'mat-khau-manh/do-dai' }.answer", hasItem("b"));
        given().get("/api/v1/test-banks/packages/no-such-package/items").then().statusCode(404)
                .body("message", containsString("no-such-package"));
        given().get("/api/v1/test-banks/packages/" + "x".repeat(300) + "/items").then().statusCode(404)
                .body("message", not(containsString("x".repeat(100))));
    }

    @Test
    @TestSecurity(user = "bank-learner", roles = "learner")
    void learnersNeverReadPackageBanks() {
        given().get("/api/v1/test-banks/packages").then().statusCode(403);
        given().get("/api/v1/test-banks/packages/testers-demo-passwords/items").then().statusCode(403);
    }

    private VersionView publish(Path folder) throws IOException {
        Path zip = Files.createTempFile("bank-", ".zip");
        Files.delete(zip);
        PackageZip.build(folder, zip);
        VersionView draft = packages.upload(zip, "bank.zip", PARTNER);
        reviews.submit(draft.packageId(), draft.version(), PARTNER, new Decision("ready"));
        return reviews.approve(draft.packageId(), draft.version(), REVIEWER, new Decision("ok"));
    }

    private List<Row> rows(String packageId) {
        return sql.query("""
                SELECT item_id, version, current, competency, domain, difficulty, item_type, competencies, created_at
                FROM assessment_item WHERE bank = ? ORDER BY item_id, version""", ps -> ps.setString(1, PackageBanks.bank(packageId)),
                rs -> new Row(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), List.of((String[]) rs.getArray(8).getArray()), rs.getTimestamp(9)));
    }

    private static Row find(List<Row> rows, String itemId, int version) {
        return rows.stream().filter(r -> r.itemId().equals(itemId) && r.version() == version).findFirst().orElseThrow();
    }

    private static Path copy(Path from, String packageId) throws IOException {
        Path to = Files.createTempDirectory("bank-package-");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path manifest = to.resolve("package.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("id: testers-demo-passwords", "id: " + packageId));
        return to;
    }
}
