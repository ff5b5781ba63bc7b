package org.hocvu.testkit.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.hocvu.testkit.Ports;
import org.hocvu.testkit.ProjectPaths;
import org.hocvu.testkit.postgres.LocalPostgres;

import java.util.Map;

/**
 * Embedded PostgreSQL for {@code @QuarkusTest}s: started once per test JVM, shared by every test
 * profile, stopped when the JVM ends.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static LocalPostgres postgres;

    public static synchronized LocalPostgres postgres() {
        if (postgres == null) {
            String name = "postgres-" + ProcessHandle.current().pid();
            postgres = LocalPostgres.start(ProjectPaths.testWork().resolve(name), Ports.free(), "hocvu", true);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
        }
        return postgres;
    }

    @Override
    public Map<String, String> start() {
        LocalPostgres db = postgres();
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        // kept for the other test profiles of this JVM; the shutdown hook stops it
    }
}
