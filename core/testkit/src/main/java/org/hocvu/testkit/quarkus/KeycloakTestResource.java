package org.hocvu.testkit.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.hocvu.testkit.Ports;
import org.hocvu.testkit.ProjectPaths;
import org.hocvu.testkit.keycloak.LocalKeycloak;
import org.hocvu.testkit.mail.LocalMail;

import java.util.Map;
import java.util.UUID;

/**
 * The real Keycloak with the project's realm, for end-to-end tests: started once per test JVM
 * (it takes tens of seconds), users and sessions in memory. For a quick focused run of tests that
 * only use {@code @TestSecurity}, {@code -Dhocvu.keycloak=skip} starts none and switches OIDC off;
 * tests that need the real one are then skipped (see {@link #SKIP_PROPERTY}).
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String SKIP_PROPERTY = "hocvu.keycloak";
    private static LocalKeycloak keycloak;
    private static LocalMail mail;

    public static boolean skipped() {
        return "skip".equals(System.getProperty(SKIP_PROPERTY));
    }

    public static synchronized LocalKeycloak keycloak() {
        if (keycloak == null) {
            var home = ProjectPaths.testWork().resolve("keycloak-" + LocalKeycloak.version());
            var log = ProjectPaths.testWork().resolve("logs/keycloak-" + ProcessHandle.current().pid() + ".log");
            mail = LocalMail.start(Ports.free(), Ports.free());
            keycloak = LocalKeycloak.start(home, Ports.free(), Ports.free(), mail.smtpPort(), false, log, UUID.randomUUID().toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                keycloak.close();
                mail.close();
            }));
        }
        return keycloak;
    }

    /** The SMTP server the test Keycloak sends its mail to. */
    public static LocalMail mail() {
        keycloak();
        return mail;
    }

    /** The realm's URL, for tests that fetch tokens with {@link org.hocvu.testkit.keycloak.Tokens}. */
    public static String realmUrl() {
        return keycloak().realmUrl();
    }

    @Override
    public Map<String, String> start() {
        if (skipped()) {
            return Map.of("quarkus.oidc.tenant-enabled", "false");
        }
        return Map.of("quarkus.oidc.auth-server-url", keycloak().realmUrl());
    }

    @Override
    public void stop() {
        // kept for the other test profiles of this JVM; the shutdown hook stops it
    }
}
