package org.hocvu.lms.competency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.shared.CanonicalJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frameworks through the API: trees in both languages, CASE export for anyone, CASE import for admins. */
@QuarkusTest
class FrameworkResourceTest {
    private static final String EXTERNAL = "9b2f6c1e-3a47-4d8e-b1c5-0e7a2d4f6a10";

    @Inject
    CompetencyService competencies;
    @Inject
    EntityManager em;

    @Test
    void aPluginFrameworkIsATreeInEitherLanguage() {
        given().when().get("/api/v1/frameworks/hocvu-testers")
                .then().statusCode(200)
                .body("title", equalTo("Khung năng lực số cho người kiểm thử"))
                .body("domains.code", contains("T1", "T2"))
                .body("domains[0].competencies[0].levels.code", contains("CB", "TT"))
                .body("domains[0].competencies[0].levels[0].descriptor", equalTo("Tìm được thông tin đơn giản khi có hướng dẫn."))
                .body("domains[0].competencies[0].crosswalks.target", contains("vn-tt02-2025 1.1", "eu-digcomp-2.2 1.1"));
        given().queryParam("lang", "en").when().get("/api/v1/frameworks/hocvu-testers")
                .then().statusCode(200)
                .body("language", equalTo("en"))
                .body("domains[1].competencies[0].name", equalTo("Protecting passwords"));
        given().when().get("/api/v1/frameworks")
                .then().statusCode(200)
                .body("findAll { it.key == 'hocvu-testers' }.pluginId", contains("testers"));
    }

    @Test
    void anUnknownFrameworkIs404() {
        given().header("Accept-Language", "en").when().get("/api/v1/frameworks/nope")
                .then().statusCode(404).body("message", containsString("\"nope\""));
    }

    @Test
    void anyoneExportsACasePackage() {
        given().when().get("/api/v1/frameworks/hocvu-testers/case")
                .then().statusCode(200)
                .body("CFDocument.identifier", equalTo(StableIds.framework("hocvu-testers").toString()))
                .body("CFItems", hasSize(5))
                .body("CFAssociations.associationType", hasItem("exactMatchOf"))
                .body("CFRubrics[0].CFRubricCriteria", hasSize(4));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void importingOwnExportAgainIsAConflictNotADuplicate() {
        String exported = given().when().get("/api/v1/frameworks/hocvu-testers/case").then().statusCode(200)
                .extract().asString();
        importAs(exported).then().statusCode(409).body("message", containsString("1.0.0"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void anAdminImportsACaseFileMadeElsewhere() throws IOException {
        String body;
        try (InputStream in = getClass().getResourceAsStream("/case/external-adult-digital-skills.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/frameworks/case")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/frameworks/" + EXTERNAL))
                .body("domains", equalTo(2))
                .body("competencies", equalTo(4))
                .body("crosswalks", equalTo(2))
                .body("current", equalTo(true))
                .body("warnings", hasSize(0));
        given().when().get("/api/v1/frameworks/" + EXTERNAL)
                .then().statusCode(200)
                .body("title", equalTo("Essential Digital Skills for Adults"))
                .body("domains[1].competencies.code", contains("EDS.S.1", "EDS.S.2"));
        given().when().get("/api/v1/frameworks/" + EXTERNAL + "/case")
                .then().statusCode(200)
                .body("CFDocument.identifier", equalTo(EXTERNAL))
                .body("CFDocument.language", equalTo("en"))
                .body("CFItems.identifier", hasItem("c1a0b2d3-0006-4e5f-8a9b-112233445506"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/frameworks/case")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"CFDocument\": {\"identifier\": \"nope\", \"title\": \"x\"}}")
                .when().post("/api/v1/frameworks/case")
                .then().statusCode(400).body("message", containsString("must be a UUID"));
    }

    @Test
    @TestSecurity(user = "campaigner", roles = "campaign-admin")
    void onlyAdminsImport() {
        importAs("{}").then().statusCode(403);
    }

    @Test
    void anonymousCannotImport() {
        importAs("{}").then().statusCode(401);
    }

    @Test
    void reloadingChangesNothingAndANewVersionKeepsTheOld() {
        Framework v1 = competencies.get("hocvu-testers", null);
        Framework same = new Framework("versioning-test", v1.version(), StableIds.framework("versioning-test"),
                v1.title(), v1.description(), v1.source(), v1.lastChange(), null, v1.levels(), v1.domains());
        competencies.registerPluginFramework("versioning", same, hash("source-of-1.0.0"));
        competencies.registerPluginFramework("versioning", same, hash("source-of-1.0.0"));
        Framework.Domain only = same.domains().get(0);
        Framework v2 = new Framework(same.key(), "2.0.0", same.identifier(), same.title(), same.description(),
                same.source(), "2026-01-01T00:00:00Z", null, same.levels(), List.of(only));
        competencies.registerPluginFramework("versioning", v2, hash("source-of-2.0.0"));

        assertEquals("2.0.0", competencies.get("versioning-test", null).version());
        assertEquals(5, competencies.storedCodes("versioning-test", "1.0.0"), "old codes stay for old results");
        assertEquals(3, competencies.storedCodes("versioning-test", "2.0.0"));
        given().when().get("/api/v1/frameworks").then()
                .body("findAll { it.key == 'versioning-test' }.version", contains("1.0.0", "2.0.0"))
                .body("findAll { it.key == 'versioning-test' }.current", contains(false, true));

        Framework changedWithoutNewVersion = new Framework(same.key(), "2.0.0", same.identifier(), same.title(),
                same.description(), same.source(), "2026-02-01T00:00:00Z", null, same.levels(), same.domains());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> competencies.registerPluginFramework("versioning", changedWithoutNewVersion, hash("changed-source-of-2.0.0")));
        assertTrue(refused.getMessage().contains("raise its 'version'"));
    }

    @Test
    void aVersionStoredBeforeSourceHashesAdoptsItsSourceHashOnce() {
        Framework v1 = competencies.get("hocvu-testers", null);
        Framework legacy = new Framework("legacy-hash-test", "1.0.0", StableIds.framework("legacy-hash-test"),
                v1.title(), v1.description(), v1.source(), v1.lastChange(), null, v1.levels(), v1.domains());
        competencies.registerPluginFramework("legacy", legacy, hash("source-hash"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE competency_framework SET hash_basis = 'java-rendering', content_hash = 'rendered' WHERE framework_key = 'legacy-hash-test'")
                .executeUpdate());
        competencies.registerPluginFramework("legacy", legacy, hash("source-hash"));
        assertThrows(IllegalStateException.class, () -> competencies.registerPluginFramework("legacy", legacy, hash("another-source")),
                "once adopted, the source hash is the version's identity");
    }

    /** A source's hash as the plugin loader takes it (64 hex digits, as the column holds). */
    private static String hash(String source) {
        return CanonicalJson.sha256(java.util.Map.of("source", source));
    }

    private static io.restassured.response.Response importAs(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/frameworks/case");
    }
}
