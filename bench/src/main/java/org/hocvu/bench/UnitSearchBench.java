package org.hocvu.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of the unit search (GET /api/v1/units/search) for the queries people type: today's names,
 * former names (district, province, ward with its old district), "commune, province". Run by hand
 * against a running server; prints one line per query and client count.
 * Usage: {@code UnitSearchBench --endpoint http://localhost:8080/api/v1/units/ --requests 1000}
 */
public final class UnitSearchBench {
    static final List<String> QUERIES = List.of("huyện Cao Lãnh", "phường 1 cao lãnh", "xã Mỹ Tân", "Tiền Giang",
            "tân hòa, tây ninh", "my an hung b dong thap", "dong thap", "phuong", "ba dinh", "ha");

    private UnitSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("endpoint", "http://localhost:8080/api/v1/units/",
                "requests", "1000", "clients", "1,4"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI endpoint = URI.create(options.get("endpoint"));
        int requests = Integer.parseInt(options.get("requests"));
        System.out.println("| query | clients | latency |\n| --- | ---: | --- |");
        for (String clients : options.get("clients").split(",")) {
            for (String q : QUERIES) {
                run(endpoint, q, Integer.parseInt(clients), requests / 5);
                List<Long> nanos = run(endpoint, q, Integer.parseInt(clients), requests);
                System.out.println("| " + q + " | " + clients + " | " + Latency.summary(nanos) + " |");
            }
        }
    }

    /** {@code requests} searches for {@code q}, spread over {@code clients} keep-alive connections. */
    private static List<Long> run(URI endpoint, String q, int clients, int requests) throws Exception {
        String path = "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            parts.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                try (KeepAliveConnection http = new KeepAliveConnection(endpoint, null)) {
                    for (int i = 0; i < requests / clients; i++) {
                        long start = System.nanoTime();
                        KeepAliveConnection.Reply reply = http.send("GET", path, null);
                        nanos.add(System.nanoTime() - start);
                        if (reply.status() != 200) {
                            throw new IllegalStateException(q + ": HTTP " + reply.status() + " " + reply.body());
                        }
                    }
                }
                return nanos;
            }));
        }
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<Long>> part : parts) {
            all.addAll(part.get());
        }
        pool.shutdown();
        return all;
    }
}
