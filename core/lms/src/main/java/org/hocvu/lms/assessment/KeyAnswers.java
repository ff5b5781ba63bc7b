package org.hocvu.lms.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The right response to every item of an attempt, read from the key: for the demo learner's seeded
 * attempt and for tests, never for anything a learner reaches. A likert item gets its first point.
 */
@ApplicationScoped
class KeyAnswers {
    @Inject
    AttemptStore store;
    @Inject
    ItemStore items;
    @Inject
    AttemptViews views;

    Map<String, JsonNode> of(UUID attempt) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        store.items(attempt).forEach(row -> {
            JsonNode right = views.solution(items.get(row.ref()), row.presentation(), Locale.forLanguageTag("vi"));
            out.put(row.itemId(), right != null ? right : TextNode.valueOf(row.presentation().scale().get(0).token()));
        });
        return out;
    }
}
