package org.hocvu.lms.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hocvu.lms.content.cmi5.PackageIds;
import org.hocvu.lms.content.review.VersionRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./run.sh publishes content-packages/ at every start: a cmi5 course becomes a new version only when its files change. */
@QuarkusTest
class DemoPackagesTest {
    static final Path DEMO_AU = Path.of("../../content-packages/cmi5-kiem-tra-an-toan-so");
    static final String COURSE = "https://hocvu.vn/cmi5/kiem-tra-an-toan-so";

    @Inject
    DemoPackages demo;

    @Test
    void aCmi5FolderIsPublishedAgainOnlyWhenItsFilesChange() throws IOException {
        // the demo course under its own IRI, so this test does not depend on what other tests published
        Path folder = Files.createTempDirectory("cmi5-demo-");
        String course = COURSE + "-idempotent";
        Files.writeString(folder.resolve("cmi5.xml"), Files.readString(DEMO_AU.resolve("cmi5.xml")).replace(COURSE, course));
        Files.copy(DEMO_AU.resolve("au.html"), folder.resolve("au.html"));
        String packageId = PackageIds.fromCourseIri(course);

        assertTrue(demo.publish(folder), "a new course is published");
        assertEquals(1, versions(packageId));
        assertFalse(demo.publish(folder), "the same files again: nothing new");
        assertEquals(1, versions(packageId));

        Files.writeString(folder.resolve("au.html"), "<!-- corrected -->\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertTrue(demo.publish(folder), "a changed AU is the next version");
        assertEquals(2, versions(packageId));
        assertFalse(demo.publish(folder));
        assertEquals(2, versions(packageId));
        assertEquals("2.0.0", QuarkusTransaction.requiringNew().call(() -> VersionRecord
                .<VersionRecord>find("packageId = ?1 and status = 'published'", packageId).singleResult().version));
    }

    private static long versions(String packageId) {
        return QuarkusTransaction.requiringNew().call(() -> VersionRecord.count("packageId", packageId));
    }
}
