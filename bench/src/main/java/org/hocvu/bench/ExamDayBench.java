package org.hocvu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 15's exam day: {@code --learners} (2,000) learners of {@code --group} take the standard test
 * at once. A share ({@code --burst-share}, half) press Start within {@code --burst-seconds} (5 s), the
 * rest within {@code --spread-seconds} (60 s); each gives {@code --answers} (20) answers with
 * {@code --think-min}..{@code --think-max} s (5-30) between them, {@code --change-share} of them
 * changing an earlier answer. Every learner is one thread with one keep-alive connection
 * ({@link KeepAliveConnection}: the harness must leave the two cores to the server). Answers the
 * server acknowledged are then looked up in the database ({@code --jdbc}): each must be stored as
 * last acknowledged.
 * <p>
 * The crash run: {@code --kill-pid <server pid> --kill-after <s> --restart "<command>"} SIGKILLs the
 * server mid-run and starts it again; learners re-send what was not acknowledged (as the page's
 * journal does) until it is back, and after the restart each saved answer's reply must give the
 * remaining time the deadline taken at Start implies.
 * <p>
 * {@code --cpu-pids <pid,pid>} (the server's JVM, PostgreSQL's postmaster) prints the CPU those
 * processes and their children spent from just before the first Start until 2 s after the last
 * learner finished, per Start, after waiting (up to 60 s) for the setup's after-effects on the server
 * (its event consumers) to settle: with {@code --answers 0 --burst-share 1} that is the cost of a Start.
 */
public final class ExamDayBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String url;
    private final Map<String, String> o;
    private final List<Long> starts = Collections.synchronizedList(new ArrayList<>());
    /** The Starts of learners whose attempt was prepared (with {@code --prepare yes}), also in {@code starts}. */
    private final List<Long> preparedStarts = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> saves = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicLong worstClockSkewMs = new AtomicLong();
    /** attempt id → item id → the response last acknowledged. */
    private final Map<String, Map<String, JsonNode>> acknowledged = new ConcurrentHashMap<>();
    private volatile long downFrom = Long.MAX_VALUE;
    private volatile long downUntil = Long.MAX_VALUE;

    private ExamDayBench(String url, Map<String, String> o) {
        this.url = url;
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = LearnerBench.options(args);
        new ExamDayBench(o.getOrDefault("url", "http://127.0.0.1:8080"), o).run();
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(o.getOrDefault(name, String.valueOf(fallback)));
    }

    private void run() throws Exception {
        int learners = option("learners", 2000);
        BenchAccounts accounts = new BenchAccounts(url, o.getOrDefault("keycloak", "http://127.0.0.1:8180"),
                o.getOrDefault("kc-admin-password", "admin"));
        long setup = System.nanoTime();
        accounts.tuneRealm();
        List<BenchAccounts.Learner> signedIn = accounts.signInForApi(accounts.create(o.getOrDefault("run", "exam"), learners, 4),
                o.getOrDefault("group", "citizens"), o.getOrDefault("unit", "28261"), 4);
        System.out.printf("setup: %d learners with tokens and their group in %.0f s%n", learners, (System.nanoTime() - setup) / 1e9);

        int burst = (int) Math.round(learners * Double.parseDouble(o.getOrDefault("burst-share", "0.5")));
        if ("yes".equals(o.get("prepare"))) {
            prepare(accounts, signedIn.subList(0, burst));
        }
        List<Long> cpuPids = o.containsKey("cpu-pids")
                ? java.util.Arrays.stream(o.get("cpu-pids").split(",")).map(Long::parseLong).toList() : List.of();
        ProcessCpu.awaitQuiet(cpuPids, 60);
        long[] cpuBefore = ProcessCpu.each(cpuPids);
        long t0 = System.nanoTime() + 3_000_000_000L;
        Random plan = new Random(42);
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < learners; n++) {
            long offset = (long) (plan.nextDouble() * (n < burst ? option("burst-seconds", 5) : option("spread-seconds", 60)) * 1e9);
            BenchAccounts.Learner learner = signedIn.get(n);
            Random own = new Random(n);
            boolean prepared = n < burst && "yes".equals(o.get("prepare"));
            Thread t = new Thread(null, () -> take(learner, t0 + offset, own, prepared), "exam", 256 * 1024);
            threads.add(t);
            t.start();
        }
        if (o.containsKey("kill-pid")) {
            crash(t0 + option("kill-after", 120) * 1_000_000_000L);
        }
        for (Thread t : threads) {
            t.join();
        }
        report(learners, (System.nanoTime() - t0) / 1e9);
        if (!cpuPids.isEmpty()) {
            Thread.sleep(2000); // derived work (the statement feed's consumers) follows the last reply
            long[] cpuAfter = ProcessCpu.each(cpuPids);
            for (int i = 0; i < cpuPids.size(); i++) {
                long spent = cpuAfter[i] - cpuBefore[i];
                System.out.printf("server CPU of %d and its children: %d ms, %.2f ms per Start%n", cpuPids.get(i), spent,
                        starts.isEmpty() ? 0.0 : (double) spent / starts.size());
            }
        }
        verify();
    }

    /**
     * The burst's learners are registered for one session (a commune hall): an admin draws their forms
     * before it starts ({@code POST /api/v1/tests/{group}/prepared-attempts}, 500 at a time), so that
     * their Start is one cheap write. Timed, and printed apart from the run.
     */
    private void prepare(BenchAccounts accounts, List<BenchAccounts.Learner> registered) throws Exception {
        String token = accounts.token(o.getOrDefault("admin-user", "admin"), o.getOrDefault("admin-password", "hocvu"));
        KeepAliveConnection http = new KeepAliveConnection(URI.create(url + "/api/v1/"), "Bearer " + token);
        long begin = System.nanoTime();
        int prepared = 0;
        for (int from = 0; from < registered.size(); from += 500) {
            ArrayNode ids = NODES.arrayNode();
            registered.subList(from, Math.min(registered.size(), from + 500)).forEach(l -> ids.add(l.id()));
            ObjectNode body = NODES.objectNode().put("sessionId", "exam-day-" + o.getOrDefault("run", "exam"));
            body.set("learners", ids);
            KeepAliveConnection.Reply r = http.send("POST", "tests/" + o.getOrDefault("group", "citizens") + "/prepared-attempts",
                    body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (r.status() != 200) {
                throw new IllegalStateException("preparing attempts: " + r.status() + " " + r.body());
            }
            prepared += JSON.readTree(r.body()).path("prepared").asInt();
        }
        System.out.printf("prepared: %d attempts for the burst's session in %.1f s%n", prepared, (System.nanoTime() - begin) / 1e9);
    }

    /** One learner: Start at their moment, then answer with think time, re-sending what is not acknowledged. */
    private void take(BenchAccounts.Learner learner, long startAt, Random random, boolean prepared) {
        KeepAliveConnection http = new KeepAliveConnection(URI.create(url + "/api/v1/"), "Bearer " + learner.token());
        try {
            sleepUntil(startAt);
            JsonNode attempt = null;
            while (attempt == null) {
                long begin = System.nanoTime();
                KeepAliveConnection.Reply r = send(http, "POST", "tests/" + o.getOrDefault("group", "citizens") + "/attempts", null);
                if (r != null && (r.status() == 200 || r.status() == 201)) {
                    recordAll(prepared ? List.of(starts, preparedStarts) : List.of(starts), begin);
                    attempt = JSON.readTree(r.body());
                } else {
                    pause(r);
                }
            }
            String id = attempt.get("id").asText();
            Instant deadline = Instant.parse(attempt.get("deadline").asText());
            List<JsonNode> items = new ArrayList<>();
            attempt.get("items").forEach(items::add);
            Map<String, JsonNode> mine = acknowledged.computeIfAbsent(id, k -> new ConcurrentHashMap<>());
            int answers = option("answers", 20);
            double changeShare = Double.parseDouble(o.getOrDefault("change-share", "0.2"));
            int next = 0;
            for (int a = 0; a < answers; a++) {
                Thread.sleep(1000L * (option("think-min", 5) + random.nextInt(option("think-max", 30) - option("think-min", 5) + 1)));
                boolean change = next > 0 && (next >= items.size() || random.nextDouble() < changeShare);
                JsonNode item = change ? items.get(random.nextInt(next)) : items.get(next++);
                if (change) {
                    changed.incrementAndGet();
                }
                JsonNode response = answer(item, random);
                String body = JSON.createObjectNode().set("response", response).toString();
                String path = "attempts/" + id + "/responses/" + item.get("itemId").asText();
                while (true) {
                    long begin = System.nanoTime();
                    KeepAliveConnection.Reply r = send(http, "PUT", path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (r != null && r.status() == 200) {
                        record(saves, begin);
                        mine.put(item.get("itemId").asText(), response);
                        checkClock(JSON.readTree(r.body()), deadline);
                        break;
                    }
                    pause(r);
                }
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            System.err.println(learner.username() + ": " + e);
        } finally {
            http.reset();
        }
    }

    /** A request; null when the connection failed (the server is down, or restarting). */
    private KeepAliveConnection.Reply send(KeepAliveConnection http, String method, String path, byte[] body) {
        try {
            return http.send(method, path, body);
        } catch (java.io.IOException e) {
            http.reset();
            return null;
        }
    }

    /** After a failed request: an error unless the server was down; wait a little and try again, as the page's journal does. */
    private void pause(KeepAliveConnection.Reply r) throws InterruptedException {
        long now = System.nanoTime();
        // until the server is back, and a few seconds after (connections dropped by the kill); no overflow before it is back
        boolean down = now >= downFrom && (downUntil == Long.MAX_VALUE || now <= downUntil + 5_000_000_000L);
        if (down) {
            retried.incrementAndGet();
        } else {
            errors.incrementAndGet();
            if (r != null) {
                System.err.println("HTTP " + r.status() + ": " + r.body());
            }
            if (errors.get() > 50) {
                throw new IllegalStateException("too many errors");
            }
        }
        Thread.sleep(2000);
    }

    /** What the server says is left of the attempt must match the deadline it gave at Start. */
    private void checkClock(JsonNode saved, Instant deadline) {
        if (!saved.has("secondsLeft")) {
            return;
        }
        long expected = Math.max(0, deadline.getEpochSecond() - Instant.now().getEpochSecond());
        long skew = Math.abs(expected - saved.get("secondsLeft").asLong()) * 1000;
        worstClockSkewMs.accumulateAndGet(skew, Math::max);
    }

    /** Only the latencies of requests sent while the server was up count. */
    private void record(List<Long> into, long begin) {
        recordAll(List.of(into), begin);
    }

    private void recordAll(List<List<Long>> into, long begin) {
        long took = System.nanoTime() - begin;
        if (begin < downFrom || begin > downUntil) {
            into.forEach(list -> list.add(took));
        }
    }

    /** A well-formed answer to an item, any option (right or wrong). */
    private static JsonNode answer(JsonNode item, Random random) {
        String type = item.get("type").asText();
        return switch (type) {
            case "single-choice" -> NODES.textNode(pick(item.get("choices"), random));
            case "likert" -> NODES.textNode(pick(item.get("scale"), random));
            case "true-false" -> NODES.booleanNode(random.nextBoolean());
            case "multiple-response" -> {
                ArrayNode chosen = NODES.arrayNode();
                item.get("choices").forEach(c -> {
                    if (random.nextBoolean() || chosen.isEmpty()) {
                        chosen.add(c.get("id").asText());
                    }
                });
                yield chosen;
            }
            case "sequencing" -> {
                List<String> steps = new ArrayList<>();
                item.get("steps").forEach(s -> steps.add(s.get("id").asText()));
                Collections.shuffle(steps, random);
                ArrayNode order = NODES.arrayNode();
                steps.forEach(order::add);
                yield order;
            }
            case "matching" -> {
                ObjectNode pairs = NODES.objectNode();
                item.get("left").forEach(l -> pairs.put(l.get("id").asText(), pick(item.get("right"), random)));
                yield pairs;
            }
            case "numeric" -> NODES.numberNode(random.nextInt(100));
            default -> NODES.textNode("trả lời " + random.nextInt(1000));
        };
    }

    private static String pick(JsonNode options, Random random) {
        return options.get(random.nextInt(options.size())).get("id").asText();
    }

    private void crash(long at) throws Exception {
        sleepUntil(at);
        long pid = Long.parseLong(o.get("kill-pid"));
        downFrom = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid)).destroyForcibly();
        System.out.printf("SIGKILL to the server (pid %d) at %s%n", pid, Instant.now());
        Thread.sleep(2000);
        new ProcessBuilder("bash", "-c", o.get("restart")).inheritIO().start();
        java.net.http.HttpClient health = java.net.http.HttpClient.newHttpClient();
        while (true) {
            try {
                if (health.send(java.net.http.HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        downUntil = System.nanoTime();
        System.out.printf("server back (ready) after %.1f s at %s%n", (downUntil - downFrom) / 1e9, Instant.now());
    }

    private void report(int learners, double seconds) {
        System.out.printf("%d learners in %.0f s: %d starts, %d answers saved (%d of them changes), errors %d, re-sent while down %d%n",
                learners, seconds, starts.size(), saves.size(), changed.get(), errors.get(), retried.get());
        System.out.println("start:       " + (starts.isEmpty() ? "-" : Latency.summary(starts)));
        if (!preparedStarts.isEmpty()) {
            List<Long> others = new ArrayList<>(starts);
            preparedStarts.forEach(others::remove); // the same Long values: recorded once, added to both
            System.out.println("  prepared:   " + Latency.summary(preparedStarts));
            System.out.println("  unprepared: " + (others.isEmpty() ? "-" : Latency.summary(others)));
        }
        System.out.println("answer save: " + (saves.isEmpty() ? "-" : Latency.summary(saves)));
        System.out.printf("remaining time given by the server vs the deadline given at Start: worst difference %d ms%n",
                worstClockSkewMs.get());
    }

    /** Every acknowledged answer is in the database as last acknowledged. */
    private void verify() throws Exception {
        if (!o.containsKey("jdbc")) {
            System.out.println("(no --jdbc: acknowledged answers not checked in the database)");
            return;
        }
        int checked = 0;
        int wrong = 0;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(o.get("jdbc"), o.getOrDefault("db-user", "postgres"),
                o.getOrDefault("db-password", "postgres"));
             java.sql.PreparedStatement q = db.prepareStatement(
                     "SELECT item_id, CAST(response AS text) FROM assessment_attempt_item WHERE attempt_id = ?")) {
            for (Map.Entry<String, Map<String, JsonNode>> attempt : acknowledged.entrySet()) {
                q.setObject(1, java.util.UUID.fromString(attempt.getKey()));
                Map<String, JsonNode> stored = new java.util.HashMap<>();
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), rs.getString(2) == null ? null : JSON.readTree(rs.getString(2)));
                    }
                }
                for (Map.Entry<String, JsonNode> answer : attempt.getValue().entrySet()) {
                    checked++;
                    JsonNode there = stored.get(answer.getKey());
                    if (there == null || !same(there, answer.getValue())) {
                        wrong++;
                    }
                }
            }
        }
        System.out.printf("database: %d acknowledged answers checked in %d attempts, %d missing or different%n", checked,
                acknowledged.size(), wrong);
    }

    /** JSON equality that reads 7 and 7.0 as the same number (jsonb keeps a number's own form). */
    private static boolean same(JsonNode stored, JsonNode sent) {
        if (stored.isNumber() && sent.isNumber()) {
            return stored.decimalValue().compareTo(sent.decimalValue()) == 0;
        }
        return stored.equals(sent);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
