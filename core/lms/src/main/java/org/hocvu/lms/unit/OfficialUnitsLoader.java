package org.hocvu.lms.unit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.TextSearch;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the official list of administrative units (two levels since 2025-07-01) at start-up.
 * Idempotent: an upsert by code, skipped when every official unit is already stored.
 */
@ApplicationScoped
public class OfficialUnitsLoader {
    static final String RESOURCE = "/unit/admin-units-vn-2025.csv";
    /** Before the former units, which link to these. */
    static final int PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION;
    private static final Logger LOG = Logger.getLogger(OfficialUnitsLoader.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KnownUnits known;

    /** {@code searchFull}: the folded name, then the province's bare name ("xa tan hoa tay ninh"). */
    record Row(String code, String parentCode, String name, String kind, int depth, String path, String searchFull) {
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        List<Row> rows = read();
        try (Connection c = dataSource.getConnection()) {
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT count(*) FILTER (WHERE search_full IS NOT NULL) FROM admin_unit WHERE official")) {
                rs.next();
                if (rs.getLong(1) == rows.size()) {
                    return;
                }
            }
            upsert(c, rows);
            known.forget();
            LOG.infof("Loaded %d official administrative units", rows.size());
            completeAddedUnits(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the official administrative units", e);
        }
    }

    private static void upsert(Connection c, List<Row> rows) throws SQLException {
        inOneTransaction(c, () -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO admin_unit (code, parent_code, name, kind, depth, official, path, search_name, search_bare, search_full)
                    VALUES (?, ?, ?, ?, ?, true, ?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, name = excluded.name,
                      kind = excluded.kind, depth = excluded.depth, official = true, path = excluded.path,
                      search_name = excluded.search_name, search_bare = excluded.search_bare, search_full = excluded.search_full""")) {
                for (Row r : rows) {
                    ps.setString(1, r.code());
                    ps.setString(2, r.parentCode());
                    ps.setString(3, r.name());
                    ps.setString(4, r.kind());
                    ps.setInt(5, r.depth());
                    ps.setString(6, r.path());
                    ps.setString(7, TextSearch.fold(r.name()));
                    ps.setString(8, UnitNames.bare(r.name(), r.kind()));
                    ps.setString(9, r.searchFull());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Runs {@code work} on {@code c} as one transaction: all of it is stored or none. */
    static void inOneTransaction(Connection c, SqlWork work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    /** Units added below communes before search keys included their ancestors get them, parents first. */
    private static void completeAddedUnits(Connection c) throws SQLException {
        try (PreparedStatement missing = c.prepareStatement("""
                SELECT u.code, u.search_name, p.search_bare, p.search_name, p.search_full FROM admin_unit u
                JOIN admin_unit p ON p.code = u.parent_code WHERE u.search_full IS NULL AND p.search_full IS NOT NULL""");
             PreparedStatement set = c.prepareStatement("UPDATE admin_unit SET search_full = ? WHERE code = ?")) {
            int found;
            do {
                found = 0;
                try (ResultSet rs = missing.executeQuery()) {
                    while (rs.next()) {
                        set.setString(1, UnitNames.full(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                        set.setString(2, rs.getString(1));
                        set.addBatch();
                        found++;
                    }
                }
                set.executeBatch();
            } while (found > 0);
        }
    }

    /** Provinces first (parents before children), each once. */
    static List<Row> read() {
        Map<String, Row> provinces = new LinkedHashMap<>();
        Map<String, Row> wards = new LinkedHashMap<>();
        try (InputStream in = OfficialUnitsLoader.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("province_code,")) {
                throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
            }
            int lineNo = 1;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 6 fields, found " + f.length);
                }
                provinces.putIfAbsent(f[0], new Row(f[0], null, f[1], f[2], 1, "/" + f[0] + "/", TextSearch.fold(f[1])));
                wards.put(f[3], new Row(f[3], f[0], f[4], f[5], 2, "/" + f[0] + "/" + f[3] + "/",
                        TextSearch.fold(f[4]) + " " + UnitNames.bare(f[1], f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> all = new java.util.ArrayList<>(provinces.values());
        all.addAll(wards.values());
        return all;
    }
}
