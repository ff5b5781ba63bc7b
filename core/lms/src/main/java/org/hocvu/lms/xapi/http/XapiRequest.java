package org.hocvu.lms.xapi.http;

import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.auth.XapiCaller;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One xAPI request after the alternate request syntax has been undone: the intended method, the
 * resource, single-valued parameters, the headers that matter, the raw body and the caller.
 */
public record XapiRequest(String method, String resource, Map<String, String> params, Map<String, String> headers,
                          byte[] body, XapiCaller caller) {

    /** A header by its name in lower case, or null. */
    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public String contentType() {
        String type = header("content-type");
        return type == null ? "" : type;
    }

    /** The media type without parameters, lower case: "application/json". */
    public String mediaType() {
        String type = contentType();
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public String param(String name) {
        return params.get(name);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    public boolean isHead() {
        return "HEAD".equals(method);
    }

    /**
     * Refuses parameters this resource does not know (Communication 3.2: also those that match a
     * known one in all but case).
     */
    public void allowOnly(Set<String> known) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw XapiException.badRequest("xapi.param.unknown", name, resource);
            }
        }
    }

    public String require(String name) {
        String value = params.get(name);
        if (value == null) {
            throw XapiException.badRequest("xapi.param.required", name);
        }
        return value;
    }

    public boolean flag(String name) {
        String value = params.get(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw XapiException.badRequest("xapi.param.boolean", name, value);
        }
        return value.equals("true");
    }
}
