package org.hocvu.ui.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import org.hocvu.lms.assessment.AttemptView;
import org.hocvu.lms.assessment.Presentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads an item's answer from the page's form fields ({@link PageItem#field()}) into the response the
 * assessment service takes. Empty means "nothing given for this item": a plain form that is saved
 * leaves such items as they were; the script's save of one item clears it.
 */
final class FormAnswers {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormAnswers() {
    }

    static Optional<JsonNode> of(AttemptView.FormItem item, MultivaluedMap<String, String> form) {
        String field = "r." + item.itemId();
        String one = form.getFirst(field);
        return switch (item.type()) {
            case "single-choice", "likert", "fill-in", "numeric" -> one == null || one.isBlank() ? Optional.empty()
                    : Optional.of(JSON.textNode(one.strip()));
            case "true-false" -> "true".equals(one) || "false".equals(one) ? Optional.of(JSON.booleanNode(Boolean.parseBoolean(one))) : Optional.empty();
            case "multiple-response" -> {
                List<String> chosen = form.get(field);
                if (chosen == null || chosen.isEmpty()) {
                    yield Optional.empty();
                }
                ArrayNode tokens = JSON.arrayNode();
                chosen.forEach(tokens::add);
                yield Optional.of(tokens);
            }
            case "matching" -> {
                ObjectNode pairs = JSON.objectNode();
                for (Presentation.ShownOption left : item.left()) {
                    String right = form.getFirst(field + "." + left.id());
                    if (right != null && !right.isBlank()) {
                        pairs.put(left.id(), right);
                    }
                }
                yield pairs.isEmpty() ? Optional.empty() : Optional.of(pairs);
            }
            case "sequencing" -> sequence(item, form, field);
            default -> Optional.empty();
        };
    }

    /** Steps ordered by the place chosen for each; only a complete order with every place once is an answer. */
    private static Optional<JsonNode> sequence(AttemptView.FormItem item, MultivaluedMap<String, String> form, String field) {
        record Placed(String token, int place) {
        }
        List<Placed> placed = new ArrayList<>();
        for (Presentation.ShownOption step : item.steps()) {
            try {
                placed.add(new Placed(step.id(), Integer.parseInt(form.getFirst(field + "." + step.id()))));
            } catch (NumberFormatException | NullPointerException e) {
                return Optional.empty();
            }
        }
        if (placed.stream().map(Placed::place).distinct().count() != placed.size()) {
            return Optional.empty();
        }
        ArrayNode order = JSON.arrayNode();
        placed.stream().sorted(Comparator.comparingInt(Placed::place)).forEach(p -> order.add(p.token()));
        return Optional.of(order);
    }
}
