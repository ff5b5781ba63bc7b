package org.hocvu.testkit.launch;

import org.hocvu.testkit.Ports;
import org.hocvu.testkit.keycloak.LocalKeycloak;
import org.hocvu.testkit.mail.LocalMail;
import org.hocvu.testkit.postgres.LocalPostgres;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * README command 1: starts embedded PostgreSQL and a real Keycloak unless the environment names
 * external ones, then HọcVụ itself, and prints where to go. Ctrl-C stops everything it started.
 */
public final class LocalStack {
    private final Path root;
    private final Path data;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Instant begin = Instant.now();

    private LocalStack(Path root) {
        this.root = root;
        this.data = root.resolve("data");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(root);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "hocvu-stop"));
        try {
            Process app = stack.startAll();
            System.exit(app.waitFor());
        } catch (RuntimeException e) {
            System.err.println("\nHọcVụ could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private Process startAll() throws IOException, InterruptedException {
        Files.createDirectories(data.resolve("logs"));
        Map<String, String> appEnv = new HashMap<>();
        int httpPort = Integer.parseInt(env("HOCVU_HTTP_PORT", "8080"));
        requireFree(httpPort, "HOCVU_HTTP_PORT");
        appEnv.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        appEnv.put("HOCVU_BASE_URL", env("HOCVU_BASE_URL", "http://localhost:" + httpPort + "/"));
        // metrics are not public: Quarkus' management interface serves them on loopback only
        int managementPort = Integer.parseInt(env("HOCVU_MANAGEMENT_PORT", "9000"));
        requireFree(managementPort, "HOCVU_MANAGEMENT_PORT");
        appEnv.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        appEnv.put("HOCVU_CONTENT_DEMO_DIR", env("HOCVU_CONTENT_DEMO_DIR", root.resolve("content-packages").toString()));
        // the demo manager's province (Đồng Tháp): a demo campaign with baselines, targets and learners' results
        appEnv.put("HOCVU_CAMPAIGN_DEMO_UNIT", env("HOCVU_CAMPAIGN_DEMO_UNIT", "82"));

        String dbUrl = firstSet("HOCVU_DB_URL", "QUARKUS_DATASOURCE_JDBC_URL");
        if (dbUrl == null) {
            int pgPort = Integer.parseInt(env("HOCVU_PG_PORT", "5433"));
            requireFree(pgPort, "HOCVU_PG_PORT");
            say("Starting PostgreSQL (embedded) on port " + pgPort + ", data in " + data.resolve("postgres"));
            LocalPostgres pg = LocalPostgres.start(data.resolve("postgres"), pgPort, "hocvu", false);
            started.push(pg);
            appEnv.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl());
            appEnv.put("QUARKUS_DATASOURCE_USERNAME", pg.user());
            appEnv.put("QUARKUS_DATASOURCE_PASSWORD", pg.password());
        } else {
            say("Using the PostgreSQL at " + dbUrl);
            appEnv.put("QUARKUS_DATASOURCE_JDBC_URL", dbUrl);
        }

        String oidcUrl = firstSet("HOCVU_OIDC_URL", "QUARKUS_OIDC_AUTH_SERVER_URL");
        String keycloakUrl = null;
        if (oidcUrl == null) {
            int kcPort = Integer.parseInt(env("HOCVU_KEYCLOAK_PORT", "8180"));
            requireFree(kcPort, "HOCVU_KEYCLOAK_PORT");
            int kcManagement = Ports.free();
            int smtpPort = Integer.parseInt(env("HOCVU_SMTP_PORT", "3025"));
            int imapPort = Integer.parseInt(env("HOCVU_IMAP_PORT", "3143"));
            requireFree(smtpPort, "HOCVU_SMTP_PORT");
            requireFree(imapPort, "HOCVU_IMAP_PORT");
            LocalMail mail = LocalMail.start(smtpPort, imapPort).writingTo(data.resolve("mail"));
            started.push(mail);
            say("Mail from Keycloak (password resets, e-mail verification) is kept in " + data.resolve("mail")
                    + " and over IMAP at 127.0.0.1:" + imapPort);
            Path home = data.resolve("keycloak-" + LocalKeycloak.version());
            say("Starting Keycloak " + LocalKeycloak.version() + " on port " + kcPort + " (first start unpacks it and takes a minute), log in "
                    + data.resolve("logs/keycloak.log"));
            LocalKeycloak kc = LocalKeycloak.start(home, kcPort, kcManagement, smtpPort, true, data.resolve("logs/keycloak.log"),
                    env("HOCVU_KEYCLOAK_ADMIN_PASSWORD", "admin"));
            started.push(kc);
            keycloakUrl = kc.url();
            oidcUrl = kc.realmUrl();
        } else {
            say("Using the OpenID Connect server at " + oidcUrl);
        }
        appEnv.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcUrl);

        Path jar = root.resolve("ui/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw install -DskipTests");
        }
        say("Starting HọcVụ on port " + httpPort);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).inheritIO().directory(root.toFile());
        builder.environment().putAll(appEnv);
        Process app = builder.start();
        started.push(() -> stopProcess(app));
        String base = "http://localhost:" + httpPort;
        awaitHealthy(app, base + "/q/health/ready");
        banner(base, keycloakUrl, oidcUrl);
        return app;
    }

    private void awaitHealthy(Process app, String healthUrl) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && app.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(healthUrl)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("HọcVụ did not report healthy at " + healthUrl);
    }

    private void banner(String base, String keycloakUrl, String oidcUrl) {
        long seconds = Duration.between(begin, Instant.now()).toSeconds();
        StringBuilder b = new StringBuilder("\n================ HọcVụ is running (started in " + seconds + " s) ================\n");
        b.append("  Web:        ").append(base).append('\n');
        b.append("  API docs:   ").append(base).append("/q/swagger-ui\n");
        b.append("  Health:     ").append(base).append("/q/health\n");
        b.append("  Metrics:    http://127.0.0.1:").append(env("HOCVU_MANAGEMENT_PORT", "9000"))
                .append("/q/metrics  (loopback only: where Prometheus scrapes)\n");
        b.append("  OIDC realm: ").append(oidcUrl).append('\n');
        if (keycloakUrl != null) {
            b.append("  Keycloak:   ").append(keycloakUrl).append("/admin  (admin / ")
                    .append(env("HOCVU_KEYCLOAK_ADMIN_PASSWORD", "admin")).append(")\n");
            b.append("  Mail:       ").append(root.resolve("data/mail")).append("  (.eml files; IMAP 127.0.0.1:")
                    .append(env("HOCVU_IMAP_PORT", "3143")).append(", user and password = the address)\n");
            b.append("  Demo logins (password for all: ").append(DemoUsers.PASSWORD).append("):\n");
            DemoUsers.fromRealm().forEach(u -> b.append(String.format("    %-12s %s%n", u.username(), u.roles())));
        }
        b.append("  Stop with Ctrl-C.\n");
        System.out.println(b);
    }

    private void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }

    private static void stopProcess(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private static void requireFree(int port, String variable) {
        if (Ports.inUse(port)) {
            throw new IllegalStateException("port " + port + " is already in use; stop what uses it or set " + variable);
        }
    }

    private static String firstSet(String... names) {
        for (String name : names) {
            String v = System.getenv(name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void say(String line) {
        System.out.println("[hocvu] " + line);
    }
}
