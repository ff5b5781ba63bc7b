package org.hocvu.lms.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Activities and their definitions (Data 2.4.4.1), interaction types and their components. */
public final class ActivityRules {
    private static final Set<String> ACTIVITY_PROPERTIES = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_PROPERTIES = Set.of("name", "description", "type", "moreInfo",
            "extensions", "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT_PROPERTIES = Set.of("id", "description");
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    /** Which component lists each interaction type may carry. */
    private static final Map<String, Set<String>> COMPONENTS_BY_TYPE = Map.of(
            "true-false", Set.of(),
            "choice", Set.of("choices"),
            "fill-in", Set.of(),
            "long-fill-in", Set.of(),
            "matching", Set.of("source", "target"),
            "performance", Set.of("steps"),
            "sequencing", Set.of("choices"),
            "likert", Set.of("scale"),
            "numeric", Set.of(),
            "other", Set.of());

    private ActivityRules() {
    }

    public static void activity(JsonNode node, String path) {
        Shape.allowOnly(node, path, ACTIVITY_PROPERTIES);
        Shape.iri(Shape.required(node, "id", path), Shape.join(path, "id"));
        if (node.has("definition")) {
            definition(node.get("definition"), Shape.join(path, "definition"));
        }
    }

    static void definition(JsonNode node, String path) {
        Shape.allowOnly(node, path, DEFINITION_PROPERTIES);
        if (node.has("name")) {
            Shape.languageMap(node.get("name"), Shape.join(path, "name"));
        }
        if (node.has("description")) {
            Shape.languageMap(node.get("description"), Shape.join(path, "description"));
        }
        if (node.has("type")) {
            Shape.iri(node.get("type"), Shape.join(path, "type"));
        }
        if (node.has("moreInfo")) {
            Shape.iri(node.get("moreInfo"), Shape.join(path, "moreInfo"));
        }
        if (node.has("extensions")) {
            Shape.extensions(node.get("extensions"), Shape.join(path, "extensions"));
        }
        interaction(node, path);
    }

    private static void interaction(JsonNode node, String path) {
        JsonNode typeNode = node.get("interactionType");
        Set<String> allowedLists;
        if (typeNode == null) {
            if (node.has("correctResponsesPattern")) {
                throw XapiException.invalid(Shape.join(path, "correctResponsesPattern"), "xapi.rule.needs-interaction-type");
            }
            allowedLists = Set.of();
        } else {
            String type = Shape.text(typeNode, Shape.join(path, "interactionType"));
            allowedLists = COMPONENTS_BY_TYPE.get(type);
            if (allowedLists == null) {
                throw XapiException.invalid(Shape.join(path, "interactionType"), "xapi.rule.unknown-value", type);
            }
        }
        if (node.has("correctResponsesPattern")) {
            String at = Shape.join(path, "correctResponsesPattern");
            JsonNode pattern = node.get("correctResponsesPattern");
            Shape.array(pattern, at);
            for (int i = 0; i < pattern.size(); i++) {
                Shape.text(pattern.get(i), Shape.index(at, i));
            }
        }
        for (String list : COMPONENT_LISTS) {
            if (!node.has(list)) {
                continue;
            }
            String at = Shape.join(path, list);
            if (!allowedLists.contains(list)) {
                throw XapiException.invalid(at, "xapi.rule.component-not-allowed",
                        typeNode == null ? "-" : typeNode.asText());
            }
            components(node.get(list), at);
        }
    }

    private static void components(JsonNode list, String path) {
        Shape.array(list, path);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode component = list.get(i);
            String at = Shape.index(path, i);
            Shape.allowOnly(component, at, COMPONENT_PROPERTIES);
            String id = Shape.text(Shape.required(component, "id", at), Shape.join(at, "id"));
            if (id.isBlank()) {
                throw XapiException.invalid(Shape.join(at, "id"), "xapi.rule.component-id");
            }
            if (!ids.add(id)) {
                throw XapiException.invalid(Shape.join(at, "id"), "xapi.rule.component-duplicate", id);
            }
            if (component.has("description")) {
                Shape.languageMap(component.get("description"), Shape.join(at, "description"));
            }
        }
    }
}
