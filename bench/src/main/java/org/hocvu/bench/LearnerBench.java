package org.hocvu.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 12: the home page and a lesson page with {@code --learners} (200) learners signed in at once
 * on the pages, each with their own keep-alive connection and session cookies, reading in turn the
 * home page and the lesson with {@code --think-min}..{@code --think-max} ms between pages, for
 * {@code --seconds}. Learners are made and signed in first ({@link BenchAccounts}, untimed); the
 * first {@code --warmup} seconds are not counted. Prints p50/p95/p99/max per page.
 */
public final class LearnerBench {
    private LearnerBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String url = o.getOrDefault("url", "http://127.0.0.1:8080");
        int learners = Integer.parseInt(o.getOrDefault("learners", "200"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "120"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "20"));
        int thinkMin = Integer.parseInt(o.getOrDefault("think-min", "1000"));
        int thinkMax = Integer.parseInt(o.getOrDefault("think-max", "3000"));
        String lessonPackage = o.getOrDefault("package", "citizens-smartphone-basics");
        BenchAccounts accounts = new BenchAccounts(url, o.getOrDefault("keycloak", "http://127.0.0.1:8180"),
                o.getOrDefault("kc-admin-password", "admin"));

        long setup = System.nanoTime();
        accounts.tuneRealm();
        List<String> names = accounts.create(o.getOrDefault("run", "learn"), learners, 4);
        List<BenchAccounts.Learner> signedIn = accounts.signInForPages(
                accounts.signInForApi(names, o.getOrDefault("group", "citizens"), o.getOrDefault("unit", "28261"), 4), 4);
        String lesson = lessonOf(url, signedIn.get(0).cookie(), lessonPackage);
        System.out.printf("setup: %d learners signed in on the pages in %.0f s; lesson %s%n", signedIn.size(),
                (System.nanoTime() - setup) / 1e9, lesson);

        List<Long> home = Collections.synchronizedList(new ArrayList<>());
        List<Long> lessonTimes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long countFrom = start + warmup * 1_000_000_000L;
        long end = countFrom + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (BenchAccounts.Learner learner : signedIn) {
            Thread t = new Thread(null, () -> read(url, learner.cookie(), lesson, home, lessonTimes, errors, countFrom, end,
                    thinkMin, thinkMax), "learner", 256 * 1024);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("%d learners, think %d-%d ms, %d s counted after %d s warm-up, errors %d%n", learners, thinkMin,
                thinkMax, seconds, warmup, errors.get());
        System.out.printf("home page   (%d requests, %.1f/s): %s%n", home.size(), home.size() / (double) seconds, Latency.summary(home));
        System.out.printf("lesson page (%d requests, %.1f/s): %s%n", lessonTimes.size(), lessonTimes.size() / (double) seconds,
                Latency.summary(lessonTimes));
    }

    private static void read(String url, String cookie, String lesson, List<Long> home, List<Long> lessonTimes,
                             AtomicInteger errors, long countFrom, long end, int thinkMin, int thinkMax) {
        KeepAliveConnection http = new KeepAliveConnection(URI.create(url + "/"), null, cookie);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            // learners arrive over the first think time, not all in the same millisecond
            Thread.sleep(random.nextInt(thinkMax));
            boolean onHome = true;
            while (System.nanoTime() < end) {
                long begin = System.nanoTime();
                int status;
                try {
                    status = http.send("GET", onHome ? "" : lesson.substring(1), null).status();
                } catch (java.io.IOException e) {
                    http.reset();
                    status = -1;
                }
                long took = System.nanoTime() - begin;
                if (status != 200) {
                    errors.incrementAndGet();
                } else if (begin >= countFrom) {
                    (onHome ? home : lessonTimes).add(took);
                }
                onHome = !onHome;
                Thread.sleep(random.nextInt(thinkMin, thinkMax + 1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            http.reset();
        }
    }

    /** The lesson the first learner is sent to by {@code /learn/<package>} (their next lesson of its current version). */
    private static String lessonOf(String url, String cookie, String packageId) throws Exception {
        java.net.http.HttpResponse<Void> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(URI.create(url + "/learn/" + packageId)).header("Cookie", cookie).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String location = r.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("/learn/" + packageId + " answered " + r.statusCode() + ", not a lesson to go to"));
        return URI.create(location).getPath();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return o;
    }
}
