package org.hocvu.lms.cmi5;

import io.restassured.http.ContentType;
import org.hocvu.lms.content.Zips;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Publishes a cmi5 package the real way: a partner uploads and submits it, a reviewer approves it. */
final class Cmi5Publishing {
    static final Path RULES_COURSE = Path.of("src/test/resources/cmi5/rules-course");

    private Cmi5Publishing() {
    }

    static Path zip(Path folder) throws IOException {
        Path zip = Files.createTempFile("cmi5-", ".zip");
        Zips.create(zip).addFolder(folder).close();
        return zip;
    }

    /** Upload as a partner (the caller's security context), returning "packageId version". */
    static String[] upload(Path zip) {
        var response = given().multiPart("file", zip.toFile(), "application/zip").when().post("/api/v1/packages")
                .then().statusCode(201).extract();
        String id = response.path("packageId");
        String version = response.path("version");
        given().contentType(ContentType.JSON).body("{\"comment\":\"ok\"}")
                .post("/api/v1/packages/" + id + "/versions/" + version + "/submit").then().statusCode(200);
        return new String[]{id, version};
    }

    static void approve(String id, String version) {
        given().contentType(ContentType.JSON).body("{\"comment\":\"ok\"}")
                .post("/api/v1/packages/" + id + "/versions/" + version + "/approve").then().statusCode(200)
                .body("status", equalTo("published"));
    }
}
