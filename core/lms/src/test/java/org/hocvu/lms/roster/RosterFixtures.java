package org.hocvu.lms.roster;

import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;

/** Uploading enrolment files and waiting for their jobs, as a page or a script would. */
final class RosterFixtures {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Usernames new in every run: the tests' Keycloak keeps its people while the JVM runs. */
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private RosterFixtures() {
    }

    static byte[] utf8(String csv, boolean bom) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return text;
        }
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    static ValidatableResponse upload(byte[] file, String field, String target) {
        return given().multiPart("file", "danh-sach.csv", file, "text/csv").multiPart(field, target)
                .when().post("/api/v1/enrolment-jobs").then();
    }

    /** Polls the job until it is finished (or fails the test after a minute). */
    static ValidatableResponse finished(String jobId) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            String state = given().when().get("/api/v1/enrolment-jobs/" + jobId).then().statusCode(200).extract().path("state");
            if ("done".equals(state) || "failed".equals(state)) {
                return given().when().get("/api/v1/enrolment-jobs/" + jobId).then();
            }
            pause(200);
        }
        throw new AssertionError("enrolment job " + jobId + " did not finish within a minute");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
