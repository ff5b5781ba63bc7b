package org.hocvu.lms.shared;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/** Every failure of the JSON API has one body, {status, error, message[, field]}, whatever raised it. */
@QuarkusTest
class ApiErrorsTest {

    @Test
    void unreadableJsonUnknownPathsAndWrongMethodsAnswerTheSameBody() {
        errorBody(given().contentType(ContentType.JSON).body("{not json").put("/api/v1/me").then(), 401);
        errorBody(given().get("/api/v1/units/99999").then(), 404);
        errorBody(given().get("/api/v1/no-such-thing").then(), 404);
        errorBody(given().delete("/api/v1/units").then(), 405);
    }

    @Test
    @TestSecurity(user = "writer", roles = "learner")
    void refusalsOfASignedInPersonAnswerTheSameBody() {
        errorBody(given().contentType(ContentType.JSON).body("{not json").put("/api/v1/me").then(), 400);
        errorBody(given().contentType(ContentType.TEXT).body("plain").put("/api/v1/me").then(), 415);
        errorBody(given().contentType(ContentType.JSON).body("{}").post("/api/v1/units").then(), 403);
        errorBody(given().queryParam("q", "ha").queryParam("size", "many").get("/api/v1/units/search").then(), 400)
                .body("field", equalTo("size"));
    }

    private static ValidatableResponse errorBody(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType(ContentType.JSON)
                .body("status", equalTo(status))
                .body("error", not(emptyOrNullString()))
                .body("message", not(emptyOrNullString()));
    }
}
