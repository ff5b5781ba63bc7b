package org.hocvu.ui.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.hocvu.ui.web.Forms;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The campaign admin's page: uploads with their report, a target and a responsibility through plain forms, the imports list. */
@QuarkusTest
class CampaignAdminPageTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** Phường Gò Công: only this test sets targets and responsibilities on it. */
    private static final String COMMUNE = "28306";

    @Test
    @TestSecurity(user = "manager-at-admin", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void managersDoNotAdministerTheCampaign() {
        given().get("/campaign/admin").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "campaign-at-admin", roles = "campaign-admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = "82"))
    void anAdminLoadsBaselinesSetsATargetAndAssignsAResponsibility() {
        Response form = given().get("/campaign/admin");
        form.then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""), containsString("Quản trị chiến dịch"));
        Matcher token = TOKEN.matcher(form.asString());
        assertTrue(token.find());
        byte[] csv = ("year,group,unit,population,old_unit\n2026,citizens," + COMMUNE + ",50,\n2026,citizens,,10,29995\n")
                .getBytes(StandardCharsets.UTF_8);
        given().cookies(form.getCookies()).multiPart("csrf-token", token.group(1)).multiPart("file", "dan-so.csv", csv, "text/csv")
                .post("/campaign/admin/baselines").then().statusCode(200)
                .body(containsString("id=\"import-report\""), containsString("Đã nạp 1 dòng"), containsString("1 dòng bị từ chối"),
                        containsString("29992"));
        given().cookies(form.getCookies()).multiPart("csrf-token", token.group(1)).multiPart("file", "", new byte[0], "text/csv")
                .post("/campaign/admin/figures").then().statusCode(400).body(containsString("id=\"admin-error\""));

        Forms.from("/campaign/admin", "vi").formParam("year", "2026").formParam("indicator", "citizens/passed-standard-test")
                .formParam("unit", COMMUNE).formParam("percent", "85").redirects().follow(false)
                .post("/campaign/admin/targets").then().statusCode(303);
        Forms.from("/campaign/admin", "vi").formParam("year", "2026").formParam("indicator", "citizens/passed-standard-test")
                .formParam("unit", COMMUNE).formParam("percent", "185")
                .post("/campaign/admin/targets").then().statusCode(400).body(containsString("0 đến 100"));
        Forms.from("/campaign/admin", "vi").formParam("year", "2026").formParam("indicator", "citizens/passed-standard-test")
                .formParam("unit", COMMUNE).formParam("organisation", "UBND phường Gò Công").formParam("person", "Võ Thị Sáu")
                .formParam("deadline", "2026-01-15").redirects().follow(false)
                .post("/campaign/admin/responsibilities").then().statusCode(303);

        given().get("/campaign/admin?unit=" + COMMUNE + "&done=responsibility").then().statusCode(200)
                .body(containsString("Đã phân công trách nhiệm"), containsString("Võ Thị Sáu"), containsString("class=\"overdue\""),
                        containsString("id=\"imports\""), containsString("Số người theo nhóm"));
        given().get("/api/v1/campaign/progress?year=2026&unit=" + COMMUNE).then().statusCode(200)
                .body(containsString("\"target\":85"));
    }
}
