package org.hocvu.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The LRS benchmark (run by hand against a running server, see bench/README.md): batches of 100,
 * single statements from 32 clients, the raw JDBC baseline of the same rows, a store filled to the
 * target size, filtered GET latency, and bytes per stored statement. Writes a Markdown report.
 */
public final class LrsBench {
    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();

    private LrsBench(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of(
                "endpoint", "http://localhost:8090/xapi/", "key", "bench", "secret", "bench-secret",
                "jdbc", "jdbc:postgresql://127.0.0.1:5490/hocvu", "db-user", "postgres", "db-password", "postgres",
                "target", "1000000", "measure", "30000", "report", "bench/target/report.md"));
        options.putIfAbsent("phases", "batch,raw,single,fill,get");
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new LrsBench(options).run();
    }

    private void run() throws Exception {
        HttpLoad lrs = new HttpLoad(options.get("endpoint"), options.get("key"), options.get("secret"));
        RawInsert raw = new RawInsert(options.get("jdbc"), options.get("db-user"), options.get("db-password"));
        StatementGenerator gen = new StatementGenerator(42, 50_000, 40, 25);
        int measure = Integer.parseInt(options.get("measure"));
        line("# LRS benchmark, " + java.time.Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        line("");

        List<String> phases = List.of(options.get("phases").split(","));
        // statements are made before each timed phase, so the harness spends its CPU on HTTP only
        double batchRate = 0;
        if (phases.contains("batch")) {
            batchRate = batchPhase(lrs, gen, measure);
        }
        if (phases.contains("raw")) {
            rawPhase(raw, gen, measure, batchRate);
        }
        if (phases.contains("single")) {
            int singles = measure / 3;
            List<String> bodies = new ArrayList<>(singles);
            for (int i = 0; i < singles; i++) {
                bodies.add(gen.next());
            }
            double singleRate = rate(singles, lrs.post(singles, 32, bodies::get));
            line(String.format(Locale.ROOT, "- single POSTs, 32 concurrent clients: **%.0f statements/s** (%d statements)", singleRate, singles));
        }
        if (phases.contains("fill")) {
            fill(raw, gen, Long.parseLong(options.get("target")));
        }
        if (phases.contains("get")) {
            getPhase(lrs, raw, gen);
        }
        Path out = Path.of(options.get("report"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    private double batchPhase(HttpLoad lrs, StatementGenerator gen, int measure) throws Exception {
        lrs.post(20, 4, i -> batch(gen, 100));
        List<String> batches = new ArrayList<>(measure / 100);
        for (int i = 0; i < measure / 100; i++) {
            batches.add(batch(gen, 100));
        }
        double batchRate = rate(measure, lrs.post(batches.size(), 4, batches::get));
        line(String.format(Locale.ROOT, "- POST batches of 100 (4 clients): **%.0f statements/s** (%d statements)", batchRate, measure));
        return batchRate;
    }

    private void rawPhase(RawInsert raw, StatementGenerator gen, int measure, double batchRate) throws Exception {
        List<RawInsert.Row> rows = new ArrayList<>(measure);
        for (int i = 0; i < measure; i++) {
            rows.add(RawInsert.row(gen.next()));
        }
        double rawRate = rate(measure, raw.insert(rows, 100, 4));
        line(String.format(Locale.ROOT, "- raw JDBC batches of 100 into the same table (4 connections): **%.0f rows/s**", rawRate));
        if (batchRate > 0) {
            line(String.format(Locale.ROOT, "- LRS/raw ratio: **%.2f**", batchRate / rawRate));
        }
    }

    /** Raw inserts until the store holds {@code target} statements, then fresh planner statistics. */
    private void fill(RawInsert raw, StatementGenerator gen, long target) throws Exception {
        for (long have = raw.count(); have < target; have = raw.count()) {
            int chunk = (int) Math.min(50_000, target - have);
            List<RawInsert.Row> fill = new ArrayList<>(chunk);
            for (int i = 0; i < chunk; i++) {
                fill.add(RawInsert.row(gen.next()));
            }
            raw.insert(fill, 1000, 2);
        }
        raw.analyze();
    }

    private void getPhase(HttpLoad lrs, RawInsert raw, StatementGenerator gen) throws Exception {
        long count = raw.count();
        long bytes = raw.totalBytes();
        line(String.format(Locale.ROOT, "- store: %d statements, %.1f MiB with TOAST and indexes = **%d bytes per statement**",
                count, bytes / 1048576.0, bytes / count));

        Map<String, List<String>> queries = queries(gen, 400, raw.storedRange());
        List<String> all = new ArrayList<>();
        queries.values().forEach(all::addAll);
        java.util.Collections.shuffle(all, new java.util.Random(7));
        lrs.get(all.subList(0, 200), 8);
        for (int clients : new int[] {1, 4, 8}) {
            line(String.format(Locale.ROOT, "- filtered GETs over %d statements, %d client(s), %d mixed queries, limit 10: %s",
                    count, clients, all.size(), Latency.summary(lrs.get(all, clients))));
        }
        for (var kind : queries.entrySet()) {
            line("  - " + kind.getKey() + " (4 clients): " + Latency.summary(lrs.get(kind.getValue().subList(0, 100), 4)));
        }
    }

    private static String batch(StatementGenerator gen, int size) {
        StringBuilder b = new StringBuilder(size * 1000).append('[');
        for (int i = 0; i < size; i++) {
            b.append(i == 0 ? "" : ",").append(gen.next());
        }
        return b.append(']').toString();
    }

    /** The filters a campaign dashboard, a cmi5 AU or an external tool asks for; rare and common values. */
    private static Map<String, List<String>> queries(StatementGenerator gen, int each, Instant[] stored) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        java.util.Random random = new java.util.Random(11);
        for (String kind : List.of("agent", "agent+verb", "activity", "registration", "registration (unused)",
                "course (related_activities)", "learner (related_agents)", "verb", "activity+since", "verb+until",
                "agent (ascending)")) {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                int learner = gen.randomLearner();
                int course = gen.randomCourse();
                String agent = "agent=" + enc("{\"account\":{\"homePage\":\"" + StatementGenerator.HOME + "\",\"name\":\""
                        + StatementGenerator.learnerId(learner) + "\"}}");
                String verb = "verb=" + enc(StatementGenerator.VERBS[i % StatementGenerator.VERBS.length]);
                String activity = "activity=" + enc(StatementGenerator.lesson(course, i % gen.lessonsPerCourse));
                Instant at = stored[0].plusMillis((long) (random.nextDouble() * (stored[1].toEpochMilli() - stored[0].toEpochMilli())));
                list.add("limit=10&" + switch (kind) {
                    case "agent" -> agent;
                    case "agent+verb" -> agent + "&" + verb;
                    case "activity" -> activity;
                    case "registration" -> "registration=" + StatementGenerator.registration(learner, course);
                    case "registration (unused)" -> "registration=" + UUID.randomUUID();
                    case "learner (related_agents)" -> agent + "&related_agents=true";
                    case "verb" -> verb;
                    case "activity+since" -> activity + "&since=" + enc(at.toString());
                    case "verb+until" -> verb + "&until=" + enc(at.toString());
                    case "agent (ascending)" -> agent + "&ascending=true";
                    default -> "related_activities=true&activity=" + enc(StatementGenerator.course(course));
                });
            }
            q.put(kind, list);
        }
        return q;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double rate(long count, long nanos) {
        return count / (nanos / 1e9);
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
