package org.hocvu.ui.profile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.hocvu.ui.web.Forms;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "About me" without a browser (and so without JavaScript): one form, one save; a search, a result
 * page or a refused save shows every field as typed; a province is not a learner's unit.
 */
@QuarkusTest
class ProfilePageTest {
    private static RequestSpecification form(String language) {
        return Forms.from("/me", language);
    }

    @Test
    @TestSecurity(user = "one-form", roles = "learner")
    void theWholeProfileIsOneFormWithOneSave() {
        String page = given().when().get("/me").then().statusCode(200).extract().asString();
        String main = page.substring(page.indexOf("<main"));
        assertEquals(1, main.split("<form").length - 1, "one form in the page's content");
        assertEquals(1, main.split("id=\"me-save\"").length - 1, "one save button");

        form("vi").formParam("displayName", "Trần Văn Bình").formParam("targetGroups", "citizens")
                .when().post("/me").then().statusCode(303);
        given().when().get("/me").then().statusCode(200)
                .body(containsString("value=\"Trần Văn Bình\""), containsString("id=\"group-citizens\" value=\"citizens\" checked"))
                .body(containsString("<span class=\"who-name\">Trần Văn Bình</span>"));
    }

    @Test
    @TestSecurity(user = "typist", roles = "learner")
    void searchingKeepsWhatWasTypedAndLabelsFormerNames() {
        form("vi").formParam("displayName", "Lê Thị Hoa  ").formParam("targetGroups", "farmers")
                .formParam("q", "xã mỹ tân").formParam("page", "0")
                .when().post("/me/search").then().statusCode(200)
                .body(containsString("value=\"Lê Thị Hoa  \""), containsString("id=\"group-farmers\" value=\"farmers\" checked"))
                .body(containsString("value=\"xã mỹ tân\""), containsString("Phường Mỹ Ngãi, Tỉnh Đồng Tháp"))
                .body(containsString("trước đây: Xã Mỹ Tân, Thành phố Cao Lãnh, Tỉnh Đồng Tháp"));
    }

    @Test
    @TestSecurity(user = "pager", roles = "learner")
    void resultsArePagedAndAnEmptySearchSaysWhatToTry() {
        form("vi").formParam("q", "phuong").formParam("page", "1")
                .when().post("/me/search").then().statusCode(200)
                .body(containsString("trang 2/"), containsString("name=\"page\" value=\"0\">← Trang trước"),
                        containsString("name=\"page\" value=\"2\">Trang sau →"));
        form("vi").formParam("q", "khong co xa nao ten nay").when().post("/me/search").then().statusCode(200)
                .body(containsString("Không tìm thấy đơn vị nào có tên"), containsString("Hãy thử"));
        form("en").formParam("q", "dao thanh, dong thap").when().post("/me/search").then().statusCode(200)
                .body(containsString("Found 1 unit"), not(containsString("Found 1 units")));
    }

    @Test
    @TestSecurity(user = "refused", roles = "learner")
    void aRefusedSaveKeepsEveryFieldAndSaysWhatToDo() {
        form("vi").formParam("displayName", "   ").formParam("unitCode", "28249").formParam("targetGroups", "farmers")
                .formParam("q", "dao thanh")
                .when().post("/me").then().statusCode(400)
                .body(containsString("Hãy nhập họ và tên"), containsString("aria-invalid=\"true\""))
                .body(containsString("id=\"unit-28249\" value=\"28249\" checked"))
                .body(containsString("id=\"group-farmers\" value=\"farmers\" checked"))
                .body(containsString("href=\"#displayName\""));
        form("en").formParam("displayName", "Phạm Minh").formParam("unitCode", "82")
                .when().post("/me").then().statusCode(400)
                .body(containsString("whole province"), containsString("value=\"Phạm Minh\""));
        // nothing of the refused saves was stored
        given().when().get("/me").then().body(not(containsString("Phạm Minh")), not(containsString("unit-keep")));
    }

    @Test
    @TestSecurity(user = "lost", roles = "learner")
    void aSignedInPersonKeepsTheirHeaderOnErrorPages() {
        given().when().get("/no-such-page").then().statusCode(404)
                .body(containsString("Không tìm thấy trang"), containsString("who-name"), containsString("Đăng xuất"),
                        containsString("href=\"/me\""));
        given().when().get("/test-only/broken-page").then().statusCode(500)
                .body(containsString("who-name"), containsString("Đăng xuất"));
    }
}
