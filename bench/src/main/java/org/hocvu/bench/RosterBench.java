package org.hocvu.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk enrolment of a large file against a running server (issue 12: 10,000 rows finish without a
 * timeout). Signs in as the demo unit manager (password grant of the {@code hocvu-api} client),
 * uploads a CSV of {@code --rows} new people (full name, unit, group) into {@code --course}, polls
 * the job until it is done and prints the time and the counts; then uploads the same file again
 * (everyone already exists and is enrolled: the lookup-only path, and the idempotent re-run).
 */
public final class RosterBench {
    private static final Pattern FIELD = Pattern.compile("\"(state|processedRows|totalRows|enrolled|created|already|failed|id)\":\"?([^,\"}]*)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RosterBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = o.getOrDefault("url", "http://127.0.0.1:8080");
        String keycloak = o.getOrDefault("keycloak", "http://127.0.0.1:8180");
        int rows = Integer.parseInt(o.getOrDefault("rows", "10000"));
        String course = o.getOrDefault("course", "citizens-smartphone-basics");
        String unit = o.getOrDefault("unit", "28261");
        String run = o.getOrDefault("run", Long.toString(System.currentTimeMillis(), 36));
        StringBuilder csv = new StringBuilder("\uFEFFusername,full_name,unit,groups\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("bench-").append(run).append('-').append(i).append(",Nguyễn Văn Thử ").append(i).append(',').append(unit)
                    .append(",citizens\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("file: %d rows, %.1f kB%n", rows, file.length / 1024.0);
        for (String pass : new String[] {"new people", "same file again"}) {
            long start = System.nanoTime();
            Map<String, String> job = fields(upload(url, token(keycloak), file, course));
            String id = job.get("id");
            System.out.printf("%s: upload answered in %d ms, job %s%n", pass, (System.nanoTime() - start) / 1_000_000, id);
            while (!"done".equals(job.get("state")) && !"failed".equals(job.get("state"))) {
                Thread.sleep(5000);
                job = fields(get(url + "/api/v1/enrolment-jobs/" + id, token(keycloak)));
                System.out.printf("  %5.0f s: %s/%s rows%n", (System.nanoTime() - start) / 1e9, job.get("processedRows"), job.get("totalRows"));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %s in %.1f s (%.0f rows/s): enrolled %s, created %s, already %s, failed %s%n", pass,
                    job.get("state"), seconds, rows / seconds, job.get("enrolled"), job.get("created"), job.get("already"), job.get("failed"));
        }
    }

    private static String token(String keycloak) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=hocvu-api&username=manager&password=hocvu";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/hocvu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for the demo manager: " + r.body());
        }
        return m.group(1);
    }

    private static String upload(String url, String token, byte[] file, String course) throws IOException, InterruptedException {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"course\"\r\n\r\n" + course + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/enrolment-jobs"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static String get(String url, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> out = new HashMap<>();
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2));
        }
        return out;
    }
}
