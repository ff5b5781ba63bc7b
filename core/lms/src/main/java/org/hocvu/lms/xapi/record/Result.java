package org.hocvu.lms.xapi.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.xapi.json.XapiJson;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A statement's result (Data 2.4.5), typed; any part may be absent (null); {@code extensions} IRI → JSON value. */
public record Result(Score score, Boolean success, Boolean completion, Duration duration, String response,
                     java.util.Map<String, Object> extensions) {
    public Result {
        extensions = extensions == null ? java.util.Map.of() : java.util.Map.copyOf(extensions);
    }

    public Result(Score score, Boolean success, Boolean completion, Duration duration, String response) {
        this(score, success, completion, duration, response, null);
    }

    public Result withExtensions(java.util.Map<String, Object> more) {
        return new Result(score, success, completion, duration, response, more);
    }

    public static Result completed() {
        return new Result(null, null, true, null, null);
    }

    /** A graded outcome: its score and whether it passed. */
    public static Result graded(Score score, boolean success) {
        return new Result(score, success, true, null, null);
    }

    /** The learner's answer to one item, right or not. */
    public static Result answer(String response, boolean success) {
        return new Result(null, success, null, null, response);
    }

    public Result withDuration(Duration spent) {
        return new Result(score, success, completion, spent, response, extensions);
    }

    public ObjectNode toJson() {
        ObjectNode result = XapiJson.object();
        if (score != null) {
            result.set("score", score.toJson());
        }
        if (success != null) {
            result.put("success", success);
        }
        if (completion != null) {
            result.put("completion", completion);
        }
        if (duration != null) {
            result.put("duration", duration.toString());
        }
        if (response != null) {
            result.put("response", response);
        }
        if (!extensions.isEmpty()) {
            result.set("extensions", XapiJson.MAPPER.valueToTree(extensions));
        }
        return result;
    }

    /**
     * The typed view of a stored result; null without one. A duration Java cannot read as a
     * {@link Duration} (years, months, weeks) is left null: the raw statement still has it.
     */
    public static Result fromJson(JsonNode result) {
        if (result == null || !result.isObject()) {
            return null;
        }
        return new Result(Score.fromJson(result.get("score")), bool(result, "success"), bool(result, "completion"),
                duration(result.path("duration").asText(null)), result.path("response").asText(null),
                result.has("extensions") ? XapiJson.MAPPER.convertValue(result.get("extensions"),
                        new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { }) : null);
    }

    private static Boolean bool(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isBoolean() ? value.asBoolean() : null;
    }

    private static Duration duration(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Duration.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
