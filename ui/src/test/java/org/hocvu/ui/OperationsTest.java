package org.hocvu.ui;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The assembled application answers what operations need: health, metrics, API docs. */
@QuarkusTest
class OperationsTest {
    @Test
    void healthIsUpWithTheDatabaseChecked() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void metricsAreNotPublicButPrometheusFindsThemOnLoopback() {
        given().when().get("/api/v1/units").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(404);
        given().port(managementPort).when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""));
    }

    @Test
    void swaggerUiLoadsEverythingItAsksForAndListsOnlyTheApisSchemas() {
        String page = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        Matcher linked = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(page);
        while (linked.find()) {
            String url = linked.group(1).startsWith("/") ? linked.group(1) : "/q/swagger-ui/" + linked.group(1);
            given().when().get(url).then().statusCode(200);
        }
        given().when().get("/favicon.ico").then().statusCode(200).contentType("image/png");
        Map<String, Object> schemas = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("components.schemas");
        List<String> foreign = schemas.keySet().stream()
                // the profile page's own records and the layout's; the API's views have names of their own
                .filter(name -> name.contains("Template") || java.util.Set.of("ProfileForm", "ProfileView", "GroupChoice",
                        "UnitChoice", "Chrome").contains(name))
                .toList();
        assertEquals(List.of(), foreign, "schemas the pages brought into the API's description: " + schemas.keySet());
    }

    @Test
    void textIsServedAsUtf8() {
        for (String path : List.of("/sw.js", "/manifest.webmanifest", "/offline", "/")) {
            given().when().get(path).then().statusCode(200).contentType(containsStringIgnoringCase("charset=utf-8"));
        }
    }

    @Test
    void openApiDescribesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/me'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/units/search'", org.hamcrest.Matchers.notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
