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
        if (phases.contains("cost")) {
            costPhase(raw, gen);
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

    /**
     * Raw inserts until the store holds {@code target} statements, then fresh planner statistics.
     * Rows are made on every core while the previous chunk is inserted, so the database, not the
     * generator, sets the pace.
     */
    private void fill(RawInsert raw, StatementGenerator gen, long target) throws Exception {
        long started = System.nanoTime();
        long before = raw.count();
        if ("sql".equals(options.getOrDefault("fill", "sql"))) {
            StoreFill sql = new StoreFill(options.get("jdbc"), options.get("db-user"), options.get("db-password"));
            long filled = sql.fillTo(target, before, Long.parseLong(options.getOrDefault("generate", "1000000")), gen.learners, gen.courses, gen.lessonsPerCourse);
            sql.check(200);
            double seconds = (System.nanoTime() - started) / 1e9;
            raw.analyze();
            line(String.format(Locale.ROOT, "- fill (in SQL, key index rebuilt): %d statements in %.0f s (%.0f/s), then VACUUM ANALYZE in %.0f s",
                    filled, seconds, filled / seconds, (System.nanoTime() - started) / 1e9 - seconds));
            return;
        }
        java.util.concurrent.ExecutorService maker = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            long have = before;
            java.util.concurrent.Future<List<RawInsert.Row>> next = have < target ? maker.submit(() -> rows(gen, (int) Math.min(50_000, target - before))) : null;
            while (next != null) {
                List<RawInsert.Row> chunk = next.get();
                have += chunk.size();
                long remaining = target - have;
                next = remaining > 0 ? maker.submit(() -> rows(gen, (int) Math.min(50_000, remaining))) : null;
                raw.insert(chunk, 1000, 2);
                if (have / 1_000_000 != (have - chunk.size()) / 1_000_000) {
                    System.out.printf(Locale.ROOT, "  fill: %d statements, %.0f/s%n", have,
                            (have - before) / ((System.nanoTime() - started) / 1e9));
                }
            }
        } finally {
            maker.shutdownNow();
        }
        long filled = raw.count() - before;
        double seconds = (System.nanoTime() - started) / 1e9;
        raw.analyze();
        line(String.format(Locale.ROOT, "- fill: %d statements inserted raw in %.0f s (%.0f/s), then VACUUM ANALYZE in %.0f s",
                filled, seconds, filled / seconds, (System.nanoTime() - started) / 1e9 - seconds));
    }

    private static List<RawInsert.Row> rows(StatementGenerator gen, int count) {
        return java.util.stream.IntStream.range(0, count).parallel()
                .mapToObj(i -> RawInsert.row(gen.next())).toList();
    }

    private void getPhase(HttpLoad lrs, RawInsert raw, StatementGenerator gen) throws Exception {
        long count = raw.count();
        long bytes = raw.totalBytes();
        line(String.format(Locale.ROOT, "- store: %d statements, %.1f MiB with TOAST and indexes = **%d bytes per statement** (%s)",
                count, bytes / 1048576.0, bytes / count, raw.sizes()));

        // --values-seed: values no earlier run has read (the default repeats the last run's, so its pages are warm)
        StatementGenerator values = options.containsKey("values-seed")
                ? new StatementGenerator(Long.parseLong(options.get("values-seed")), 50_000, 40, 25) : gen;
        Map<String, List<String>> queries = queries(values, 400, raw.storedRange());
        List<String> all = new ArrayList<>();
        queries.values().forEach(all::addAll);
        java.util.Collections.shuffle(all, new java.util.Random(7));
        String label = options.getOrDefault("label", "warm");
        if (!"cold".equals(label)) {
            lrs.get(all.subList(0, 200), 8);
        }
        int each = Integer.parseInt(options.getOrDefault("per-kind", "100"));
        line("");
        line(String.format(Locale.ROOT, "Filtered GETs over %d statements (%s), limit 10, %d queries per kind and client count:", count, label, each));
        line("");
        line("| filter | clients | p50 ms | p95 ms | p99 ms | max ms |");
        line("| --- | ---: | ---: | ---: | ---: | ---: |");
        int offset = 0;
        for (int clients : new int[] {1, 4, 8}) {
            for (var kind : queries.entrySet()) {
                // fresh values per client count: a repeated query would be answered from warm pages
                row(kind.getKey(), clients, lrs.get(kind.getValue().subList(offset, offset + each), clients));
            }
            row("**mixed**", clients, lrs.get(all.subList(offset * queries.size(), (offset + each) * queries.size()), clients));
            offset += each;
        }
    }

    private void costPhase(RawInsert raw, StatementGenerator gen) throws Exception {
        long count = raw.count();
        QueryCost cost = new QueryCost(options.get("jdbc"), options.get("db-user"), options.get("db-password"));
        line("");
        line(String.format(Locale.ROOT, "Buffers (8 kB pages, hit or read) per page of 10 over %d statements, 100 values per kind:", count));
        line("");
        line("| filter | mean | max |");
        line("| --- | ---: | ---: |");
        cost.measure(QueryCost.kinds(gen, 100, raw.storedRange())).forEach(this::line);
    }

    private void row(String kind, int clients, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        java.util.Collections.sort(sorted);
        line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", kind, clients,
                Latency.at(sorted, 0.50), Latency.at(sorted, 0.95), Latency.at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6));
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
