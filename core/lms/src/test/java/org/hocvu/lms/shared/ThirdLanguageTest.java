package org.hocvu.lms.shared;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Khmer, configured for this module's tests ({@code hocvu.languages=vi,en,km}) with fixture
 * bundles only: the API speaks it when asked by {@code ?lang=} or Accept-Language, and what the
 * fixtures do not translate is in Vietnamese.
 */
@QuarkusTest
class ThirdLanguageTest {
    private static final Locale KHMER = Locale.forLanguageTag("km");

    @Test
    void pluginsAreNamedInKhmerWhenAskedEitherWay() {
        given().queryParam("lang", "km").when().get("/api/v1/plugins")
                .then().statusCode(200)
                .body("find { it.id == 'testers' }.name", equalTo("អ្នកធ្វើតេស្ត"))
                .body("find { it.id == 'testers' }.framework.title", equalTo("ក្របខ័ណ្ឌសមត្ថភាពឌីជីថលសម្រាប់អ្នកធ្វើតេស្ត"));
        given().header("Accept-Language", "fr;q=0.9, km;q=0.8, en;q=0.5").when().get("/api/v1/plugins")
                .then().statusCode(200)
                .body("find { it.id == 'testers' }.name", equalTo("អ្នកធ្វើតេស្ត"));
    }

    @Test
    void whatKhmerLacksIsInVietnamese() {
        given().queryParam("lang", "km").when().get("/api/v1/plugins/testers")
                .then().statusCode(200)
                .body("practicalSkills[0].name", equalTo("បើកការផ្ទៀងផ្ទាត់ពីរជំហាន"))
                .body("blueprint.areas[0].name", equalTo("Tìm và đánh giá thông tin"));
        given().header("Accept-Language", "km").when().get("/api/v1/plugins/astronauts")
                .then().statusCode(404)
                .body("message", containsString("astronauts"));
        given().queryParam("lang", "km").when().get("/api/v1/frameworks/hocvu-testers")
                .then().statusCode(200)
                .body("language", equalTo("km"))
                .body("title", equalTo("ក្របខ័ណ្ឌសមត្ថភាពឌីជីថលសម្រាប់អ្នកធ្វើតេស្ត"))
                .body("levels[0].name", equalTo("Cơ bản"));
    }

    @Test
    void errorMessagesSpeakKhmerWhereTheBundleHasThem() {
        given().queryParam("lang", "km").when().get("/api/v1/nowhere")
                .then().statusCode(404)
                .body("message", equalTo("រកមិនឃើញអ្វីនៅអាសយដ្ឋាននេះទេ។"));
        assertEquals(Messages.get(Messages.VIETNAMESE, "error.forbidden"), Messages.get(KHMER, "error.forbidden"));
    }

    @Test
    void theLangParameterStaysDocumentedOnTheJsonApiOnly() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/plugins'.get.parameters.name", hasItem("lang"))
                .body("paths.'/api/v1/frameworks/{key}'.get.parameters.name", hasItem("lang"))
                .body("paths.'/api/v1/units'.post.parameters.name", hasItem("lang"));
    }

    @Test
    void theLanguagesComeFromConfigurationEachNamedInItself() {
        Languages languages = Languages.configured();
        assertEquals(List.of("vi", "en", "km"), languages.codes());
        assertEquals(KHMER, languages.choose(null, "km-KH, en;q=0.5"));
        assertEquals(Locale.ENGLISH, languages.choose("en", "km"));
        assertEquals(Messages.VIETNAMESE, languages.choose("xx", "ja"));
        assertEquals("ភាសាខ្មែរ", Messages.languageName(KHMER));
        assertEquals("Tiếng Việt", Messages.languageName(Messages.VIETNAMESE));
        assertEquals("English", Messages.languageName(Locale.ENGLISH));
        assertEquals("th", Messages.languageName(Locale.forLanguageTag("th")));
    }

    @Test
    void aConfigurationWithoutVietnameseOrWithAWrongCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Languages.of("en,km"));
        assertThrows(IllegalArgumentException.class, () -> Languages.of("vi,Khmer"));
        assertEquals(List.of("vi", "en"), Languages.of(" vi , en,vi").codes());
    }
}
