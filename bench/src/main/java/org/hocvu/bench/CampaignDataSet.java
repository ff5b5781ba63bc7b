package org.hocvu.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A province-sized campaign: {@code learners} pseudonymous learners spread over the communes of a
 * province (Đồng Tháp: 102), each in one of the five groups, in the campaign's roster (as the
 * roster events would have placed them), population baselines a quarter above the enrolled, and
 * {@code perLearner} statements each: a passed standard test for most, lessons experienced and
 * questions answered for the rest (the feed reads and drops those). Seeded.
 */
final class CampaignDataSet {
    /** The five groups and their share of learners, in per mille. */
    static final String[] GROUPS = {"citizens", "farmers", "students", "civil-servants", "leaders"};
    static final int[] SHARE = {700, 150, 80, 50, 20};
    private final String jdbc;
    private final String user;
    private final String password;
    private final String base;
    private final SplittableRandom random;

    CampaignDataSet(String jdbc, String user, String password, String base, long seed) {
        this.jdbc = jdbc;
        this.user = user;
        this.password = password;
        this.base = base.endsWith("/") ? base : base + "/";
        this.random = new SplittableRandom(seed);
    }

    static UUID learner(int n) {
        return UUID.nameUUIDFromBytes(("campaign-bench/" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String group(int n) {
        int pick = Math.floorMod(learner(n).hashCode(), 1000);
        for (int g = 0; g < GROUPS.length; g++) {
            pick -= SHARE[g];
            if (pick < 0) {
                return GROUPS[g];
            }
        }
        return GROUPS[0];
    }

    /** The communes of the province: code and unit path. */
    List<String[]> communes(String province) throws SQLException {
        List<String[]> communes = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT code, path FROM admin_unit WHERE parent_code = ? AND official ORDER BY code")) {
            ps.setString(1, province);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    communes.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return communes;
    }

    /** The roster rows (COPY) and the baselines of every commune and group. */
    void roster(List<String[]> communes, int learners) throws Exception {
        try (Connection c = connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder();
            for (int n = 0; n < learners; n++) {
                String[] commune = communes.get(n % communes.size());
                rows.append(learner(n)).append('\t').append(commune[0]).append('\t').append(path(commune[1]))
                        .append("\t{").append(group(n)).append("}\n");
                if (rows.length() > 4_000_000 || n == learners - 1) {
                    copy.copyIn("COPY campaign_learner (learner_id, unit_code, unit_path, groups) FROM STDIN",
                            new StringReader(rows.toString()));
                    rows.setLength(0);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO campaign_baseline (year, group_id, unit_code, unit_path, population, imported_at, imported_by)
                    SELECT 2026, g, unit_code, min(unit_path), count(*) * 5 / 4, now(), 'bench'
                    FROM campaign_learner, unnest(groups) AS g WHERE unit_code IS NOT NULL GROUP BY g, unit_code
                    ON CONFLICT (year, group_id, unit_code) DO UPDATE SET population = EXCLUDED.population""")) {
                ps.execute();
            }
        }
    }

    /** The statements of learners {@code from} (inclusive) to {@code to} (exclusive), as the LRS would store them. */
    List<RawInsert.Row> statements(int from, int to, int perLearner) {
        List<RawInsert.Row> rows = new ArrayList<>((to - from) * perLearner);
        for (int n = from; n < to; n++) {
            String group = group(n);
            boolean passes = random.nextInt(100) < 60;
            for (int s = 0; s < perLearner; s++) {
                LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330));
                String verb;
                String object;
                if (s == perLearner - 1 && passes) {
                    verb = "http://adlnet.gov/expapi/verbs/passed";
                    object = base + "xapi/activities/tests/" + group;
                } else if (s % 2 == 0) {
                    verb = "http://adlnet.gov/expapi/verbs/experienced";
                    object = base + "xapi/activities/lessons/" + group + "-basics/" + (s % 9);
                } else {
                    verb = "http://adlnet.gov/expapi/verbs/answered";
                    object = base + "xapi/activities/tests/" + group + "/items/q" + random.nextInt(40) + "/1";
                }
                rows.add(RawInsert.row("{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\""
                        + base + "\",\"name\":\"" + learner(n) + "\"}},\"verb\":{\"id\":\"" + verb + "\"},\"object\":{\"objectType\":\"Activity\",\"id\":\""
                        + object + "\"},\"timestamp\":\"" + day.atTime(9, 0).toInstant(ZoneOffset.UTC) + "\"}"));
            }
        }
        return rows;
    }

    long scalar(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Each campaign table's size with its indexes and TOAST, in bytes, and its rows. */
    List<String> storage() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT relname, pg_total_relation_size(oid), reltuples::bigint FROM pg_class
                WHERE relkind = 'r' AND relname LIKE 'campaign\\_%' ORDER BY 2 DESC""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(String.format("| %s | %.1f MB | %,d |", rs.getString(1), rs.getLong(2) / 1e6, rs.getLong(3)));
            }
        }
        return lines;
    }

    private static String path(String unitPath) {
        return unitPath.endsWith("/") ? unitPath : unitPath + "/";
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbc, user, password);
    }
}
