package org.hocvu.ui.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.hocvu.testkit.ProjectPaths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The item banks page through the assembled application: banks counted by competency and difficulty,
 * and Moodle's own export files (../shared/data/questions) imported with their report on the page.
 */
@QuarkusTest
class BanksPageTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Path FIXTURES = ProjectPaths.root().resolve("../shared/data/questions/question/format").normalize();

    @Test
    @TestSecurity(user = "learner-at-banks", roles = "learner")
    void learnersDoNotOpenTheBanks() {
        given().when().get("/admin/test-banks").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "banks-admin", roles = "campaign-admin")
    void anAdminSeesTheBanksAndImportsMoodleFilesWithTheirReport() throws IOException {
        given().when().get("/admin").then().statusCode(200).body(containsString("href=\"/admin/test-banks\""));
        given().when().get("/admin/test-banks").then().statusCode(200)
                .body(containsString("<code>plugin:citizens</code>"), containsString("<td>Trung bình</td>"),
                        containsString("type=\"file\""));

        upload("empty.gift.txt", null, "1.1", "easy").then().statusCode(400)
                .body(containsString("role=\"alert\""), containsString("Hãy chọn một tệp câu hỏi để nhập."));
        upload("essay.gift.txt", textFile("::Bài luận:: Hãy viết về điện thoại của bạn. {}\n"), "1.1", "easy").then().statusCode(400)
                .body(containsString("role=\"alert\""));
        upload("q.gift.txt", textFile("::Câu 1:: 2 + 2 = ? {=4 ~5}\n"), "x".repeat(65), "easy").then().statusCode(400)
                .body(containsString("role=\"alert\""));

        // Moodle's own fixtures are read where ../shared is (GPL: not copied into the project)
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "Moodle's question files are not here: " + FIXTURES);
        Response gift = upload("questions.gift.txt", FIXTURES.resolve("gift/tests/fixtures/questions.gift.txt"), "2.1", "hard");
        gift.then().statusCode(201).body(containsString("id=\"import-report\""), containsString("id=\"skipped\""),
                containsString("<td><code>2.1</code></td><td>Khó</td>"));
        String page = gift.asString();
        Matcher carried = Pattern.compile("Đã nhập “questions.gift.txt”: (\\d+) câu hỏi được chuyển sang, (\\d+) câu bỏ qua").matcher(page);
        assertTrue(carried.find(), page);
        assertTrue(Integer.parseInt(carried.group(1)) > 0 && Integer.parseInt(carried.group(2)) > 0,
                "Moodle's GIFT fixture has questions HọcVụ carries over and some (essays) it cannot: " + carried.group());

        upload("truefalse.xml", FIXTURES.resolve("xml/tests/fixtures/truefalse.xml"), "", "easy").then().statusCode(201)
                .body(containsString("Đã nhập “truefalse.xml”"), containsString("→ true-false"));

    }

    private static Path textFile(String text) throws IOException {
        Path file = Files.createTempFile("bank", ".gift.txt");
        Files.writeString(file, text);
        return file;
    }

    private static Response upload(String name, Path file, String competency, String difficulty) throws IOException {
        Response form = given().when().get("/admin/test-banks");
        Matcher token = TOKEN.matcher(form.asString());
        assertTrue(token.find());
        byte[] body = file == null ? new byte[0] : Files.readAllBytes(file);
        return given().cookies(form.getCookies()).multiPart("csrf-token", token.group(1))
                .multiPart("competency", competency).multiPart("difficulty", difficulty).multiPart("language", "vi")
                .multiPart("file", name, body, "text/plain").when().post("/admin/test-banks");
    }
}
