package org.hocvu.lms.competency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored JSON form of a framework version: {@code {"schemaVersion": n, "framework": {...}}}.
 * Stored versions are never rewritten, so every shape ever written stays readable here:
 * <ul>
 * <li>1 (no envelope): crosswalks as {@code {type, title, identifier, uri}}, the title "framework code"
 * for plugin frameworks;</li>
 * <li>2: domains → competencies, crosswalks as {@code {type, target: {framework, code, identifier, uri, title}}};</li>
 * <li>3: CASE-shaped: {@code items} and {@code associations} (trees of any depth, several parents),
 * the CASE fields of imported documents and items, their rubrics and definitions.</li>
 * </ul>
 * A field added to a record later is simply absent from older documents (read as null).
 */
final class FrameworkDocuments {
    static final int CURRENT = 3;
    private static final Pattern PLUGIN_TARGET = Pattern.compile("(\\S+) (\\S+)");

    private final ObjectMapper json;

    FrameworkDocuments(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    String write(Framework f) {
        ObjectNode document = json.createObjectNode().put("schemaVersion", CURRENT);
        document.set("framework", json.valueToTree(f));
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("framework " + f.key() + " cannot be written as JSON", e);
        }
    }

    Framework read(String stored) {
        try {
            JsonNode document = json.readTree(stored);
            int version = document.has("schemaVersion") ? document.get("schemaVersion").asInt() : 1;
            if (version > CURRENT) {
                throw new IllegalStateException("framework document in schema version " + version
                        + ", newer than this node's " + CURRENT + ": upgrade this node");
            }
            if (version == CURRENT) {
                return json.treeToValue(document.get("framework"), Framework.class);
            }
            JsonNode twoLevel = version == 1 ? upgradeFrom1(document.deepCopy()) : document.get("framework");
            return upgradeFrom2(json.treeToValue(twoLevel, TwoLevel.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored framework document is not readable", e);
        }
    }

    /** The shape of versions 1 and 2: domains → competencies. */
    private record TwoLevel(String key, String version, UUID identifier, Text title, Text description, String source,
                            String lastChange, String language, List<Framework.Level> levels,
                            List<Framework.Domain> domains) {
    }

    /** Version 2 held domains → competencies; their items and associations are the ones HọcVụ always exported. */
    private static Framework upgradeFrom2(TwoLevel f) {
        return new Framework(f.key(), f.version(), f.identifier(), f.title(), f.description(), f.source(),
                f.lastChange(), f.language(), f.levels(), f.domains());
    }

    /** Version 1 named a crosswalk target by a title; plugins wrote it "framework code". */
    private static JsonNode upgradeFrom1(JsonNode framework) {
        for (JsonNode domain : framework.path("domains")) {
            for (JsonNode competency : domain.path("competencies")) {
                for (JsonNode crosswalk : competency.path("crosswalks")) {
                    ObjectNode x = (ObjectNode) crosswalk;
                    String title = x.path("title").asText(null);
                    UUID identifier = UUID.fromString(x.get("identifier").asText());
                    ObjectNode target = x.putObject("target");
                    Matcher byCode = title == null ? null : PLUGIN_TARGET.matcher(title);
                    if (byCode != null && byCode.matches() && StableIds.item(byCode.group(1), byCode.group(2)).equals(identifier)) {
                        target.put("framework", byCode.group(1)).put("code", byCode.group(2));
                    } else {
                        target.put("title", title);
                    }
                    target.put("identifier", identifier.toString());
                    target.set("uri", x.path("uri").isMissingNode() ? null : x.get("uri"));
                    x.remove(List.of("title", "identifier", "uri"));
                }
            }
        }
        return framework;
    }
}
