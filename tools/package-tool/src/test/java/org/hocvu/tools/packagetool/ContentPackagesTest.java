package org.hocvu.tools.packagetool;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build runs the partner tool over every package in content-packages/, native and cmi5 alike:
 * each validates and is zipped into target/.
 */
class ContentPackagesTest {
    private static final Path PACKAGES = Path.of("../../content-packages");

    @Test
    void everyPackageInContentPackagesValidatesAndZips() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(PACKAGES)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(folders.size() >= 5, "one package per plugin at least");
        assertTrue(folders.stream().anyMatch(ContentPackagesTest::isCmi5), "the demo cmi5 course is there");
        for (Path folder : folders) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            Path zip = Path.of("target/content-packages", folder.getFileName() + ".zip");
            int status = PackageTool.run(new String[]{folder.toString(), "--out", zip.toString(), "--lang", "en"},
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertEquals(0, status, printed.toString(StandardCharsets.UTF_8));
            assertTrue(Files.size(zip) > 0);
            String kind = isCmi5(folder) ? "(cmi5)" : "(native)";
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains(kind + " is valid"), folder + ": " + printed);
        }
    }

    private static boolean isCmi5(Path folder) {
        return Files.isRegularFile(folder.resolve("cmi5.xml"));
    }

    @Test
    void problemsArePrintedWithFileAndLine() throws IOException {
        Path folder = Files.createTempDirectory("broken-");
        Files.writeString(folder.resolve("package.yaml"), "format: 1\nid: Broken Id\nversion: one\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = PackageTool.run(new String[]{folder.toString(), "--lang", "en"}, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertTrue(text.contains("package.yaml:2: Id 'Broken Id' is not valid"), text);
        assertTrue(text.contains("package.yaml:3: Version 'one'"), text);
        assertFalse(text.isBlank());
    }
}
