package org.hocvu.lms.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.hocvu.lms.shared.Messages;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/**
 * The printed certificate: an A4 PDF (DejaVu Sans embedded, so Vietnamese diacritics render on any
 * reader and stay in the text layer) and a phone-sized PNG, both with a QR code (ZXing) that opens the
 * verification page. Texts come from the certificate bundle in the language asked for.
 */
public final class CertificatePrint {
    private static final String REGULAR = "/certificate/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/certificate/fonts/DejaVuSans-Bold.ttf";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);

    private CertificatePrint() {
    }

    /** What the sheet shows; {@code holderName} null when the learner chose no name. */
    public record Sheet(UUID id, String holderName, String achievement, Instant issuedAt, String issuer,
                        String verifyUrl, Instant revokedAt) {
    }

    /** One line of the sheet: its text, size in points (for A4) and whether bold. */
    private record Line(String text, float size, boolean bold) {
    }

    private static List<Line> lines(Sheet s, Locale locale) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Messages.get(locale, "certificate.print.title"), 26, true));
        if (s.revokedAt() != null) {
            lines.add(new Line(Messages.get(locale, "certificate.print.revoked") + " " + DAY.format(s.revokedAt()), 16, true));
        }
        lines.add(new Line(Messages.get(locale, "certificate.print.certifies"), 14, false));
        lines.add(new Line(s.holderName() != null ? s.holderName() : Messages.get(locale, "certificate.print.no-name"), 22, true));
        lines.add(new Line(Messages.get(locale, "certificate.print.achieved"), 14, false));
        lines.add(new Line(s.achievement(), 17, true));
        lines.add(new Line(Messages.get(locale, "certificate.print.issued", DAY.format(s.issuedAt())), 12, false));
        lines.add(new Line(Messages.get(locale, "certificate.print.issuer", s.issuer()), 12, false));
        return lines;
    }

    private static List<Line> footer(Sheet s, Locale locale) {
        return List.of(new Line(Messages.get(locale, "certificate.print.verify"), 10, false),
                new Line(s.verifyUrl(), 10, false), new Line(Messages.get(locale, "certificate.print.id", s.id()), 9, false));
    }

    public static byte[] pdf(Sheet sheet, Locale locale) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font regular = PDType0Font.load(doc, resource(REGULAR));
            PDType0Font bold = PDType0Font.load(doc, resource(BOLD));
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - 110;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (Line line : lines(sheet, locale)) {
                    PDType0Font font = line.bold() ? bold : regular;
                    for (String part : wrap(line.text(), width - 120, t -> textWidth(font, t, line.size()))) {
                        text(content, font, line.size(), part, (width - textWidth(font, part, line.size())) / 2, y);
                        y -= line.size() * 1.5f;
                    }
                    y -= 10;
                }
                float qr = 150;
                content.drawImage(LosslessFactory.createFromImage(doc, qr(sheet.verifyUrl(), 300)), (width - qr) / 2, y - qr, qr, qr);
                y -= qr + 24;
                for (Line line : footer(sheet, locale)) {
                    text(content, regular, line.size(), line.text(), (width - textWidth(regular, line.text(), line.size())) / 2, y);
                    y -= line.size() * 1.6f;
                }
            }
            doc.getDocumentInformation().setTitle(sheet.achievement());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 720 × 1280 pixels: a phone screen, for sharing as an image. */
    public static byte[] png(Sheet sheet, Locale locale) {
        int width = 720;
        BufferedImage image = new BufferedImage(width, 1280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, 1280);
            g.setColor(new Color(0x0b3d91));
            g.fillRect(0, 0, width, 16);
            g.setColor(Color.BLACK);
            Font regular = awtFont(REGULAR);
            Font bold = awtFont(BOLD);
            int y = 110;
            for (Line line : lines(sheet, locale)) {
                Font font = (line.bold() ? bold : regular).deriveFont(line.size() * 1.6f);
                g.setFont(font);
                for (String part : wrap(line.text(), width - 80, t -> g.getFontMetrics(font).stringWidth(t))) {
                    g.drawString(part, (width - g.getFontMetrics().stringWidth(part)) / 2, y);
                    y += (int) (line.size() * 2.3f);
                }
                y += 14;
            }
            g.drawImage(qr(sheet.verifyUrl(), 360), (width - 360) / 2, y, null);
            y += 360 + 40;
            for (Line line : footer(sheet, locale)) {
                Font font = regular.deriveFont(line.size() * 1.8f);
                g.setFont(font);
                for (String part : wrap(line.text(), width - 60, t -> g.getFontMetrics(font).stringWidth(t))) {
                    g.drawString(part, (width - g.getFontMetrics().stringWidth(part)) / 2, y);
                    y += (int) (line.size() * 2.6f);
                }
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code of a URL, black on white with a quiet zone, {@code size} pixels square. */
    static BufferedImage qr(String url, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < size; x++) {
                for (int y = 0; y < size; y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("the verification URL does not fit a QR code", e);
        }
    }

    /** Breaks text into lines no wider than {@code max}, at spaces. */
    private static List<String> wrap(String text, float max, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width.applyAsDouble(candidate) > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static float textWidth(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awtFont(String path) {
        try (InputStream in = resource(path)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + path + " is unreadable", e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = CertificatePrint.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("bundled font " + path + " is missing");
        }
        return in;
    }
}
