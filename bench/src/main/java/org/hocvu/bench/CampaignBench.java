package org.hocvu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The campaign at province scale against a running server (issue 18): generates {@link CampaignDataSet}
 * into its database, measures how fast the campaign's feed consumer rolls up the statements while
 * they are inserted, the dashboard figures' latency ({@code GET /api/v1/campaign/progress}) for the
 * province and its communes with {@code --clients} concurrent managers (cached, and uncached: each
 * commune's first read, the province's after a target change drops the cache), a full rebuild from
 * statement zero, and the campaign tables' storage. Prints a Markdown report.
 */
public final class CampaignBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PROVINCE = "82";

    private CampaignBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = o.getOrDefault("url", "http://127.0.0.1:8080");
        String keycloak = o.getOrDefault("keycloak", "http://127.0.0.1:8180");
        int learners = Integer.parseInt(o.getOrDefault("learners", "1000000"));
        int perLearner = Integer.parseInt(o.getOrDefault("statements", "20"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "20"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "2000"));
        CampaignDataSet data = new CampaignDataSet(o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5433/hocvu"),
                o.getOrDefault("db-user", "postgres"), o.getOrDefault("db-password", "postgres"), o.getOrDefault("base", url + "/"), 18);
        RawInsert raw = new RawInsert(o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5433/hocvu"),
                o.getOrDefault("db-user", "postgres"), o.getOrDefault("db-password", "postgres"));
        List<String[]> communes = data.communes(PROVINCE);
        List<String> phases = List.of(o.getOrDefault("phases", "fill,dashboard,rebuild").split(","));
        say("# Campaign bench: %,d learners × %d statements over %d communes of %s, %d clients, phases %s%n", learners, perLearner,
                communes.size(), PROVINCE, clients, phases);
        if (phases.contains("fill")) {
            fill(data, raw, communes, learners, perLearner, o.getOrDefault("base", url + "/"),
                    Integer.parseInt(o.getOrDefault("from", "0")));
        }
        if (phases.contains("pace")) {
            pace(data, raw, learners, perLearner, Integer.parseInt(o.getOrDefault("pace", "3000")),
                    Integer.parseInt(o.getOrDefault("pace-seconds", "120")));
        }
        if (phases.contains("dashboard")) {
            dashboard(url, keycloak, communes, clients, requests);
        }
        if (phases.contains("rebuild")) {
            rebuild(url, keycloak, data);
        }
    }

    /**
     * The roster and baselines, then every statement in chunks while the server's feed consumer
     * follows. {@code from} > 0 resumes an interrupted fill at that learner (the roster is there).
     */
    private static void fill(CampaignDataSet data, RawInsert raw, List<String[]> communes, int learners, int perLearner,
                             String base, int from) throws Exception {
        if (from == 0) {
            long t = System.nanoTime();
            data.roster(communes, learners);
            say("- roster and baselines (COPY): %.1f s%n", seconds(t));
        }

        // caught up when the consumer's cursor reaches the last seq
        int chunk = Math.max(1, 20_000 / perLearner);
        long statements = 0;
        long insertNanos = 0;
        long start = System.nanoTime();
        for (int first = from; first < learners; first += chunk) {
            List<RawInsert.Row> rows = data.statements(first, Math.min(learners, first + chunk), perLearner);
            insertNanos += raw.insert(rows, 100, 2);
            statements += rows.size();
        }
        long last = data.scalar("SELECT max(seq) FROM xapi_statement");
        say("- inserted %,d statements in %.1f s of inserts (%.0f/s)%n", statements, insertNanos / 1e9, statements / (insertNanos / 1e9));
        waitForFeed(data, last);
        double rollup = seconds(start);
        say("- **rollup caught up** %.1f s after the first insert: **%.0f statements/s** end to end%n", rollup, statements / rollup);
        // statements whose activity IRIs are not under the server's base URL are read but counted nowhere
        long counted = data.scalar("SELECT count(*) FROM campaign_learner_indicator");
        if (counted < learners / 10) {
            throw new IllegalStateException("only " + counted + " learner indicators after the rollup: is --base ("
                    + base + ") the server's HOCVU_BASE_URL?");
        }
        say("- learner indicators counted: %,d%n", counted);
    }

    /**
     * Ingest at a steady {@code rate} statements a second for {@code seconds} (new statements of the
     * roster's learners, one chunk a second) while sampling how far the consumer's cursor trails the
     * store: the rollup keeps up when that lag stays bounded instead of growing with the run.
     */
    private static void pace(CampaignDataSet data, RawInsert raw, int learners, int perLearner, int rate, int seconds)
            throws Exception {
        waitForFeed(data, data.scalar("SELECT max(seq) FROM xapi_statement"));
        java.util.SplittableRandom pick = new java.util.SplittableRandom(5);
        int perSecond = Math.max(1, rate / perLearner);
        List<Long> lags = new ArrayList<>();
        long inserted = 0;
        // made before the clock starts, so the bench's own JSON work does not slow the pace it sets
        List<List<RawInsert.Row>> chunks = new ArrayList<>();
        for (int second = 0; second < seconds; second++) {
            int from = pick.nextInt(Math.max(1, learners - perSecond));
            chunks.add(data.statements(from, from + perSecond, perLearner));
        }
        long start = System.nanoTime();
        for (int second = 0; second < seconds; second++) {
            List<RawInsert.Row> rows = chunks.get(second);
            raw.insert(rows, 100, 4);
            inserted += rows.size();
            lags.add(lag(data));
            long next = start + (second + 1) * 1_000_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        double ingest = inserted / seconds(start);
        long lastInsert = System.nanoTime();
        waitForFeed(data, data.scalar("SELECT max(seq) FROM xapi_statement"));
        List<Long> firstHalf = lags.subList(0, lags.size() / 2);
        List<Long> secondHalf = lags.subList(lags.size() / 2, lags.size());
        say("- **paced ingest** %d s at %.0f statements/s (asked %d): consumer lag max %,d statements, mean %,d in the first half "
                        + "and %,d in the second; caught up %.1f s after the last insert%n", seconds, ingest, rate,
                java.util.Collections.max(lags), mean(firstHalf), mean(secondHalf), seconds(lastInsert));
    }

    private static long lag(CampaignDataSet data) throws Exception {
        return data.scalar("SELECT (SELECT max(seq) FROM xapi_statement) - position FROM xapi_consumer_cursor WHERE consumer = 'campaign-progress'");
    }

    private static long mean(List<Long> values) {
        return values.isEmpty() ? 0 : values.stream().mapToLong(Long::longValue).sum() / values.size();
    }

    private static void dashboard(String url, String keycloak, List<String[]> communes, int clients, int requests) throws Exception {
        String manager = token(keycloak, "manager");
        String admin = token(keycloak, "campaign");
        List<String> uncachedCommunes = new ArrayList<>();
        communes.forEach(c -> uncachedCommunes.add("progress?year=2026&unit=" + c[0]));
        say("- communes' first (uncached) reads, %d clients: %s%n", clients, Latency.summary(get(url, manager, uncachedCommunes, clients)));
        List<Long> province = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            put(url + "/api/v1/campaign/targets", admin, "{\"year\":2026,\"group\":\"citizens\",\"indicator\":\"passed-standard-test\","
                    + "\"unit\":\"" + PROVINCE + "\",\"percent\":" + (70 + i) + "}");
            province.addAll(get(url, manager, List.of("progress?year=2026&unit=" + PROVINCE), 1));
        }
        say("- province read after a target change (uncached), 1 client: %s%n", Latency.summary(province));
        List<String> mixed = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            mixed.add("progress?year=2026&unit=" + (i % 2 == 0 ? PROVINCE : communes.get(i % communes.size())[0]));
        }
        get(url, manager, mixed.subList(0, Math.min(200, mixed.size())), clients);
        say("- **dashboard figures, %d concurrent managers** (province and communes, cache warm): %s%n", clients,
                Latency.summary(get(url, manager, mixed, clients)));
    }

    private static void rebuild(String url, String keycloak, CampaignDataSet data) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> rebuilt = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/campaign/rebuild"))
                .timeout(Duration.ofHours(3)).header("Authorization", "Bearer " + token(keycloak, "campaign"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        long stored = data.scalar("SELECT count(*) FROM xapi_statement");
        say("- **full rebuild** from statement zero: HTTP %d in **%.1f s** (%.0f statements/s over %,d stored)%n", rebuilt.statusCode(),
                seconds(t), stored / seconds(t), stored);
        say("%n| table | size with indexes | rows |%n| --- | ---: | ---: |%n");
        data.storage().forEach(line -> say("%s%n", line));
    }

    private static void waitForFeed(CampaignDataSet data, long last) throws Exception {
        while (data.scalar("SELECT position FROM xapi_consumer_cursor WHERE consumer = 'campaign-progress'") < last) {
            Thread.sleep(500);
        }
    }

    private static List<Long> get(String url, String token, List<String> queries, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    try (KeepAliveConnection http = new KeepAliveConnection(URI.create(url + "/api/v1/campaign/"), "Bearer " + token)) {
                        for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                            long start = System.nanoTime();
                            KeepAliveConnection.Reply r = http.send("GET", queries.get(i), null);
                            latencies.add(System.nanoTime() - start);
                            if (r.status() != 200) {
                                throw new IllegalStateException("GET " + queries.get(i) + ": HTTP " + r.status() + " " + r.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return latencies;
    }

    private static void put(String url, String token, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 204) {
            throw new IllegalStateException("PUT target: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /** An access token of a demo user (password grant of the {@code hocvu-api} client). */
    private static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=hocvu-api&username=" + user + "&password=hocvu";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/hocvu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for the demo user " + user + ": " + r.body());
        }
        return m.group(1);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
        System.out.flush();
    }
}
