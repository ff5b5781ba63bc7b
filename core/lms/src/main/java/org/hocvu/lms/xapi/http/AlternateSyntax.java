package org.hocvu.lms.xapi.http;

import org.hocvu.lms.xapi.XapiException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The alternate request syntax (Communication 1.3): a POST with ?method=X and a form body whose
 * "content" is the request body, whose header-named fields are headers and whose other fields
 * are the query parameters.
 */
record AlternateSyntax(String method, Map<String, String> params, byte[] body) {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");
    private static final Set<String> HEADER_FIELDS = Set.of("authorization", "x-experience-api-version", "content-type",
            "content-length", "if-match", "if-none-match");

    /** Undoes the syntax; form fields named like headers are written into {@code headers}. */
    static AlternateSyntax parse(Map<String, String> query, Map<String, String> headers, byte[] body) {
        String method = query.get("method");
        if (query.size() > 1) {
            throw XapiException.badRequest("xapi.alternate.query");
        }
        if (!METHODS.contains(method)) {
            throw XapiException.badRequest("xapi.alternate.method", method);
        }
        String contentType = headers.getOrDefault("content-type", "");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw XapiException.badRequest("xapi.alternate.form");
        }
        headers.remove("content-type");
        headers.remove("content-length");
        Map<String, String> params = new LinkedHashMap<>();
        byte[] content = null;
        String form = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        for (String field : form.split("&")) {
            if (field.isEmpty()) {
                continue;
            }
            int eq = field.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? field : field.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(field.substring(eq + 1), StandardCharsets.UTF_8);
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.equals("content")) {
                content = value.getBytes(StandardCharsets.UTF_8);
            } else if (HEADER_FIELDS.contains(lower)) {
                // a form field saying something else than the real header: which one was meant is a guess
                String real = headers.get(lower);
                if (real != null && !real.equals(value)) {
                    throw XapiException.badRequest("xapi.alternate.header-conflict", name);
                }
                headers.put(lower, value);
            } else {
                params.put(name, value);
            }
        }
        if (content != null && !headers.containsKey("content-type")) {
            headers.put("content-type", "application/json");
        }
        return new AlternateSyntax(method, params, content);
    }
}
