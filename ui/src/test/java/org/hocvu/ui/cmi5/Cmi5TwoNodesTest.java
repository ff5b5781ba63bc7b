package org.hocvu.ui.cmi5;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two application instances over one database: this test's own (the @QuarkusTest, node A) and the
 * packaged application ({@code ui/target/quarkus-app}, node B, port 8087) started beside it against
 * the same PostgreSQL and Keycloak. A launch's one-time token fetched on one node is refused on the
 * other, whichever comes first, and the token the one node gave opens the other node's LRS.
 * Heavy (a second application starts), so it runs only when asked, after packaging:
 * {@code ./mvnw -pl ui -am package -DskipTests}, then
 * {@code ./mvnw -pl ui -am verify -Dtest=Cmi5TwoNodesTest -Dhocvu.two-nodes=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("two-nodes")
@EnabledIfSystemProperty(named = "hocvu.two-nodes", matches = "true")
class Cmi5TwoNodesTest {
    private static final int SECOND_PORT = 8087;
    private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");
    private static Process second;

    @BeforeAll
    static void startTheSecondNode() throws Exception {
        assertTrue(Files.exists(APP), "package the application first: " + APP.toAbsolutePath());
        var config = ConfigProvider.getConfig();
        ProcessBuilder node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", APP.toAbsolutePath().toString());
        Map<String, String> env = node.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(SECOND_PORT));
        env.put("QUARKUS_MANAGEMENT_PORT", "1" + SECOND_PORT);
        // nodes of one deployment share the public address: it names the activities a session's token is bound to
        env.put("HOCVU_BASE_URL", config.getOptionalValue("hocvu.base-url", String.class).orElse("http://localhost:8080/"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.getValue("quarkus.datasource.username", String.class));
        env.put("QUARKUS_DATASOURCE_PASSWORD", config.getValue("quarkus.datasource.password", String.class));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", KeycloakTestResource.realmUrl());
        env.put("HOCVU_CONTENT_DIR", Path.of(config.getValue("hocvu.content.dir", String.class)).toAbsolutePath().toString());
        env.put("HOCVU_CAMPAIGN_DEMO_UNIT", "none");
        Path log = Files.createTempFile("hocvu-node-b-", ".log");
        node.redirectErrorStream(true).redirectOutput(log.toFile());
        second = node.start();
        Instant until = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(until)) {
            if (!second.isAlive()) {
                fail("the second node stopped: " + Files.readString(log));
            }
            try {
                if (given().redirects().follow(false).get("http://localhost:" + SECOND_PORT + "/").statusCode() < 500) {
                    return;
                }
            } catch (Exception notYet) {
                // still starting: the connection is refused (RestAssured throws it unchecked)
            }
            Thread.sleep(2000);
        }
        fail("the second node did not start within 10 minutes: " + Files.readString(log));
    }

    @AfterAll
    static void stopTheSecondNode() throws InterruptedException {
        if (second != null) {
            second.destroy();
            second.waitFor();
        }
    }

    @Test
    void aTokenFetchedOnOneNodeIsRefusedOnTheOther() throws IOException {
        String[] course = Cmi5Courses.publish(Cmi5Courses.zip(Cmi5Courses.RULES_COURSE));
        for (boolean secondFirst : new boolean[]{true, false}) {
            Map<String, String> launch = launch(course);
            String onA = launch.get("fetch");
            String onB = onA.replaceFirst("//localhost:\\d+/", "//localhost:" + SECOND_PORT + "/");
            String token = given().post(secondFirst ? onB : onA).then().statusCode(200)
                    .body("'auth-token'", notNullValue()).extract().path("auth-token");
            given().post(secondFirst ? onA : onB).then()
                    .body("'auth-token'", nullValue()).body("'error-code'", equalTo("1"));
            // the token one node gave opens the other node's LRS for the session's LaunchData
            String lrs = "http://localhost:" + (secondFirst ? URI.create(onA).getPort() : SECOND_PORT);
            given().header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3")
                    .queryParam("activityId", launch.get("activityId")).queryParam("agent", launch.get("actor"))
                    .queryParam("registration", launch.get("registration")).queryParam("stateId", "LMS.LaunchData")
                    .get(lrs + "/xapi/activities/state").then().statusCode(200).body("launchMode", equalTo("Normal"));
        }
    }

    /** The demo learner launches the first AU on node A; the launch URL's parameters. */
    private static Map<String, String> launch(String[] course) {
        String url = Cmi5Courses.as("learner").contentType(ContentType.JSON)
                .body(Map.of("packageId", course[0], "version", course[1], "auIndex", 0))
                .post("/api/v1/cmi5/launches").then().statusCode(201).extract().path("url");
        Map<String, String> params = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }
}
