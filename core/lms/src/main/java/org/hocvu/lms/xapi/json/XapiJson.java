package org.hocvu.lms.xapi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.xapi.XapiException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The LRS's own JSON mapper: numbers keep their exact decimal form (statements are returned as
 * received), a property given twice is an error (the Data part allows each property once).
 */
public final class XapiJson {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private XapiJson() {
    }

    /** Parses a request body; anything that is not one JSON value is a 400. */
    public static JsonNode parse(byte[] body, String what) {
        if (body == null || body.length == 0) {
            throw XapiException.badRequest("xapi.body.empty", what);
        }
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw XapiException.badRequest("xapi.body.empty", what);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw XapiException.badRequest("xapi.body.json", what, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a query parameter that carries JSON (agent, for instance). */
    public static JsonNode parseParameter(String value, String parameter) {
        try {
            JsonNode node = MAPPER.readTree(value);
            if (node == null || node.isMissingNode()) {
                throw XapiException.badRequest("xapi.param.json", parameter, "empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw XapiException.badRequest("xapi.param.json", parameter, e.getOriginalMessage());
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
