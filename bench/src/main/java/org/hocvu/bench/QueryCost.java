package org.hocvu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hocvu.lms.xapi.statement.FilterKeys;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The cost of each filter kind in PostgreSQL's own unit: the buffers (8 kB pages) one page of ten
 * statements touches, read from EXPLAIN (ANALYZE, BUFFERS) of the LRS's query. Unlike latency it
 * does not depend on the machine's load, so it states the growth from 1M to 20M statements exactly.
 */
final class QueryCost {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String url;
    private final String user;
    private final String password;

    record Kind(String name, List<Query> queries) {
    }

    /** {@code orReferencing}: the second page the LRS merges for agent+verb (statements targeting others), or null. */
    record Query(Set<UUID> keys, Set<UUID> orReferencing, Instant since, Instant until, boolean ascending) {
        Query(Set<UUID> keys, Instant since, Instant until, boolean ascending) {
            this(keys, null, since, until, ascending);
        }
    }

    QueryCost(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The same filter kinds as the HTTP phase, as keys (what the LRS computes from the parameters). */
    static List<Kind> kinds(StatementGenerator gen, int each, Instant[] stored) {
        Random random = new Random(13);
        List<Kind> kinds = new ArrayList<>();
        for (String name : List.of("agent", "agent+verb", "activity", "registration", "registration (unused)",
                "course (related_activities)", "learner (related_agents)", "verb", "activity+since", "verb+until",
                "agent (ascending)")) {
            List<Query> list = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                int learner = gen.randomLearner();
                int course = gen.randomCourse();
                String ifi = "account|" + StatementGenerator.HOME + "|" + StatementGenerator.learnerId(learner);
                UUID agent = FilterKeys.key(FilterKeys.AGENT, ifi);
                UUID verb = FilterKeys.key(FilterKeys.VERB, StatementGenerator.VERBS[i % StatementGenerator.VERBS.length]);
                UUID activity = FilterKeys.key(FilterKeys.ACTIVITY, StatementGenerator.lesson(course, i % gen.lessonsPerCourse));
                Instant at = stored[0].plusMillis((long) (random.nextDouble() * (stored[1].toEpochMilli() - stored[0].toEpochMilli())));
                list.add(switch (name) {
                    case "agent" -> new Query(Set.of(agent), null, null, false);
                    case "agent+verb" -> new Query(Set.of(FilterKeys.agentVerb(ifi,
                            StatementGenerator.VERBS[i % StatementGenerator.VERBS.length])),
                            Set.of(agent, verb, FilterKeys.REFERENCING), null, null, false);
                    case "activity" -> new Query(Set.of(activity), null, null, false);
                    case "registration" -> new Query(Set.of(FilterKeys.key(FilterKeys.REGISTRATION,
                            StatementGenerator.registration(learner, course))), null, null, false);
                    case "registration (unused)" -> new Query(Set.of(FilterKeys.key(FilterKeys.REGISTRATION,
                            UUID.randomUUID().toString())), null, null, false);
                    case "course (related_activities)" -> new Query(Set.of(FilterKeys.key(FilterKeys.RELATED_ACTIVITY,
                            StatementGenerator.course(course))), null, null, false);
                    case "learner (related_agents)" -> new Query(Set.of(FilterKeys.key(FilterKeys.RELATED_AGENT, ifi)), null, null, false);
                    case "verb" -> new Query(Set.of(verb), null, null, false);
                    case "activity+since" -> new Query(Set.of(activity), at, null, false);
                    case "verb+until" -> new Query(Set.of(verb), null, at, false);
                    default -> new Query(Set.of(agent), null, null, true);
                });
            }
            kinds.add(new Kind(name, list));
        }
        return kinds;
    }

    /** Mean and max buffers per query of each kind, as Markdown table rows. */
    List<String> measure(List<Kind> kinds) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (Kind kind : kinds) {
                long total = 0;
                long max = 0;
                for (Query q : kind.queries()) {
                    long buffers = buffers(c, q);
                    total += buffers;
                    max = Math.max(max, buffers);
                }
                rows.add(String.format(Locale.ROOT, "| %s | %.1f | %d |", kind.name(), total / (double) kind.queries().size(), max));
            }
        }
        return rows;
    }

    /** The LRS's query (StatementQuery.page, limit 10 + 1) under EXPLAIN: shared buffers hit and read, both pages for agent+verb. */
    private static long buffers(Connection c, Query q) throws SQLException {
        long direct = page(c, q);
        return q.orReferencing() == null ? direct
                : direct + page(c, new Query(q.orReferencing(), q.since(), q.until(), q.ascending()));
    }

    private static long page(Connection c, Query q) throws SQLException {
        String low = q.since() == null ? "0" : "xapi_seq_lower_bound(?)";
        String high = q.until() == null ? "9223372036854775807" : "xapi_seq_upper_bound(?)";
        String sql = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT s.seq, s.stored, s.statement::text FROM xapi_statement_page(?, "
                + low + ", " + high + ", ?, ?, ?, 11) WITH ORDINALITY AS page (seq, n) JOIN xapi_statement s ON s.seq = page.seq ORDER BY page.n";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setArray(i++, c.createArrayOf("uuid", q.keys().toArray()));
            if (q.since() != null) {
                ps.setTimestamp(i++, Timestamp.from(q.since()));
            }
            if (q.until() != null) {
                ps.setTimestamp(i++, Timestamp.from(q.until()));
            }
            ps.setBoolean(i++, q.ascending());
            ps.setTimestamp(i++, q.since() == null ? null : Timestamp.from(q.since()));
            ps.setTimestamp(i, q.until() == null ? null : Timestamp.from(q.until()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                JsonNode plan = JSON.readTree(rs.getString(1)).get(0);
                JsonNode top = plan.get("Plan");
                return top.path("Shared Hit Blocks").asLong() + top.path("Shared Read Blocks").asLong();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
