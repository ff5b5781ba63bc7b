package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public IMS CASE 1.0 provider API: every exported URI resolves, failures answer imsx_StatusInfo. */
@QuarkusTest
class CaseProviderResourceTest {
    private static final String API = "/ims/case/v1p0/";
    private static final String FRENCH = "5a1e7f00-0d0c-4a11-9c3e-2b7d5e9f0a01";
    private static final String PROTECTING_DATA = "1fe00000-0000-4006-8000-000000000006";

    @ConfigProperty(name = "hocvu.base-url")
    String base;

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void everyUriAnExportGivesResolvesHere() throws Exception {
        importFrench();
        for (String key : List.of("hocvu-testers", FRENCH)) {
            JsonNode exported = CaseExchangeTest.JSON.readTree(given().when().get("/api/v1/frameworks/" + key + "/case")
                    .then().statusCode(200).extract().asString());
            List<String> uris = new ArrayList<>();
            collectUris(exported, uris);
            List<String> served = uris.stream().filter(u -> u.startsWith(base)).distinct().toList();
            assertTrue(served.size() > 10, key + ": " + served);
            for (String uri : served) {
                String path = "/" + uri.substring(base.length()).replaceFirst("#.*", "");
                given().when().get(path).then().statusCode(200);
            }
            assertEquals(List.of(), new CaseSchema().problems(exported), key);
        }
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void singleObjectsNameTheirDocumentAndPackage() throws Exception {
        importFrench();
        given().when().get(API + "CFDocuments/" + FRENCH).then().statusCode(200)
                .body("CFPackageURI.uri", equalTo(base + "ims/case/v1p0/CFPackages/" + FRENCH))
                .body("language", equalTo("fr"));
        given().when().get(API + "CFItems/" + PROTECTING_DATA).then().statusCode(200)
                .body("humanCodingScheme", equalTo("2.1"))
                .body("CFDocumentURI.identifier", equalTo(FRENCH));
        given().when().get(API + "CFItemAssociations/" + PROTECTING_DATA).then().statusCode(200)
                .body("CFItem.identifier", equalTo(PROTECTING_DATA))
                .body("CFAssociations.associationType", contains("isChildOf", "isChildOf", "exactMatchOf"));
        given().when().get(API + "CFItemTypes/7e000000-0000-4001-8000-000000000001").then().statusCode(200)
                .body("CFItemTypes.title", contains("Domaine", "Compétence"));
        given().when().get(API + "CFDocuments").then().statusCode(200)
                .body("CFDocuments.identifier", hasItem(StableIds.framework("hocvu-testers").toString()));
        given().queryParam("limit", 1).when().get(API + "CFDocuments").then().statusCode(200).body("CFDocuments", hasSize(1));
    }

    @Test
    void failuresAnswerTheBindingsStatusInfo() {
        given().header("Accept-Language", "en").when().get(API + "CFItems/0e0e0000-0000-4000-8000-00000000dead")
                .then().statusCode(404)
                .body("imsx_codeMajor", equalTo("failure")).body("imsx_severity", equalTo("error"))
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldName", equalTo("sourcedId"))
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("unknownobject"))
                .body("imsx_description", is("Unknown Object: there is no CFItems 0e0e0000-0000-4000-8000-00000000dead."));
        given().when().get(API + "CFRubrics/not-a-uuid").then().statusCode(404)
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("invaliduuid"));
        given().queryParam("limit", "many").when().get(API + "CFDocuments").then().statusCode(400)
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("invalid_selection_field"));
        given().queryParam("sort", "title").when().get(API + "CFDocuments").then().statusCode(400)
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("invalid_sort_field"));
    }

    private static void importFrench() throws Exception {
        given().contentType(ContentType.JSON)
                .body(CaseExchangeTest.resource("/case/opensalt-style-adult-digital-skills-fr.json").toString())
                .when().post("/api/v1/frameworks/case").then().statusCode(anyOf(is(201), is(409)));
    }

    private static void collectUris(JsonNode node, List<String> out) {
        node.fields().forEachRemaining(e -> {
            if (e.getKey().equals("uri") && e.getValue().isTextual()) {
                out.add(e.getValue().asText());
            }
        });
        node.elements().forEachRemaining(child -> collectUris(child, out));
    }
}
