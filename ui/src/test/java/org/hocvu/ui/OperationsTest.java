package org.hocvu.ui;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/api/v1/units").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""));
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
