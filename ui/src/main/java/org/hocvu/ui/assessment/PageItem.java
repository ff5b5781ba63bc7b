package org.hocvu.ui.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.assessment.AttemptView;
import org.hocvu.lms.assessment.Presentation;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of an attempt as the page draws it: plain form fields named {@code r.<item>} (and
 * {@code r.<item>.<left or step>} for matching and sequencing), each showing the saved response.
 */
public record PageItem(String itemId, int position, String type, String prompt, List<Option> options, List<Row> rows,
                       List<Option> targets, String value, Boolean answeredRight, AttemptView.Review review) {

    /** A choice, a scale point or a right-hand side of a matching item; {@code chosen} as saved. */
    public record Option(String id, String text, boolean chosen) {
    }

    /** A left-hand side of a matching item (chosen: its saved right side) or a step of a sequence (chosen: its saved place). */
    public record Row(String id, String text, String chosen) {
    }

    static PageItem of(AttemptView.FormItem item) {
        JsonNode r = item.response();
        List<Option> options = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Option> targets = new ArrayList<>();
        String value = r != null && (r.isTextual() || r.isNumber() || r.isBoolean()) ? r.asText() : "";
        switch (item.type()) {
            case "single-choice", "multiple-response" -> item.choices().forEach(o -> options.add(new Option(o.id(), o.text(), chosen(r, o.id()))));
            case "likert" -> item.scale().forEach(o -> options.add(new Option(o.id(), o.text(), chosen(r, o.id()))));
            case "matching" -> {
                item.left().forEach(l -> rows.add(new Row(l.id(), l.text(), r != null && r.has(l.id()) ? r.get(l.id()).asText() : "")));
                item.right().forEach(o -> targets.add(new Option(o.id(), o.text(), false)));
            }
            case "sequencing" -> {
                List<String> order = new ArrayList<>();
                if (r != null && r.isArray()) {
                    r.forEach(t -> order.add(t.asText()));
                }
                for (Presentation.ShownOption s : item.steps()) {
                    int at = order.indexOf(s.id());
                    rows.add(new Row(s.id(), s.text(), at < 0 ? "" : Integer.toString(at + 1)));
                }
                for (int i = 1; i <= item.steps().size(); i++) {
                    targets.add(new Option(Integer.toString(i), Integer.toString(i), false));
                }
            }
            default -> {
            }
        }
        return new PageItem(item.itemId(), item.position(), item.type(), item.prompt(), options, rows, targets, value,
                item.answeredRight(), item.review());
    }

    private static boolean chosen(JsonNode response, String id) {
        if (response == null) {
            return false;
        }
        if (response.isArray()) {
            for (JsonNode n : response) {
                if (n.asText().equals(id)) {
                    return true;
                }
            }
            return false;
        }
        return response.asText().equals(id);
    }

    public boolean is(String kind) {
        return type.equals(kind);
    }

    public String field() {
        return "r." + itemId;
    }
}
