package org.hocvu.lms.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.XapiException;

import java.math.BigDecimal;
import java.util.Set;

/** Result and score (Data 2.4.5): a scaled score in [-1, 1], raw between min and max. */
final class ResultRules {
    private static final Set<String> RESULT_PROPERTIES = Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");

    private ResultRules() {
    }

    static void result(JsonNode node, String path) {
        Shape.allowOnly(node, path, RESULT_PROPERTIES);
        if (node.has("score")) {
            score(node.get("score"), Shape.join(path, "score"));
        }
        if (node.has("success")) {
            Shape.bool(node.get("success"), Shape.join(path, "success"));
        }
        if (node.has("completion")) {
            Shape.bool(node.get("completion"), Shape.join(path, "completion"));
        }
        if (node.has("response")) {
            Shape.text(node.get("response"), Shape.join(path, "response"));
        }
        if (node.has("duration")) {
            Shape.formatted(node.get("duration"), Shape.join(path, "duration"), Formats::duration, "xapi.rule.duration");
        }
        if (node.has("extensions")) {
            Shape.extensions(node.get("extensions"), Shape.join(path, "extensions"));
        }
    }

    private static void score(JsonNode node, String path) {
        Shape.allowOnly(node, path, SCORE_PROPERTIES);
        for (String name : SCORE_PROPERTIES) {
            if (node.has(name)) {
                Shape.number(node.get(name), Shape.join(path, name));
            }
        }
        if (node.has("scaled")) {
            BigDecimal scaled = node.get("scaled").decimalValue();
            if (scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0) {
                throw XapiException.invalid(Shape.join(path, "scaled"), "xapi.rule.scaled", scaled.toPlainString());
            }
        }
        BigDecimal min = node.has("min") ? node.get("min").decimalValue() : null;
        BigDecimal max = node.has("max") ? node.get("max").decimalValue() : null;
        if (min != null && max != null && min.compareTo(max) >= 0) {
            throw XapiException.invalid(Shape.join(path, "max"), "xapi.rule.max-above-min");
        }
        if (node.has("raw")) {
            BigDecimal raw = node.get("raw").decimalValue();
            if ((min != null && raw.compareTo(min) < 0) || (max != null && raw.compareTo(max) > 0)) {
                throw XapiException.invalid(Shape.join(path, "raw"), "xapi.rule.raw-range", raw.toPlainString());
            }
        }
    }
}
