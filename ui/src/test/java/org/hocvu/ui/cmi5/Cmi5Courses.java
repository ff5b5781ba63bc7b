package org.hocvu.ui.cmi5;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.hocvu.testkit.keycloak.Tokens;
import org.hocvu.testkit.quarkus.KeycloakTestResource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * cmi5 courses for the assembled application's tests: ADL CATAPULT's packages (shared data, copied
 * beside the engine's tests) and the tests' own small AU, published through the real pipeline by the
 * demo partner and reviewer (Keycloak tokens).
 */
public final class Cmi5Courses {
    public static final Path CATAPULT = Path.of("../core/lms/src/test/resources/content/cmi5");
    public static final Path RULES_COURSE = Path.of("../core/lms/src/test/resources/cmi5/rules-course");

    private Cmi5Courses() {
    }

    public static List<Path> catapult() throws IOException {
        try (var files = Files.list(CATAPULT)) {
            return files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.passwordGrant(KeycloakTestResource.realmUrl(), user, "hocvu"));
    }

    /** Uploads, submits and approves a zip as the demo partner and reviewer; returns {packageId, version}. */
    public static String[] publish(Path zip) {
        String[] uploaded = upload(() -> as("partner"), zip);
        approve(as("reviewer"), uploaded);
        return uploaded;
    }

    /** Uploads and submits a zip as the partner {@code partner} signs in; returns {packageId, version}. */
    public static String[] upload(Supplier<RequestSpecification> partner, Path zip) {
        var uploaded = partner.get().multiPart("file", zip.toFile(), "application/zip").post("/api/v1/packages")
                .then().statusCode(201).extract();
        String[] published = {uploaded.path("packageId"), uploaded.path("version")};
        partner.get().contentType(ContentType.JSON).body("{}").post(path(published) + "/submit").then().statusCode(200);
        return published;
    }

    public static void approve(RequestSpecification reviewer, String[] published) {
        reviewer.contentType(ContentType.JSON).body("{\"comment\":\"ok\"}").post(path(published) + "/approve")
                .then().statusCode(200).body("status", equalTo("published"));
    }

    private static String path(String[] published) {
        return "/api/v1/packages/" + published[0] + "/versions/" + published[1];
    }

    /** The folder as a zip (the tests' own AU). */
    public static Path zip(Path folder) throws IOException {
        Path zip = Files.createTempFile("cmi5-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             var files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return zip;
    }
}
