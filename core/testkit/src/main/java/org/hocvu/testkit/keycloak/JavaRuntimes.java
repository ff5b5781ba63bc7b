package org.hocvu.testkit.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds a JDK of at least a given major version: Keycloak 26.7 needs 21+, HọcVụ itself runs on 17. */
public final class JavaRuntimes {
    public static final int KEYCLOAK_MIN_MAJOR = 21;

    private JavaRuntimes() {
    }

    /** HOCVU_KEYCLOAK_JAVA_HOME, then JAVA_HOME, then the running JVM, then /usr/lib/jvm. */
    public static Optional<Path> find(int minMajor) {
        return Stream.of(System.getenv("HOCVU_KEYCLOAK_JAVA_HOME"), System.getenv("JAVA_HOME"), System.getProperty("java.home"))
                .filter(s -> s != null && !s.isBlank())
                .map(Path::of)
                .filter(home -> major(home) >= minMajor)
                .findFirst()
                .or(() -> newestUnder(Path.of("/usr/lib/jvm"), minMajor));
    }

    public static Path require(int minMajor) {
        return find(minMajor).orElseThrow(() -> new IllegalStateException(
                "Keycloak " + " needs Java " + minMajor + " or newer, and none was found in HOCVU_KEYCLOAK_JAVA_HOME, "
                        + "JAVA_HOME or /usr/lib/jvm. Install a JDK " + minMajor + "+ (for example Temurin 25 under "
                        + "/usr/lib/jvm) or set HOCVU_KEYCLOAK_JAVA_HOME to one."));
    }

    private static Optional<Path> newestUnder(Path folder, int minMajor) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(folder)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> major(home) >= minMajor)
                    .max(Comparator.comparingInt(JavaRuntimes::major));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The major version from the JDK's {@code release} file, or 0 when it cannot be told. */
    static int major(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(javaHome.resolve("bin/java"))) {
            return 0;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            p.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = p.getProperty("JAVA_VERSION", "0").replace("\"", "");
        String first = version.startsWith("1.") ? version.substring(2) : version;
        try {
            return Integer.parseInt(first.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
