package org.hocvu.lms.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.shared.ApiException;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a learner's response to an item as shown in their attempt (tokens, see {@link Presentation})
 * and marks it against the item's key. A response is JSON: a token (single choice, likert), a list of
 * tokens (multiple response; sequencing in order), {@code true}/{@code false}, an object left token →
 * right token (matching), a text (fill-in) or a number (numeric).
 */
final class Grading {
    static final int MAX_TEXT = 500;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A marked response: whether it is right (null for a likert item) and its xAPI form in the bank's ids. */
    record Mark(Boolean right, String xapiResponse) {
    }

    private Grading() {
    }

    /** Refuses a response that is not an answer to this item as shown (400 naming what is expected). */
    static void check(TestItem item, Presentation shown, JsonNode response) {
        if (response == null || response.isNull()) {
            return;
        }
        boolean fits = switch (item.type()) {
            case SINGLE_CHOICE -> response.isTextual() && Presentation.source(shown.choices(), response.asText()).isPresent();
            case LIKERT -> response.isTextual() && Presentation.source(shown.scale(), response.asText()).isPresent();
            case MULTIPLE_RESPONSE -> tokens(response, shown.choices(), false);
            case SEQUENCING -> tokens(response, shown.steps(), true);
            case TRUE_FALSE -> response.isBoolean();
            case MATCHING -> matching(response, shown);
            case FILL_IN -> response.isTextual() && response.asText().length() <= MAX_TEXT;
            case NUMERIC -> number(response) != null;
        };
        if (!fits) {
            throw ApiException.badRequest("response", "assessment.response.bad-shape." + item.type().dataName());
        }
    }

    static Mark mark(TestItem item, Presentation shown, JsonNode response) {
        if (response == null || response.isNull()) {
            return new Mark(item.type().graded() ? false : null, null);
        }
        return switch (item.type()) {
            case SINGLE_CHOICE -> {
                String chosen = Presentation.source(shown.choices(), response.asText()).orElse("");
                yield new Mark(item.answer().equals(List.of(chosen)), chosen);
            }
            case MULTIPLE_RESPONSE -> {
                List<String> chosen = sources(response, shown.choices());
                yield new Mark(new HashSet<>(chosen).equals(new HashSet<>(item.answer())), String.join("[,]", chosen));
            }
            case TRUE_FALSE -> new Mark(item.answer().equals(List.of(Boolean.toString(response.asBoolean()))),
                    Boolean.toString(response.asBoolean()));
            case SEQUENCING -> {
                List<String> order = sources(response, shown.steps());
                List<String> right = java.util.stream.IntStream.range(0, item.steps().size()).mapToObj(Integer::toString).toList();
                yield new Mark(order.equals(right), order.stream().map(i -> "s" + i).collect(Collectors.joining("[,]")));
            }
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                boolean all = true;
                for (Presentation.Option left : shown.left()) {
                    String right = response.has(left.token())
                            ? Presentation.source(shown.right(), response.get(left.token()).asText()).orElse(null) : null;
                    all &= left.source().equals(right);
                    if (right != null) {
                        pairs.add("l" + left.source() + "[.]r" + right);
                    }
                }
                yield new Mark(all, String.join("[,]", pairs));
            }
            case FILL_IN -> new Mark(fillInMatches(item, response.asText()), response.asText());
            case NUMERIC -> {
                BigDecimal given = number(response);
                yield new Mark(given.subtract(item.number()).abs().compareTo(item.tolerance()) <= 0, given.toPlainString());
            }
            case LIKERT -> new Mark(null, Presentation.source(shown.scale(), response.asText()).orElse(""));
        };
    }

    /** Any accepted answer in any language matches, after the item's leniency is applied to both sides. */
    static boolean fillInMatches(TestItem item, String given) {
        String wanted = normal(given, item.ignore());
        return item.answers().values().stream().flatMap(List::stream).anyMatch(a -> normal(a, item.ignore()).equals(wanted));
    }

    static String normal(String text, Set<TestItem.Leniency> ignore) {
        String s = SPACES.matcher(text.strip()).replaceAll(ignore.contains(TestItem.Leniency.SPACING) ? "" : " ");
        if (ignore.contains(TestItem.Leniency.CASE)) {
            s = s.toLowerCase(Locale.ROOT);
        }
        if (ignore.contains(TestItem.Leniency.DIACRITICS)) {
            // đ/Đ is a letter of its own, not d with a mark, so NFD alone leaves it
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static boolean tokens(JsonNode response, List<Presentation.Option> options, boolean allOnce) {
        if (!response.isArray() || response.size() > options.size()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode t : response) {
            if (!t.isTextual() || Presentation.source(options, t.asText()).isEmpty() || !seen.add(t.asText())) {
                return false;
            }
        }
        return !allOnce || seen.size() == options.size();
    }

    private static boolean matching(JsonNode response, Presentation shown) {
        if (!response.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = response.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (Presentation.source(shown.left(), e.getKey()).isEmpty() || !e.getValue().isTextual()
                    || Presentation.source(shown.right(), e.getValue().asText()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sources(JsonNode tokens, List<Presentation.Option> options) {
        List<String> out = new ArrayList<>();
        tokens.forEach(t -> Presentation.source(options, t.asText()).ifPresent(out::add));
        return out;
    }

    private static BigDecimal number(JsonNode response) {
        try {
            if (response.isNumber()) {
                return response.decimalValue();
            }
            String text = response.isTextual() ? response.asText().strip().replace(',', '.') : null;
            return text == null || text.isEmpty() || text.length() > 40 ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
