package org.hocvu.testkit.keycloak;

import org.hocvu.testkit.ProjectPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak, from the {@code keycloak-quarkus-dist} zip that Maven resolved, unpacked once and
 * started on loopback with the project's realm imported.
 */
public final class LocalKeycloak implements AutoCloseable {
    public static final String REALM = "hocvu";
    // generous: on a shared 2-core machine under load Keycloak has taken over four minutes to start
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final Process process;
    private final int port;
    private final Path log;

    private LocalKeycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param home        where the distribution is unpacked (kept between starts)
     * @param persistent  keep users and sessions in the distribution's H2 file database; else in memory
     * @param smtpPort    the local SMTP server Keycloak sends its mail to
     */
    public static LocalKeycloak start(Path home, int port, int managementPort, int smtpPort, boolean persistent, Path log,
                                      String adminPassword) {
        Path javaHome = JavaRuntimes.require(JavaRuntimes.KEYCLOAK_MIN_MAJOR);
        try {
            unpackOnce(home);
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            try (InputStream realm = realmJson()) {
                Files.copy(realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            deployThemes(home);
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--import-realm", "--health-enabled=true", "--db=" + (persistent ? "dev-file" : "dev-mem")));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", javaHome.toString());
            env.put("JAVA", javaHome.resolve("bin/java").toString());
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            LocalKeycloak keycloak = new LocalKeycloak(builder.start(), port, log);
            keycloak.awaitRealm();
            RealmSettings.apply(keycloak.url(), adminPassword, smtpPort);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start from " + home, e);
        }
    }

    /**
     * HọcVụ's themes (sign-in, registration, password pages) from the checkout's
     * {@code docker/keycloak/themes}, copied afresh at each start; start-dev does not cache them.
     */
    static void deployThemes(Path home) throws IOException {
        Path source = ProjectPaths.root().resolve("docker/keycloak/themes");
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("HọcVụ's Keycloak themes are missing: no folder " + source);
        }
        try (var files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = home.resolve("themes").resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static InputStream realmJson() {
        InputStream in = LocalKeycloak.class.getResourceAsStream("/hocvu/keycloak/hocvu-realm.json");
        if (in == null) {
            throw new IllegalStateException("hocvu-realm.json is not on the classpath (docker/keycloak is packed into the testkit)");
        }
        return in;
    }

    private void awaitRealm() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    static void unpackOnce(Path home) throws IOException {
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        Path zip = distributionZip();
        Path partial = home.resolveSibling(home.getFileName() + ".unpacking");
        deleteTree(partial);
        Files.createDirectories(partial);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                // the zip holds one top folder, keycloak-<version>/: drop it
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path target = partial.resolve(relative).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("Entry outside the distribution: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (var scripts = Files.list(partial.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
        }
        deleteTree(home);
        Files.createDirectories(home.getParent());
        Files.move(partial, home);
    }

    private static Path distributionZip() throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalKeycloak.class.getResourceAsStream("/hocvu-testkit.properties")) {
            p.load(in);
        }
        Path zip = Path.of(p.getProperty("keycloak.dist.zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip + "; run ./mvnw install once");
        }
        return zip;
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = LocalKeycloak.class.getResourceAsStream("/hocvu-testkit.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("keycloak.version");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
