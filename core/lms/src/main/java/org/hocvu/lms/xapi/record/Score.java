package org.hocvu.lms.xapi.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.xapi.json.XapiJson;

/** A result's score (Data 2.4.5.1); any part may be absent (null). */
public record Score(Double scaled, Double raw, Double min, Double max) {

    public static Score scaled(double scaled) {
        return new Score(scaled, null, null, null);
    }

    /** Raw points out of a maximum, with the scaled score they make (min 0). */
    public static Score points(double raw, double max) {
        return new Score(max == 0 ? null : raw / max, raw, 0.0, max);
    }

    ObjectNode toJson() {
        ObjectNode score = XapiJson.object();
        putIfPresent(score, "scaled", scaled);
        putIfPresent(score, "raw", raw);
        putIfPresent(score, "min", min);
        putIfPresent(score, "max", max);
        return score;
    }

    static Score fromJson(JsonNode score) {
        if (score == null || !score.isObject()) {
            return null;
        }
        return new Score(number(score, "scaled"), number(score, "raw"), number(score, "min"), number(score, "max"));
    }

    private static void putIfPresent(ObjectNode node, String name, Double value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static Double number(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }
}
