package org.hocvu.ui.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The small native package of {@code src/test/resources/content/lesson-package}, zipped as a partner
 * would upload it, under an id of the test's own: versions never change, so each run needs new ids.
 */
public final class LessonPackages {
    private static final Path FOLDER = Path.of("src/test/resources/content/lesson-package");
    /** The line of package.yaml that {@link #broken} spoils, for the report's "file:line". */
    public static final int ESTIMATED_MINUTES_LINE = 11;

    private LessonPackages() {
    }

    /** A fresh package id, e.g. {@code ui-journey-1a2b3c4d}. */
    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Path valid(String id) {
        return zip(id, yaml -> yaml);
    }

    /** The package with a word where package.yaml needs a number of minutes. */
    public static Path broken(String id) {
        return zip(id, yaml -> yaml.replace("estimatedMinutes: 15", "estimatedMinutes: lots"));
    }

    private static Path zip(String id, UnaryOperator<String> changeManifest) {
        try {
            Path zip = Files.createTempFile(id + "-", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> walk = Files.walk(FOLDER)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = FOLDER.relativize(file).toString().replace('\\', '/');
                    byte[] bytes = Files.readAllBytes(file);
                    if (name.equals("package.yaml")) {
                        String yaml = new String(bytes, StandardCharsets.UTF_8).replaceFirst("(?m)^id: .*$", "id: " + id);
                        bytes = changeManifest.apply(yaml).getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(name));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
