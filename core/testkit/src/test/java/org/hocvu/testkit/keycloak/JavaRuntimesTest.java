package org.hocvu.testkit.keycloak;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaRuntimesTest {
    @Test
    void readsTheMajorVersionFromTheReleaseFile() throws Exception {
        Path home = Files.createTempDirectory("jdk");
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.createFile(home.resolve("bin/java"));
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");
        assertEquals(25, JavaRuntimes.major(home));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"1.8.0_392\"\n");
        assertEquals(8, JavaRuntimes.major(home));
        assertEquals(0, JavaRuntimes.major(home.resolve("missing")));
    }

    @Test
    void theRunningJvmIsFoundWhenItIsNewEnough() {
        int running = Runtime.version().feature();
        assertTrue(JavaRuntimes.find(running).isPresent());
    }
}
