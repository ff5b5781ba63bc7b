package org.hocvu.lms.content;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.plugin.PublishedPackages;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A partner uploads and submits, a reviewer approves, the catalog lists it; hostile uploads leave no file and no row. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackageApiTest {
    private static final String PACKAGES = "/api/v1/packages";
    private static final String NATIVE = "testers-safe-passwords";

    @Inject
    EntityManager em;
    @Inject
    PublishedPackages published;
    @ConfigProperty(name = "hocvu.content.dir")
    Path store;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    static Path nativeZip() throws IOException {
        Path zip = Files.createTempFile("native-", ".zip");
        Zips.create(zip).addFolder(Path.of("src/test/resources/content/native/valid")).close();
        return zip;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "partner-a", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-a"))
    void aPartnerUploadsANativePackageAsADraft() throws IOException {
        given().multiPart("file", nativeZip().toFile(), "application/zip").when().post(PACKAGES)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/packages/" + NATIVE + "/versions/1.0.0"))
                .body("status", equalTo("draft"))
                .body("organisation", equalTo("org-a"))
                .body("report.size()", equalTo(0))
                .body("activityId", containsString("/xapi/activities/"))
                .body("history[0].action", equalTo("uploaded"));
        given().multiPart("file", nativeZip().toFile(), "application/zip").header("Accept-Language", "en")
                .when().post(PACKAGES).then().statusCode(409).body("message", containsString("raise the version"));
        given().when().get(PACKAGES).then().statusCode(200).body("items.packageId", hasItem(NATIVE));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "partner-a", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-a"))
    void thePartnerSubmitsIt() {
        given().contentType(ContentType.JSON).body("{\"comment\":\"sẵn sàng\"}")
                .when().post(PACKAGES + "/" + NATIVE + "/versions/1.0.0/submit")
                .then().statusCode(200).body("status", equalTo("submitted"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "reviewer-r", roles = "reviewer")
    void aReviewerApprovesItAndTheCatalogListsIt() {
        given().queryParam("status", "submitted").when().get(PACKAGES)
                .then().statusCode(200).body("items.packageId", hasItem(NATIVE));
        given().contentType(ContentType.JSON).body("{}").header("Accept-Language", "en")
                .when().post(PACKAGES + "/" + NATIVE + "/versions/1.0.0/reject")
                .then().statusCode(400).body("field", equalTo("comment"));
        given().contentType(ContentType.JSON).body("{\"comment\":\"Tốt\"}")
                .when().post(PACKAGES + "/" + NATIVE + "/versions/1.0.0/approve")
                .then().statusCode(200).body("status", equalTo("published"))
                .body("history.action", org.hamcrest.Matchers.contains("uploaded", "submitted", "approved"))
                .body("history[2].actor", equalTo("reviewer-r"))
                .body("history[2].comment", equalTo("Tốt"));
        given().queryParam("group", "testers").queryParam("competency", "T2.1").queryParam("level", "CB").queryParam("language", "en")
                .when().get("/api/v1/catalog").then().statusCode(200)
                .body("items.packageId", hasItem(NATIVE))
                .body("items.find { it.packageId == '" + NATIVE + "' }.lessons[0].activityId", containsString("/lessons/mat-khau-manh"));
        given().queryParam("group", "citizens").when().get("/api/v1/catalog")
                .then().statusCode(200).body("items.packageId", not(hasItem(NATIVE)));
        assertTrue(published.isPublished(NATIVE), "the plugin context learns the package is published");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "partner-b", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-b"))
    void anotherOrganisationSeesNothingOfItAndCannotAddVersions() throws IOException {
        given().when().get(PACKAGES + "/" + NATIVE + "/versions/1.0.0").then().statusCode(404);
        given().when().get(PACKAGES).then().statusCode(200).body("items.packageId", not(hasItem(NATIVE)));
        given().multiPart("file", nativeZip().toFile(), "application/zip").when().post(PACKAGES).then().statusCode(403);
    }

    @Test
    @Order(5)
    void itsFilesAreServedApartWithAStrictPolicy() {
        String base = given().queryParam("group", "testers").when().get("/api/v1/catalog")
                .then().statusCode(200).extract().path("items.find { it.packageId == '" + NATIVE + "' }.contentBase");
        given().when().get(base + "lessons/mat-khau-manh.vi.html").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", startsWith("sandbox;"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", containsString("immutable"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<figcaption>Đặt mật khẩu mới</figcaption>"));
        given().when().get(base + "media/man-hinh.png").then().statusCode(200).contentType("image/png");
        given().when().get(base + "../../etc/passwd").then().statusCode(404);
    }

    @Test
    @Order(6)
    @TestSecurity(user = "partner-a", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-a"))
    void aZipSlipUploadIs422AndLeavesNoFileAndNoRow() throws IOException {
        long rows = versions();
        long blobs = files(store.resolve("blobs"));
        Path evil = Files.createTempFile("evil-", ".zip");
        Zips.create(evil).add("package.yaml", "id: evil-slip\nversion: 1.0.0\n")
                .add("../../../../../../../../tmp/hocvu-api-zip-slip.txt", "owned").close();
        given().multiPart("file", evil.toFile(), "application/zip").header("Accept-Language", "en")
                .when().post(PACKAGES).then().statusCode(422)
                .body("report[0].code", equalTo("content.zip.unsafe-path"))
                .body("report[0].message", containsString("Unsafe path"));
        assertFalse(Files.exists(Path.of("/tmp/hocvu-api-zip-slip.txt")));
        assertEquals(rows, versions());
        assertEquals(blobs, files(store.resolve("blobs")));
        assertEquals(0, files(store.resolve("work")), "the work area is empty again");
    }

    @Test
    @Order(7)
    @TestSecurity(user = "partner-a", roles = "content-partner")
    @OidcSecurity(claims = @Claim(key = "organisation", value = "org-a"))
    void aRealCmi5PackageUploadsAsADraftAndSharedFilesAreStoredOnce() {
        long blobs = files(store.resolve("blobs"));
        given().multiPart("file", Path.of("src/test/resources/content/cmi5/single_au_basic_framed.zip").toFile(), "application/zip")
                .when().post(PACKAGES).then().statusCode(201)
                .body("kind", equalTo("cmi5")).body("status", equalTo("draft"))
                .body("description.lessons.size()", equalTo(1));
        long afterFirst = files(store.resolve("blobs"));
        given().multiPart("file", Path.of("src/test/resources/content/cmi5/masteryscore_framed.zip").toFile(), "application/zip")
                .when().post(PACKAGES).then().statusCode(201).body("version", equalTo("1.0.0"));
        assertTrue(afterFirst - blobs <= 18, "at most one blob per file of the first course (fewer when kept from before)");
        // the second course shares its images, video and script with the first: at most its cmi5.xml is new
        assertTrue(files(store.resolve("blobs")) - afterFirst <= 1);
    }

    @Test
    @Order(0)
    void demoPackagesArePublishedAtStart() {
        given().queryParam("group", "testers").when().get("/api/v1/catalog")
                .then().statusCode(200).body("items.packageId", hasItem("testers-demo-passwords"))
                .body("items.find { it.packageId == 'testers-demo-passwords' }.publisher", equalTo("Nhóm kiểm thử HọcVụ"));
    }

    @Test
    @Order(8)
    void anUploadOverTheLimitIsAJson413StatingTheLimit() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + PACKAGES + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 209715200\r\n\r\n--x\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("application/json"), response);
            assertTrue(response.contains("limit of 64 MB"), response);
        }
    }

    @Transactional
    long versions() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM content_version").getSingleResult()).longValue();
    }

    static long files(Path folder) {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
