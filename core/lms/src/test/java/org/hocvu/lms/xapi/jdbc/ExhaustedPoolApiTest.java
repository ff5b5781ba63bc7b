package org.hocvu.lms.xapi.jdbc;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hocvu.lms.shared.DatabaseBusy;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A connection pool with nothing free in time answers 503 with Retry-After and a message in the caller's language, never 500. */
@QuarkusTest
class ExhaustedPoolApiTest {

    @Test
    void theRealAgroalTimeoutIsRecognised() {
        assertTrue(DatabaseBusy.is(new SqlFailure(ExhaustedPoolProbe.acquisitionTimeout())));
    }

    @Test
    void anExhaustedPoolAnswers503WithRetryAfterInVietnameseAndEnglish() {
        for (String path : new String[]{"sql", "hibernate"}) {
            given().get("/api/v1/test-only/exhausted-pool/" + path).then().statusCode(503)
                    .contentType(ContentType.JSON)
                    .header("Retry-After", String.valueOf(DatabaseBusy.RETRY_AFTER_SECONDS))
                    .body("status", equalTo(503))
                    .body("message", containsString("thử lại sau " + DatabaseBusy.RETRY_AFTER_SECONDS + " giây"));
            given().header("Accept-Language", "en").get("/api/v1/test-only/exhausted-pool/" + path).then().statusCode(503)
                    .body("message", containsString("try again in " + DatabaseBusy.RETRY_AFTER_SECONDS + " seconds"));
        }
    }

    @Test
    void anyOtherDatabaseFailureStaysA500() {
        given().get("/api/v1/test-only/exhausted-pool/other-failure").then().statusCode(500)
                .contentType(ContentType.JSON).body("status", equalTo(500));
    }
}
