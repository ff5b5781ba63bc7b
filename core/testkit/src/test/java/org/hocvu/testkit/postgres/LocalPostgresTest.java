package org.hocvu.testkit.postgres;

import org.hocvu.testkit.Ports;
import org.hocvu.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalPostgresTest {
    @Test
    void aSecondStartFindsWhatTheFirstStored() throws Exception {
        Path data = ProjectPaths.testWork().resolve("postgres-restart-" + ProcessHandle.current().pid());
        int port = Ports.free();
        try (LocalPostgres first = LocalPostgres.start(data, port, "keep", false);
             Connection c = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text varchar(50))");
            s.execute("INSERT INTO note VALUES ('Đồng Tháp')");
        }
        try (LocalPostgres second = LocalPostgres.start(data, port, "keep", false);
             Connection c = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertTrue(rs.next());
            assertEquals("Đồng Tháp", rs.getString(1));
        }
    }
}
