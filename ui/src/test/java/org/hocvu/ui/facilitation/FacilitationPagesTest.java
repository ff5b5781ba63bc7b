package org.hocvu.ui.facilitation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.hocvu.testkit.keycloak.Tokens;
import org.hocvu.testkit.quarkus.KeycloakTestResource;
import org.hocvu.ui.web.Forms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facilitator's pages in the assembled application, without a browser: who may open them, what
 * /facilitate shows after a batch from the notebook, the account code and /claim (the claimed account
 * signs in at Keycloak), the managers' overview within their unit only, the service worker's scope.
 */
@QuarkusTest
class FacilitationPagesTest {
    /** The demo facilitator's commune; the province above it. */
    static final String COMMUNE = "28249";
    static final String PROVINCE = "82";
    private static final Pattern CODE = Pattern.compile("id=\"claim-code\"><strong>([^<]+)</strong>");

    @Test
    @TestSecurity(user = "learner-at-facilitation", roles = "learner")
    void learnersOpenNoneOfTheTeamsPages() {
        given().get("/facilitate").then().statusCode(403);
        given().get("/facilitate/app").then().statusCode(403);
        given().get("/facilitate/data/device-key").then().statusCode(403);
        given().get("/facilitate/overview").then().statusCode(403);
        given().get("/facilitate/conflicts").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "facilitator-pages", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aBatchFromTheNotebookShowsOnTheFacilitatorsPageAndThePersonClaimsTheirAccount() {
        UUID session = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        String name = "Lê Thị Thử " + person.toString().substring(0, 6);
        List<Map<String, Object>> operations = List.of(
                Map.of("kind", "session", "id", session.toString(), "body", Map.of("unitCode", COMMUNE,
                        "startsAt", "2099-05-20T01:00:00Z", "place", "Nhà văn hóa ấp 1",
                        "topic", topic(), "team", List.of("facilitator-pages"))),
                Map.of("kind", "registration", "id", person.toString(), "body", Map.of("fullName", name,
                        "birthYear", 1958, "unitCode", COMMUNE, "groups", List.of("citizens"),
                        "consent", Map.of("given", true, "textVersion", "2026-1", "readAloud", true))),
                Map.of("kind", "attendance", "id", session + "/" + person,
                        "body", Map.of("sessionId", session.toString(), "learnerId", person.toString())));
        given().contentType(ContentType.JSON).body(Map.of("operations", operations)).post("/facilitate/data/sync")
                .then().statusCode(200).body("results.status", equalTo(List.of("applied", "applied", "applied")));
        given().contentType(ContentType.JSON).body(Map.of("operations", operations)).post("/facilitate/data/sync")
                .then().statusCode(200).body("results.status", not(containsString("applied")));

        given().get("/facilitate").then().statusCode(200)
                .body(containsString(name), containsString("Nhà văn hóa ấp 1"), containsString("href=\"/facilitate/app\""),
                        containsString("/facilitate/people/" + person + "/claim-code"), containsString("data-t-queue-count="));

        String page = Forms.from("/facilitate", "vi").post("/facilitate/people/" + person + "/claim-code")
                .then().statusCode(200).body(containsString(name)).extract().asString();
        Matcher code = CODE.matcher(page);
        assertTrue(code.find(), "the code is on the page, big: " + page);
        String username = "claimed-" + person.toString().substring(0, 8);
        Forms.from("/claim", "vi").formParam("code", code.group(1)).formParam("username", username)
                .formParam("password", "mat-khau-rieng-1").post("/claim")
                .then().statusCode(200).body(containsString("id=\"claimed\""), containsString(username));
        assertFalse(Tokens.passwordGrant(KeycloakTestResource.realmUrl(), username, "mat-khau-rieng-1").isBlank(),
                "the claimed account signs in");
        Forms.from("/claim", "vi").formParam("code", code.group(1)).formParam("username", username + "-again")
                .formParam("password", "mat-khau-rieng-1").post("/claim")
                .then().statusCode(not(equalTo(200))).body(containsString("id=\"claim-error\""));
    }

    @Test
    @TestSecurity(user = "facilitator-conflicts", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aPersonRegisteredTwiceIsShownForMergingAndSettledWithPlainForms() {
        String twice = "Võ Văn Hai " + UUID.randomUUID().toString().substring(0, 6);
        String distinct = "Đỗ Thị Ba " + UUID.randomUUID().toString().substring(0, 6);
        List<String> statuses = sync(registration(UUID.randomUUID(), twice), registration(UUID.randomUUID(), twice),
                registration(UUID.randomUUID(), distinct), registration(UUID.randomUUID(), distinct));
        assertEquals(List.of("applied", "conflict", "applied", "conflict"), statuses);

        String page = given().get("/facilitate/conflicts").then().statusCode(200)
                .body(containsString(twice), containsString(distinct)).extract().asString();
        Matcher merge = Pattern.compile("action=\"(/facilitate/conflicts/[0-9a-f-]{36})/merge\"").matcher(page);
        assertTrue(merge.find(), "each conflict has its forms: " + page);
        String first = merge.group(1);
        String second = first;
        while (second.equals(first) && merge.find()) {
            second = merge.group(1);
        }
        Matcher keep = Pattern.compile("name=\"keep\" value=\"([0-9a-f-]{36})\"").matcher(page.substring(page.indexOf(first)));
        assertTrue(keep.find());
        Forms.from("/facilitate/conflicts", "vi").formParam("keep", keep.group(1)).post(first + "/merge")
                .then().statusCode(303).header("Location", containsString("/facilitate/conflicts?merged="));
        Forms.from("/facilitate/conflicts", "en").post(second + "/distinct")
                .then().statusCode(303).header("Location", containsString("/facilitate/conflicts?distinct=1"));
        given().header("Accept-Language", "en").get("/facilitate/conflicts?distinct=1").then().statusCode(200)
                .body(containsString("id=\"conflict-notice\""), not(containsString(first + "/merge")),
                        not(containsString(second + "/distinct")));
        Forms.from("/facilitate/conflicts", "vi").post(second + "/distinct").then().statusCode(not(equalTo(500)));
    }

    @Test
    @TestSecurity(user = "facilitator-shell", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void theNotebookShellHoldsTheConsentTextAndTheScriptsButNoOnesData() {
        given().header("Accept-Language", "en").get("/facilitate/app").then().statusCode(200)
                .body(containsString("id=\"register-consent\""), containsString("Who sees it"),
                        containsString("data-consent-version=\"2026-1\""), containsString("facilitation-vault."),
                        containsString("<noscript>"));
        given().get("/facilitate/app").then().body(containsString("Người xem được"));
        given().get("/facilitate/data/device-key").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void theServiceWorkerControlsTheFacilitatorPagesAndKeepsTheShell() {
        given().get("/facilitate/sw.js").then().statusCode(200).header("Service-Worker-Allowed", "/facilitate")
                .contentType(containsString("javascript")).body(containsString("'/facilitate/app'"), containsString("/assets/facilitation."));
    }

    @Test
    void claimingNeedsACodeThatExists() {
        given().get("/claim").then().statusCode(200).body(containsString("id=\"claim-form\""));
        Forms.from("/claim", "vi").formParam("code", "").formParam("username", "ai-do").formParam("password", "12345678")
                .post("/claim").then().statusCode(400).body(containsString("id=\"claim-error\""), containsString("ai-do"));
        int status = Forms.from("/claim", "en").formParam("code", "NOPE-NOPE").formParam("username", "nobody-" + UUID.randomUUID().toString().substring(0, 8))
                .formParam("password", "12345678").post("/claim").then().body(containsString("id=\"claim-error\""))
                .extract().statusCode();
        assertTrue(status >= 400 && status < 500, "a wrong code is the person's mistake, not the server's: " + status);
    }

    @Test
    @TestSecurity(user = "manager-of-teams", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aManagerSeesTheTeamsOfTheirUnitAndNothingAbove() {
        given().get("/facilitate/overview").then().statusCode(200)
                .body(containsString("name=\"unit\" value=\"" + COMMUNE + "\""));
        given().get("/facilitate/overview?unit=" + PROVINCE).then().statusCode(403)
                .body(containsString("id=\"facilitation-error\""));
        given().get("/facilitate").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "facilitator-not-manager", roles = "facilitator")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aFacilitatorDoesNotOpenTheOverview() {
        given().get("/facilitate/overview").then().statusCode(403);
        given().get("/facilitate/conflicts").then().statusCode(200).body(containsString("Đăng ký có thể trùng người"), not(containsString("facilitation-error")));
    }

    private static Map<String, Object> registration(UUID id, String name) {
        return Map.of("kind", "registration", "id", id.toString(), "body", Map.of("fullName", name, "birthYear", 1950,
                "unitCode", COMMUNE, "groups", List.of("citizens"),
                "consent", Map.of("given", true, "textVersion", "2026-1", "readAloud", true)));
    }

    @SafeVarargs
    private static List<String> sync(Map<String, Object>... operations) {
        return given().contentType(ContentType.JSON).body(Map.of("operations", List.of(operations)))
                .post("/facilitate/data/sync").then().statusCode(200).extract().jsonPath().getList("results.status");
    }

    private static Map<String, String> topic() {
        List<Map<String, Object>> skills = given().get("/facilitate/data/offline-copy").then().statusCode(200)
                .extract().jsonPath().getList("topics");
        assertFalse(skills.isEmpty(), "sessions have topics to choose from");
        Map<String, Object> first = skills.get(0);
        assertEquals(2, List.of(first.get("kind"), first.get("id")).stream().filter(v -> v != null).count());
        return Map.of("kind", String.valueOf(first.get("kind")), "id", String.valueOf(first.get("id")));
    }
}
