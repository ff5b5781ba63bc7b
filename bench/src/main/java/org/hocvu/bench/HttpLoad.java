package org.hocvu.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Drives the LRS over HTTP with a fixed number of concurrent clients, each on its own keep-alive connection. */
final class HttpLoad {
    private final URI endpoint;
    private final String authorization;

    HttpLoad(String endpoint, String key, String secret) {
        this.endpoint = URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs {@code requests} bodies (made by {@code body}) from {@code clients} threads; returns the nanoseconds taken. */
    long post(int requests, int clients, IntFunction<String> body) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return run(clients, () -> {
            try (KeepAliveConnection http = new KeepAliveConnection(endpoint, authorization)) {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    KeepAliveConnection.Reply r = http.send("POST", "statements", body.apply(i).getBytes(StandardCharsets.UTF_8));
                    if (r.status() != 200) {
                        throw new IllegalStateException("POST statements: HTTP " + r.status() + " " + r.body());
                    }
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
            try (KeepAliveConnection http = new KeepAliveConnection(endpoint, authorization)) {
                for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    KeepAliveConnection.Reply r = http.send("GET", "statements?" + queries.get(i), null);
                    latencies.add(System.nanoTime() - start);
                    if (r.status() != 200) {
                        throw new IllegalStateException("GET statements: HTTP " + r.status() + " " + r.body());
                    }
                }
            }
            return null;
        });
        return latencies;
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
