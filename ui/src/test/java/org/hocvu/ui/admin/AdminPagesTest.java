package org.hocvu.ui.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hocvu.ui.web.Forms;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The admin area's refusals without a browser: who may open what, and bad input said plainly, kept as typed. */
@QuarkusTest
class AdminPagesTest {

    @Test
    @TestSecurity(user = "learner-at-admin", roles = "learner")
    void learnersOpenNoAdminPage() {
        for (String path : new String[] {"/admin", "/admin/units", "/admin/people", "/admin/credentials", "/admin/frameworks"}) {
            given().when().get(path).then().statusCode(403).body(containsString("Quản trị"));
        }
    }

    @Test
    @TestSecurity(user = "campaign-at-admin", roles = "campaign-admin")
    void campaignAdminsKeepUnitsButNotKeysOrPeople() {
        given().when().get("/admin").then().statusCode(200)
                .body(containsString("href=\"/admin/units\""), not(containsString("href=\"/admin/people\"")));
        given().when().get("/admin/credentials").then().statusCode(403);
        given().when().get("/admin/people").then().statusCode(403);
        Forms.from("/admin/units?unit=28249", "vi").formParam("parentCode", "28249").formParam("name", "  ")
                .formParam("kind", "ấp")
                .when().post("/admin/units").then().statusCode(400)
                .body(containsString("Hãy nhập tên đơn vị"), containsString("value=\"ấp\""));
        Forms.from("/admin/units?unit=82", "en").formParam("parentCode", "82").formParam("name", "Ấp X").formParam("kind", "ấp")
                .when().post("/admin/units").then().statusCode(400).body(containsString("province"));
        Forms.from("/admin/units?unit=28249", "vi").formParam("name", "Phường Mới")
                .when().post("/admin/units/28249").then().statusCode(400).body(containsString("chính thức"));
    }

    @Test
    @TestSecurity(user = "admin-at-admin", roles = "admin")
    void anLrsKeyWithoutANameIsRefusedAsTyped() {
        Forms.from("/admin/credentials", "en").formParam("name", " ").formParam("scopes", "statements/read")
                .when().post("/admin/credentials").then().statusCode(400)
                .body(containsString("aria-invalid=\"true\""), containsString("value=\"statements/read\" checked"));
        Forms.from("/admin/credentials", "vi").when().post("/admin/credentials/not-a-key/revoke").then().statusCode(404)
                .body(containsString("Không có khóa này"));
        given().when().get("/admin/frameworks").then().statusCode(200).body(containsString("type=\"file\""));
    }
}
