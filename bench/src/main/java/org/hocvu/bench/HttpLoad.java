package org.hocvu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Drives the LRS over HTTP with a fixed number of concurrent clients, each waiting for its answer. */
final class HttpLoad {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;
    private final String authorization;

    HttpLoad(String endpoint, String key, String secret) {
        this.endpoint = endpoint.endsWith("/") ? endpoint : endpoint + "/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs {@code requests} bodies (made by {@code body}) from {@code clients} threads; returns the nanoseconds taken. */
    long post(int requests, int clients, IntFunction<String> body) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return run(clients, () -> {
            for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                HttpResponse<String> r = send(request("statements").POST(HttpRequest.BodyPublishers.ofString(body.apply(i)))
                        .header("Content-Type", "application/json").build());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("POST statements: HTTP " + r.statusCode() + " " + r.body());
                }
            }
            return null;
        });
    }

    /** GETs each query once from {@code clients} threads; returns each request's latency in nanoseconds. */
    List<Long> get(List<String> queries, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        run(clients, () -> {
            for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                long start = System.nanoTime();
                HttpResponse<String> r = send(request("statements?" + queries.get(i)).GET().build());
                latencies.add(System.nanoTime() - start);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET statements: HTTP " + r.statusCode() + " " + r.body());
                }
            }
            return null;
        });
        return latencies;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(endpoint + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long run(int clients, java.util.concurrent.Callable<Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(work));
            }
            for (Future<Void> f : done) {
                f.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }
}
