package org.hocvu.ui.campaign;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.shared.event.DomainEventFeed;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The campaign's files read back by independent readers: XLSX (fastexcel-reader), PDF (PDFBox), and the names lists' limits. */
@QuarkusTest
class CampaignFilesTest {
    private static final String PROVINCE = "82";
    /** Phường Long Thuận: only this test places learners in it. */
    private static final String COMMUNE = "28297";
    private static boolean seeded;

    @Inject
    IdentityService identities;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    DomainEventFeed domainFeed;
    @Inject
    StatementFeed statementFeed;

    /** Ten adults in the commune's baseline, two with profiles, one of whom passed in May 2026. */
    @BeforeEach
    void aCommuneWithOnePass() {
        if (seeded) {
            return;
        }
        identities.provision("files-" + UUID.randomUUID(), "chua.dat", "Phạm Thị Chưa Đạt", COMMUNE, Set.of("citizens"));
        UUID passed = identities.provision("files-" + UUID.randomUUID(), "da.dat", "Lê Văn Đã Đạt", COMMUNE, Set.of("citizens")).id();
        domainFeed.drain();
        QuarkusTransaction.requiringNew().run(() -> records.record(LearningEvent.of(passed, Verb.PASSED,
                activities.standardTest("citizens", null)).at(Instant.parse("2026-05-20T03:00:00Z"))));
        statementFeed.drain();
        seeded = true;
    }

    @Test
    @TestSecurity(user = "files-admin", roles = "campaign-admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = PROVINCE))
    void theXlsxHasTheCsvsColumnsWithNumbersAsNumbers() throws IOException {
        given().contentType("text/csv").body("year,group,unit,population\n2026,citizens," + COMMUNE + ",10\n")
                .post("/api/v1/campaign/baselines").then().statusCode(200);
        byte[] xlsx = given().get("/campaign/export/figures.xlsx?year=2026&unit=" + COMMUNE).then().statusCode(200)
                .contentType(CampaignExports.XLSX).header("Content-Disposition", containsString("campaign-figures-" + COMMUNE + "-2026.xlsx"))
                .extract().asByteArray();
        String csv = given().get("/campaign/export/figures.csv?year=2026&unit=" + COMMUNE).then().statusCode(200).extract().asString();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(c -> c.getRawValue()).toList();
            assertEquals(csv.substring(1, csv.indexOf('\n')).replace("\"", ""), String.join(",", header), "the same columns, in Vietnamese");
            Row passed = rows.stream().filter(r -> r.getCellText(1).equals("Đạt bài kiểm tra chuẩn") && r.getCellText(3).equals("10"))
                    .findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
            assertEquals(CellType.NUMBER, passed.getCell(2).getType());
            assertEquals(1, passed.getCellAsNumber(2).orElseThrow().intValue());
            assertEquals(10, passed.getCellAsNumber(3).orElseThrow().intValue());
            assertEquals(10.0, passed.getCellAsNumber(4).orElseThrow().doubleValue());
        }
        given().get("/campaign/export/figures.pdf?year=2026&unit=" + COMMUNE).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "files-admin", roles = "campaign-admin")
    @OidcSecurity(claims = @Claim(key = "unit", value = PROVINCE))
    void theMonthlyReportPrintsVietnameseWithItsFontEmbedded() throws IOException {
        byte[] pdf = given().get("/campaign/report.pdf?year=2026&month=6&unit=" + COMMUNE).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertTrue(text.contains("Báo cáo tiến độ chiến dịch — Phường Long Thuận, tháng 6/2026"), text);
            assertTrue(text.contains("Kết quả theo nhóm và chỉ tiêu"), text);
            assertTrue(text.contains("Đạt bài kiểm tra chuẩn"), text);
            assertTrue(text.contains("Diễn biến theo tháng"), text);
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            assertTrue(font.isEmbedded(), "the font travels with the file");
        }
        given().get("/campaign/report.pdf?year=2026&month=13&unit=" + COMMUNE).then().statusCode(400)
                .body(containsString("Tháng"));
    }

    @Test
    @TestSecurity(user = "files-commune-manager", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = COMMUNE))
    void aCommunesManagerListsWhoHasNotPassedAndMayExportIt() throws IOException {
        given().get("/campaign?year=2026").then().statusCode(200)
                .body(containsString("id=\"names-citizens-not-passed\""), containsString("Phạm Thị Chưa Đạt"));
        given().get("/campaign/export/names.csv?unit=" + COMMUNE).then().statusCode(200)
                .body(containsString("Phạm Thị Chưa Đạt"), containsString("Chưa thi đạt"));
        byte[] xlsx = given().get("/campaign/export/names.xlsx?unit=" + COMMUNE).then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertTrue(book.getFirstSheet().read().stream().anyMatch(r -> r.getCellText(2).equals("Phạm Thị Chưa Đạt")));
        }
    }

    @Test
    @TestSecurity(user = "files-province-manager", roles = "unit-manager")
    @OidcSecurity(claims = @Claim(key = "unit", value = PROVINCE))
    void namesNeverLeaveAboveTheCommuneLevel() {
        given().get("/campaign?year=2026&unit=" + COMMUNE).then().statusCode(200)
                .body(not(containsString("Phạm Thị Chưa Đạt")), not(containsString("names-h")));
        given().get("/campaign/export/names.csv?unit=" + COMMUNE).then().statusCode(403).body(containsString("cấp xã"));
        given().get("/campaign/export/names.xlsx?unit=" + PROVINCE).then().statusCode(403);
        given().get("/campaign/export/units.csv?year=2026&unit=" + PROVINCE).then().statusCode(200)
                .body(not(containsString("Phạm Thị Chưa Đạt")));
    }
}
