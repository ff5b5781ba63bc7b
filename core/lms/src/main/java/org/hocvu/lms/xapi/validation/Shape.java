package org.hocvu.lms.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;

import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;

/** Checks shared by every object of the Data part; each failure names the path and the rule. */
final class Shape {
    private Shape() {
    }

    static void object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw XapiException.invalid(path, "xapi.rule.object");
        }
    }

    static void allowOnly(JsonNode node, String path, Set<String> allowed) {
        object(node, path);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw XapiException.invalid(path, "xapi.rule.unknown-property", name);
            }
        }
    }

    static JsonNode required(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null) {
            throw XapiException.invalid(join(path, name), "xapi.rule.required");
        }
        return value;
    }

    static String text(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw XapiException.invalid(path, "xapi.rule.string");
        }
        return node.textValue();
    }

    static void bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw XapiException.invalid(path, "xapi.rule.boolean");
        }
    }

    static void number(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw XapiException.invalid(path, "xapi.rule.number");
        }
    }

    static void formatted(JsonNode node, String path, Predicate<String> format, String ruleKey) {
        String value = text(node, path);
        if (!format.test(value)) {
            throw XapiException.invalid(path, ruleKey, value);
        }
    }

    static void iri(JsonNode node, String path) {
        formatted(node, path, Formats::iri, "xapi.rule.iri");
    }

    static void uuid(JsonNode node, String path) {
        formatted(node, path, Formats::uuid, "xapi.rule.uuid");
    }

    static void timestamp(JsonNode node, String path) {
        formatted(node, path, Formats::timestamp, "xapi.rule.timestamp");
    }

    static void languageMap(JsonNode node, String path) {
        object(node, path);
        if (node.isEmpty()) {
            throw XapiException.invalid(path, "xapi.rule.language-map-empty");
        }
        Iterator<String> tags = node.fieldNames();
        while (tags.hasNext()) {
            String tag = tags.next();
            if (!Formats.languageTag(tag)) {
                throw XapiException.invalid(path, "xapi.rule.language-tag", tag);
            }
            text(node.get(tag), path + "." + tag);
        }
    }

    static void extensions(JsonNode node, String path) {
        object(node, path);
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!Formats.iri(key)) {
                throw XapiException.invalid(path, "xapi.rule.extension-key", key);
            }
        }
    }

    static void array(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            throw XapiException.invalid(path, "xapi.rule.array");
        }
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** The objectType, when given, must be one of the expected values. */
    static String objectType(JsonNode node, String path, String defaultType) {
        JsonNode type = node.get("objectType");
        return type == null ? defaultType : text(type, join(path, "objectType"));
    }
}
