package org.hocvu.lms.xapi.http;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.xapi.XapiException;
import org.hocvu.lms.xapi.json.XapiJson;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Building xAPI responses: JSON bodies, HEAD without a body, errors in the caller's language. */
public final class XapiResponses {
    /** Exactly "application/json": JSON is UTF-8 by definition (RFC 8259), and clients compare the type as is. */
    public static final String JSON = "application/json";

    private XapiResponses() {
    }

    public static Response json(XapiRequest request, int status, byte[] body) {
        Response.ResponseBuilder r = Response.status(status).type(JSON);
        return (request.isHead() ? r : r.entity(body)).build();
    }

    public static Response json(XapiRequest request, JsonNode body) {
        return json(request, 200, XapiJson.bytes(body));
    }

    public static Response noContent() {
        return Response.noContent().build();
    }

    public static Response error(XapiException e, Locale locale) {
        String message = Messages.get(locale, e.messageKey(), e.args());
        var body = XapiJson.object().put("error", e.status()).put("message", message);
        Response.ResponseBuilder r = Response.status(e.status()).type(JSON).entity(XapiJson.bytes(body));
        if (e.status() == 401) {
            r.header("WWW-Authenticate", "Basic realm=\"xapi\"");
        }
        if (e.status() == 429) {
            r.header("Retry-After", "60");
        }
        return r.build();
    }

    /**
     * IMF-fixdate (RFC 7231 7.1.1.1), the one HTTP date format to send: a two-digit day, which
     * {@link DateTimeFormatter#RFC_1123_DATE_TIME} does not write ("Tue, 1 Dec 2026").
     */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The HTTP date of Date and Last-Modified. */
    public static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }
}
