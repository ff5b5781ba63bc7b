package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Importing through the API: keyed 400s naming the field, a stated 413, nothing stored on refusal, new versions. */
@QuarkusTest
@TestSecurity(user = "root", roles = "admin")
class CaseImportResourceTest {
    private static final String FRENCH = "5a1e7f00-0d0c-4a11-9c3e-2b7d5e9f0a01";
    private static final int LIMIT = 10 * 1024 * 1024;

    private static long frameworks() {
        return FrameworkRecord.count();
    }

    @Test
    void aBadFileIs400NamingTheFieldAndStoresNothing() throws Exception {
        ObjectNode file = (ObjectNode) CaseExchangeTest.resource("/case/external-adult-digital-skills.json");
        ((ObjectNode) file.get("CFDocument")).put("identifier", "0b0b0000-0000-4000-8000-000000000bad");
        ((ObjectNode) file.get("CFAssociations").get(3)).remove("associationType");
        long before = frameworks();
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(file.toString())
                .when().post("/api/v1/frameworks/case")
                .then().statusCode(400)
                .body("field", equalTo("CFAssociations[3].associationType"))
                .body("message", containsString("CFAssociations[3].associationType is missing"))
                .body("message", containsString("nothing was imported"));
        given().contentType(ContentType.JSON).body("{\"CFDocument\": {\"identifier\": 5}}")
                .when().post("/api/v1/frameworks/case")
                .then().statusCode(400).body("field", equalTo("CFDocument.identifier"))
                .body("message", containsString("CFDocument.identifier: phải là một chuỗi"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body("{\"CFDocument\": ")
                .when().post("/api/v1/frameworks/case")
                .then().statusCode(400).body("message", containsString("not valid JSON"));
        assertEquals(before, frameworks(), "nothing is stored on refusal");
    }

    @Test
    void aFileOverTheLimitIs413StatingIt() {
        byte[] big = new byte[LIMIT + 1];
        Arrays.fill(big, (byte) ' ');
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(big)
                .when().post("/api/v1/frameworks/case")
                .then().statusCode(413).body("message", containsString("10 MB")).body("status", equalTo(413));
        InputStream chunked = new ByteArrayInputStream(big);
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(chunked)
                .when().post("/api/v1/frameworks/case")
                .then().statusCode(413).body("message", containsString("10 MB"));
    }

    @Test
    void validCaseThatWasRefusedImportsAndANewVersionBecomesCurrent() throws Exception {
        ObjectNode v3 = (ObjectNode) CaseExchangeTest.resource("/case/opensalt-style-adult-digital-skills-fr.json");
        given().contentType(ContentType.JSON).body(v3.toString()).when().post("/api/v1/frameworks/case")
                .then().statusCode(201)
                .body("key", equalTo(FRENCH)).body("version", equalTo("3.0")).body("current", equalTo(true))
                .body("domains", equalTo(2)).body("items", equalTo(9)).body("rubrics", equalTo(1)).body("levels", equalTo(0))
                .body("warnings", hasSize(2));
        ObjectNode v31 = v3.deepCopy();
        ((ObjectNode) v31.get("CFDocument")).put("version", "3.1").put("lastChangeDateTime", "2025-06-01T00:00:00+00:00")
                .put("title", "Référentiel révisé");
        given().contentType(ContentType.JSON).body(v31.toString()).when().post("/api/v1/frameworks/case")
                .then().statusCode(201).body("version", equalTo("3.1")).body("current", equalTo(true));
        ObjectNode older = v3.deepCopy();
        ((ObjectNode) older.get("CFDocument")).put("version", "2.0").put("lastChangeDateTime", "2024-01-01T00:00:00+00:00");
        given().contentType(ContentType.JSON).body(older.toString()).when().post("/api/v1/frameworks/case")
                .then().statusCode(201).body("current", equalTo(false));
        given().when().get("/api/v1/frameworks/" + FRENCH).then().statusCode(200)
                .body("version", equalTo("3.1")).body("title", equalTo("Référentiel révisé"))
                .body("domains[0].competencies.code", hasItem("1.1.a.i"));
        given().queryParam("version", "3.0").when().get("/api/v1/frameworks/" + FRENCH).then().statusCode(200)
                .body("title", equalTo("Référentiel des compétences numériques des adultes"));
        given().contentType(ContentType.JSON).body(v31.toString()).when().post("/api/v1/frameworks/case")
                .then().statusCode(409);
        given().when().get("/ims/case/v1p0/CFDocuments/" + FRENCH).then().statusCode(200)
                .body("version", equalTo("3.1"));
    }

    @Test
    void anEmptyPackageImports() throws Exception {
        given().contentType(ContentType.JSON).body(CaseExchangeTest.resource("/case/empty-package.json").toString())
                .when().post("/api/v1/frameworks/case")
                .then().statusCode(201).body("items", equalTo(0));
    }
}
