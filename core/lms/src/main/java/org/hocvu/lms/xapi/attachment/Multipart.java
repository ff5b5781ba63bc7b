package org.hocvu.lms.xapi.attachment;

import org.hocvu.lms.xapi.XapiException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** multipart/mixed (RFC 2046) as xAPI uses it: statements first, then raw attachment data. */
public final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final byte[] CRLF = {'\r', '\n'};

    public record Part(Map<String, String> headers, byte[] body) {
        public String header(String lowerCaseName) {
            return headers.get(lowerCaseName);
        }
    }

    private Multipart() {
    }

    public static List<Part> parse(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw XapiException.badRequest("xapi.multipart.boundary");
        }
        byte[] delimiter = ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw XapiException.badRequest("xapi.multipart.boundary");
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            pos += delimiter.length;
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return parts;
            }
            pos = skipLine(body, pos);
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, pos);
            Map<String, String> headers = new HashMap<>();
            int contentStart;
            if (startsWith(body, pos, CRLF)) {
                contentStart = pos + 2;
            } else if (headersEnd < 0) {
                throw XapiException.badRequest("xapi.multipart.part");
            } else {
                for (String line : new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8).split("\r\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                    }
                }
                contentStart = headersEnd + 4;
            }
            byte[] next = new byte[delimiter.length + 2];
            next[0] = '\r';
            next[1] = '\n';
            System.arraycopy(delimiter, 0, next, 2, delimiter.length);
            int end = indexOf(body, next, contentStart);
            if (end < 0) {
                throw XapiException.badRequest("xapi.multipart.part");
            }
            byte[] content = new byte[end - contentStart];
            System.arraycopy(body, contentStart, content, 0, content.length);
            parts.add(new Part(headers, content));
            pos = end + 2;
        }
    }

    /** Writes parts after a JSON first part; returns the content type with its boundary. */
    public static String write(byte[] json, List<Part> attachments, ByteArrayOutputStream out) {
        String boundary = "xapi-" + UUID.randomUUID();
        writePart(out, boundary, Map.of("Content-Type", "application/json"), json);
        for (Part p : attachments) {
            writePart(out, boundary, p.headers(), p.body());
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return "multipart/mixed; boundary=" + boundary;
    }

    private static void writePart(ByteArrayOutputStream out, String boundary, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes(CRLF);
    }

    private static int skipLine(byte[] b, int pos) {
        while (pos < b.length && (b[pos] == ' ' || b[pos] == '\t')) {
            pos++;
        }
        return startsWith(b, pos, CRLF) ? pos + 2 : pos;
    }

    private static boolean startsWith(byte[] b, int pos, byte[] prefix) {
        if (pos + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[pos + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
