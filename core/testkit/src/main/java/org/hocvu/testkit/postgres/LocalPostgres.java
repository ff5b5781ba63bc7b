package org.hocvu.testkit.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL from the embedded binaries published on Maven Central. The data folder is kept, so a
 * second start finds what the first one stored; a test run passes a fresh folder instead.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final String database;

    private LocalPostgres(EmbeddedPostgres server, String database) {
        this.server = server;
        this.database = database;
    }

    /**
     * @param throwaway for tests: a fresh folder, removed when the server stops, and no fsync;
     *                  otherwise the folder is kept and reused by the next start
     */
    public static LocalPostgres start(Path dataDirectory, int port, String database, boolean throwaway) {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwaway)
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", throwaway ? "256MB" : sharedBuffers())
                    .setServerConfig("fsync", throwaway ? "off" : "on")
                    .setServerConfig("synchronous_commit", throwaway ? "off" : "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setRegisterShutdownHook(true)
                    .start();
            LocalPostgres postgres = new LocalPostgres(server, database);
            postgres.createDatabaseIfMissing();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /**
     * A quarter of the machine's memory, PostgreSQL's own advice for a dedicated server: the statement
     * store outgrows the memory at province scale, and the pages every query needs again (the primary
     * key's leaves, the upper levels of the key index) then stay in PostgreSQL's cache, whose usage
     * counts keep them, instead of competing with every statement page in the system's.
     */
    static String sharedBuffers() {
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        long megabytes = Math.max(256, Math.min(8192, total / 4 / (1024 * 1024)));
        return megabytes + "MB";
    }

    private void createDatabaseIfMissing() {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
    }

    public int port() {
        return server.getPort();
    }

    public String user() {
        return USER;
    }

    /** Trust authentication on loopback; drivers still want a non-empty value. */
    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
