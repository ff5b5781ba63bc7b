package org.hocvu.lms.content.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.content.PackageDescription;

/**
 * Stored descriptions carry a schema version ({@code "schema": 1}) and are read back leniently, so
 * a field added to {@link PackageDescription} later reads older rows (absent fields are null).
 */
public final class Descriptions {
    static final int SCHEMA = 1;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Descriptions() {
    }

    public static String write(PackageDescription description) {
        ObjectNode node = JSON.valueToTree(description);
        node.put("schema", SCHEMA);
        return node.toString();
    }

    public static PackageDescription read(String json) {
        try {
            return JSON.readValue(json, PackageDescription.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored package description does not read: " + e.getOriginalMessage(), e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document does not read: " + e.getOriginalMessage(), e);
        }
    }
}
