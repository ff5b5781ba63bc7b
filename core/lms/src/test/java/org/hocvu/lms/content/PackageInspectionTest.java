package org.hocvu.lms.content;

import org.hocvu.lms.content.check.PackageInspector;
import org.hocvu.lms.content.check.PackageInspector.Inspection;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.zip.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and real uploads through the inspection alone: what is refused, why, and that nothing stays behind. */
class PackageInspectionTest {
    @TempDir
    Path tmp;

    private Inspection inspect(Path upload) throws IOException {
        return inspect(upload, UploadLimits.defaults());
    }

    private Inspection inspect(Path upload, UploadLimits limits) throws IOException {
        return PackageInspector.inspect(upload, upload.getFileName().toString(), tmp.resolve("work"), limits, Zips.TESTERS);
    }

    private static List<String> keys(Inspection i) {
        return i.report().problems().stream().map(Report.Problem::messageKey).toList();
    }

    private void assertRefused(Inspection i, String key) throws IOException {
        assertFalse(i.accepted(), () -> "accepted: " + i.report().lines(Locale.ENGLISH));
        assertTrue(i.report().has(key), () -> "expected " + key + " in " + i.report().lines(Locale.ENGLISH));
        assertTrue(Zips.emptyOrGone(tmp.resolve("work")), "a refused upload left files behind");
    }

    @ParameterizedTest
    @CsvSource({"single_au_basic_framed.zip,1", "masteryscore_framed.zip,1", "multi_au_framed.zip,8", "pre_post_test_framed.zip,6"})
    void everyRealCmi5PackageImports(String file, int aus) throws IOException {
        Path zip = Path.of("src/test/resources/content/cmi5", file);
        Inspection i = inspect(zip);
        assertTrue(i.accepted(), () -> file + ": " + i.report().lines(Locale.ENGLISH));
        assertEquals(PackageKind.CMI5, i.kind());
        assertEquals(aus, i.description().lessons().size());
        assertTrue(i.description().id().startsWith("cmi5-geology-intro"), i.description().id());
        i.files().discard();
    }

    @Test
    void zipSlipIsRefused() throws IOException {
        Path zip = tmp.resolve("slip.zip");
        Zips.create(zip).add("package.yaml", "id: evil\n").add("../../../../tmp/hocvu-zip-slip-test.txt", "owned").close();
        assertRefused(inspect(zip), "content.zip.unsafe-path");
        assertFalse(Files.exists(Path.of("/tmp/hocvu-zip-slip-test.txt")));
    }

    @Test
    void absolutePathsAreRefused() throws IOException {
        Path zip = tmp.resolve("abs.zip");
        Zips.create(zip).add("package.yaml", "id: evil\n").add("/etc/hocvu-test", "owned").close();
        assertRefused(inspect(zip), "content.zip.absolute-path");
        Path windows = tmp.resolve("drive.zip");
        Zips.create(windows).add("C:/windows/evil.txt", "owned").close();
        assertRefused(inspect(windows), "content.zip.absolute-path");
    }

    @Test
    void backslashesAreRefused() throws IOException {
        Path zip = tmp.resolve("backslash.zip");
        Zips.create(zip).add("..\\..\\evil.txt", "owned").close();
        assertRefused(inspect(zip), "content.zip.unsafe-path");
    }

    @Test
    void symlinksAreRefused() throws IOException {
        Path zip = tmp.resolve("link.zip");
        Zips.create(zip).add("package.yaml", "id: x\n").add("media/passwd", "/etc/passwd".getBytes(StandardCharsets.UTF_8), 0120777).close();
        assertRefused(inspect(zip), "content.zip.symlink");
    }

    @Test
    void devicesAreRefused() throws IOException {
        Path zip = tmp.resolve("device.zip");
        Zips.create(zip).add("package.yaml", "id: x\n").add("media/sda", new byte[0], 0060660).close();
        assertRefused(inspect(zip), "content.zip.special-entry");
    }

    @Test
    void aZipThatIsNotAZipIsRefused() throws IOException {
        Path fake = tmp.resolve("lesson.zip");
        Files.writeString(fake, "<html>not a zip</html>");
        assertRefused(inspect(fake), "content.zip.not-a-zip");
        Path truncated = tmp.resolve("truncated.zip");
        Files.write(truncated, new byte[]{'P', 'K', 3, 4, 0, 0, 0});
        assertRefused(inspect(truncated), "content.zip.not-a-zip");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path zip = tmp.resolve("many.zip");
        Zips z = Zips.create(zip);
        for (int i = 0; i < 11; i++) {
            z.add("media/f" + i + ".txt", "x");
        }
        z.close();
        assertRefused(inspect(zip, new UploadLimits(64L << 20, 10, 512L << 20, 100)), "content.zip.too-many-entries");
    }

    @Test
    void tooMuchUnpackedIsRefused() throws IOException {
        Path zip = tmp.resolve("big.zip");
        byte[] noise = new byte[600 * 1024];
        new java.util.Random(1).nextBytes(noise);
        Zips.create(zip).add("media/a.bin", noise, 0100644).add("media/b.bin", noise, 0100644).close();
        assertRefused(inspect(zip, new UploadLimits(64L << 20, 100, 1024 * 1024, 100)), "content.zip.too-large-unpacked");
    }

    @Test
    void aZipBombIsRefusedByItsRatio() throws IOException {
        Path zip = tmp.resolve("bomb.zip");
        Zips.create(zip).add("media/zeros.bin", new byte[20 * 1024 * 1024], 0100644).close();
        assertTrue(Files.size(zip) < 100 * 1024);
        assertRefused(inspect(zip), "content.zip.ratio");
    }

    @Test
    void anUploadOverTheLimitIsRefused() throws IOException {
        Path zip = tmp.resolve("large.zip");
        Files.write(zip, new byte[2048]);
        assertRefused(inspect(zip, new UploadLimits(1024, 100, 1 << 20, 100)), "content.upload.too-large");
    }

    @Test
    void aZip64ArchiveImports() throws IOException {
        Path zip = tmp.resolve("zip64.zip");
        Zips.zip64(zip).add("cmi5.xml", Zips.courseStructure(Zips.au("https://example.org/au/1", "index.html")))
                .add("index.html", "<!doctype html><title>AU</title>").close();
        Inspection i = inspect(zip);
        assertTrue(i.accepted(), () -> i.report().lines(Locale.ENGLISH).toString());
        i.files().discard();
    }

    @Test
    void aValidNativePackageIsAcceptedAndRendered() throws IOException {
        Path zip = tmp.resolve("native.zip");
        Zips.create(zip).addFolder(Path.of("src/test/resources/content/native/valid")).close();
        Inspection i = inspect(zip);
        assertTrue(i.accepted(), () -> i.report().lines(Locale.ENGLISH).toString());
        assertEquals(PackageKind.NATIVE, i.kind());
        assertEquals("testers-safe-passwords", i.description().id());
        String page = Files.readString(i.files().file("lessons/mat-khau-manh.vi.html"));
        assertTrue(page.contains("<figcaption>Đặt mật khẩu mới</figcaption>"), page);
        assertTrue(page.contains("src=\"../media/man-hinh.png\""), page);
        assertTrue(page.contains("href=\"mat-khau-manh.en.html\""), page);
        i.files().discard();
    }
}
