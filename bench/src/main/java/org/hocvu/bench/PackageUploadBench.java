package org.hocvu.bench;

import org.hocvu.lms.content.check.KnownFrameworks;
import org.hocvu.lms.content.check.PackageInspector;
import org.hocvu.lms.content.zip.UploadLimits;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Upload and validation of a 50 MB package (issue 11: under 10 s). Builds a cmi5 course of that
 * size (one incompressible 48 MB video, 300 small pages and images, 300 AUs), then either inspects
 * it in-process exactly as the server does ({@code --local}: unzip with every limit, hash, XSD,
 * URL checks) or uploads it to a running server ({@code --url http://localhost:8080 --token <partner
 * access token>}) and times the request until the 201.
 */
public final class PackageUploadBench {
    private PackageUploadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        boolean local = options.isEmpty() || options.containsKey("local");
        Path zip = Files.createTempFile("bench-package-", ".zip");
        long built = System.nanoTime();
        build(zip, 48 * 1024 * 1024, 300);
        System.out.printf("package: %.1f MB, built in %d ms%n", Files.size(zip) / 1048576.0, (System.nanoTime() - built) / 1_000_000);
        for (int run = 1; run <= Integer.parseInt(options.getOrDefault("runs", "3")); run++) {
            long start = System.nanoTime();
            String outcome = local ? inspect(zip) : upload(zip, options.get("url"), options.get("token"));
            System.out.printf("run %d: %s in %d ms%n", run, outcome, (System.nanoTime() - start) / 1_000_000);
        }
        Files.deleteIfExists(zip);
    }

    private static String inspect(Path zip) throws IOException {
        Path work = Files.createTempDirectory("bench-work-");
        PackageInspector.Inspection i = PackageInspector.inspect(zip, "course.zip", work.resolve("files"),
                new UploadLimits(64L << 20, 5000, 512L << 20, 100), new KnownFrameworks(Map.of()));
        String outcome = i.accepted() ? "accepted (" + i.files().files().size() + " files)" : "refused " + i.report().problems();
        if (i.files() != null) {
            i.files().discard();
        }
        Files.deleteIfExists(work);
        return outcome;
    }

    private static String upload(Path zip, String url, String token) throws IOException, InterruptedException {
        String boundary = "bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"course.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/$", "") + "/api/v1/packages"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(zip), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return "HTTP " + response.statusCode();
    }

    /** A cmi5 zip: one big incompressible video and {@code pages} small AUs, each a page and an image. */
    static void build(Path zip, int videoBytes, int pages) throws IOException {
        Random random = new Random(11);
        StringBuilder aus = new StringBuilder();
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int p = 1; p <= pages; p++) {
                aus.append("<au id=\"https://bench.example.org/course/au/").append(p).append("\"><title><langstring lang=\"vi\">Bài ")
                        .append(p).append("</langstring></title><description><langstring lang=\"vi\">Bài ").append(p)
                        .append("</langstring></description><url>pages/").append(p).append(".html</url></au>\n");
                put(z, "pages/" + p + ".html", ("<!doctype html><title>" + p + "</title><img src=\"../img/" + p + ".png\">").getBytes(StandardCharsets.UTF_8));
                byte[] image = new byte[8 * 1024];
                random.nextBytes(image);
                put(z, "img/" + p + ".png", image);
            }
            put(z, "cmi5.xml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">"
                    + "<course id=\"https://bench.example.org/course\"><title><langstring lang=\"vi\">Bench</langstring></title>"
                    + "<description><langstring lang=\"vi\">50 MB</langstring></description></course>\n" + aus + "</courseStructure>\n")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("video/big.mp4"));
            byte[] chunk = new byte[1 << 20];
            for (int written = 0; written < videoBytes; written += chunk.length) {
                random.nextBytes(chunk);
                z.write(chunk);
            }
            z.closeEntry();
        }
    }

    private static void put(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }
}
