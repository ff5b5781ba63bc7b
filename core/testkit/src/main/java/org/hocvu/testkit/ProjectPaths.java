package org.hocvu.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the checkout's root folder, so tests of any module share one place for unpacked tools. */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    public static Path root() {
        String fromBuild = System.getProperty("hocvu.project.root");
        if (fromBuild != null && !fromBuild.isBlank()) {
            return Path.of(fromBuild).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("core").resolve("testkit")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return dir;
    }

    /** Scratch space of the test runs: {@code target/} at the root, removed by {@code mvn clean}. */
    public static Path testWork() {
        return root().resolve("target").resolve("hocvu-test");
    }
}
