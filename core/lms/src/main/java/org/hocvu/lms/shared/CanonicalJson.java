package org.hocvu.lms.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One text for one content, whatever order a file or a Java class gave its keys in: object keys
 * sorted, no whitespace. Hashes of stored data are taken over this form of the source data, so they
 * never depend on the shape of the records the engine happens to read it into.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CanonicalJson() {
    }

    /** {@code tree} is a JSON tree or plain data (maps, lists, strings, numbers, booleans). */
    public static String of(Object tree) {
        try {
            return MAPPER.writeValueAsString(sorted(tree instanceof JsonNode n ? n : MAPPER.valueToTree(tree)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    /** SHA-256 of the canonical form, in hex. */
    public static String sha256(Object tree) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(tree).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> out.set(name, sorted(node.get(name))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }
}
