package org.hocvu.lms.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printed certificate keeps Vietnamese in its text layer (read back with poppler's pdftotext, a
 * separate program) and its QR code opens the verification page (read back with ZXing's decoder).
 */
class CertificatePrintTest {
    private static final UUID ID = UUID.fromString("9c1e5a3e-0d7b-4b8e-9f51-2f6a0c3d4e5f");
    private static final CertificatePrint.Sheet SHEET = new CertificatePrint.Sheet(ID, "Nguyễn Thị Hằng",
            "Chứng nhận kỹ năng số: Nông dân — trình độ Cơ bản", Instant.parse("2026-12-01T03:00:00Z"),
            "HọcVụ — Bình dân học vụ số", "https://hocvu.example.gov.vn/verify/" + ID, null);

    @Test
    void thePdfIsA4AndItsTextLayerIsVietnamese() throws Exception {
        byte[] pdf = CertificatePrint.pdf(SHEET, Locale.forLanguageTag("vi"));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        Path file = Files.createTempFile("certificate", ".pdf");
        Files.write(file, pdf);
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        } catch (java.io.IOException missing) {
            Assumptions.abort("SKIPPED: pdftotext (Debian poppler-utils) is not installed, so the PDF's text layer is not checked");
            return;
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        for (String expected : new String[]{"GIẤY CHỨNG NHẬN", "Nguyễn Thị Hằng", "Chứng nhận kỹ năng số: Nông dân",
                "Ngày cấp: 01/12/2026", "HọcVụ — Bình dân học vụ số", SHEET.verifyUrl()}) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        Process info = new ProcessBuilder("pdfinfo", file.toString()).redirectErrorStream(true).start();
        assertTrue(info.waitFor(60, TimeUnit.SECONDS));
        String details = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(details.contains("595.276 x 841.89"), "A4: " + details);
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        BufferedImage phone = ImageIO.read(new ByteArrayInputStream(CertificatePrint.png(SHEET, Locale.forLanguageTag("vi"))));
        assertEquals(720, phone.getWidth());
        assertEquals(1280, phone.getHeight());
        assertEquals(SHEET.verifyUrl(), decode(phone));
        assertEquals(SHEET.verifyUrl(), decode(CertificatePrint.qr(SHEET.verifyUrl(), 300)));
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
