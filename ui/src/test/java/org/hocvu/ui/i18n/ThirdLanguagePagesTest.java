package org.hocvu.ui.i18n;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.matcher.RestAssuredMatchers.detailedCookie;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Khmer, added as a campaign would: {@code hocvu.languages=vi,en,km} in this module's test
 * configuration and partial fixture bundles, no code. It is in the switch, named in itself; pages
 * and the API speak it; whatever it lacks is in Vietnamese.
 */
@QuarkusTest
class ThirdLanguagePagesTest {

    @Test
    void theSwitchOffersEveryConfiguredLanguageNamedInItself() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("lang=\"vi\" hreflang=\"vi\" aria-current=\"true\">Tiếng Việt</a>"),
                        containsString("lang=\"en\" hreflang=\"en\">English</a>"),
                        containsString("href=\"/language/km?next=%2F\" lang=\"km\" hreflang=\"km\">ភាសាខ្មែរ</a>"));
        given().redirects().follow(false).when().get("/language/km")
                .then().statusCode(303).cookie("hocvu-lang", detailedCookie().value("km"));
    }

    @Test
    void pagesSpeakKhmerAndWhatItLacksIsVietnamese() {
        given().cookie("hocvu-lang", "km").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"km\">"),
                        containsString("<h1>រៀនជំនាញឌីជីថលជាមួយ HọcVụ</h1>"),
                        containsString("aria-current=\"true\">ភាសាខ្មែរ</a>"),
                        containsString("Miễn phí, từng bước một"),
                        not(containsString("welcome_lead")));
        given().header("Accept-Language", "km").when().get("/offline")
                .then().statusCode(200).body(containsString("<h1>គ្មានបណ្តាញ</h1>"), containsString("Thử lại"));
        given().header("Accept-Language", "km").when().get("/no-such-page")
                .then().statusCode(404).body(containsString("<html lang=\"km\">"), containsString("Không tìm thấy trang"));
    }

    @Test
    void theApiSpeaksKhmerWhereItHasTheTextsAndVietnameseElsewhere() {
        given().queryParam("lang", "km").when().get("/api/v1/no-such-thing")
                .then().statusCode(404).body("message", equalTo("រកមិនឃើញអ្វីនៅអាសយដ្ឋាននេះទេ។"));
        given().header("Accept-Language", "km").when().get("/api/v1/no-such-thing")
                .then().statusCode(404).body("message", equalTo("រកមិនឃើញអ្វីនៅអាសយដ្ឋាននេះទេ។"));
        // the shipped plugins have no Khmer bundle: their names are in Vietnamese
        given().queryParam("lang", "km").when().get("/api/v1/plugins")
                .then().statusCode(200)
                .body("find { it.id == 'citizens' }.name", equalTo(
                        given().queryParam("lang", "vi").when().get("/api/v1/plugins")
                                .jsonPath().getString("find { it.id == 'citizens' }.name")));
    }
}
