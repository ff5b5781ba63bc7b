package org.hocvu.lms.course;

import org.hocvu.lms.shared.Messages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A lesson's practice quiz ({@code quiz/<lesson>.yaml}, checked at upload): each item shown as
 * plain form fields (works without JavaScript) and marked at once. Practice only: nothing here
 * counts towards a test.
 */
public final class PracticeQuiz {
    /** One input of an item's form; {@code input} is radio, checkbox, select or text. */
    public record Field(String name, String label, String input, List<Option> options) {
    }

    public record Option(String value, String label) {
    }

    /** An item as the page shows it. */
    public record Item(String id, String type, String prompt, List<String> competencies, List<Field> fields) {
    }

    private final List<Map<String, Object>> items;

    private PracticeQuiz(List<Map<String, Object>> items) {
        this.items = items;
    }

    @SuppressWarnings("unchecked")
    static PracticeQuiz parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Map<String, Object>> items = root instanceof Map<?, ?> m && m.get("items") instanceof List<?> l
                ? (List<Map<String, Object>>) l : List.of();
        return new PracticeQuiz(items);
    }

    static PracticeQuiz none() {
        return new PracticeQuiz(List.of());
    }

    List<Item> items(Locale language) {
        return items.stream().map(i -> item(i, language)).toList();
    }

    Optional<Map<String, Object>> raw(String itemId) {
        return items.stream().filter(i -> String.valueOf(i.get("id")).equals(itemId)).findFirst();
    }

    static String feedback(Map<String, Object> item, Locale language) {
        return text(item.get("feedback"), language);
    }

    static String competency(Map<String, Object> item) {
        return item.get("competency") == null ? null : String.valueOf(item.get("competency"));
    }

    private static Item item(Map<String, Object> i, Locale language) {
        String type = String.valueOf(i.get("type"));
        List<Field> fields = switch (type) {
            case "single-choice" -> List.of(new Field("answer", null, "radio", choices(i, language)));
            case "multiple-response" -> List.of(new Field("answer", null, "checkbox", choices(i, language)));
            case "true-false" -> List.of(new Field("answer", null, "radio", List.of(
                    new Option("true", Messages.get(language, "course.quiz.true")),
                    new Option("false", Messages.get(language, "course.quiz.false")))));
            case "likert" -> List.of(new Field("answer", null, "radio", IntStream.range(0, list(i, "scale").size())
                    .mapToObj(n -> new Option(String.valueOf(n), text(list(i, "scale").get(n).get("text"), language))).toList()));
            case "matching" -> matching(i, language);
            case "sequencing" -> sequencing(i, language);
            default -> List.of(new Field("answer", null, "text", List.of()));
        };
        String competency = competency(i);
        return new Item(String.valueOf(i.get("id")), type, text(i.get("prompt"), language),
                competency == null ? List.of() : List.of(competency), fields);
    }

    /** Each left side with a list of the right sides (in an order that does not give the answer away). */
    private static List<Field> matching(Map<String, Object> i, Locale language) {
        List<Map<String, Object>> pairs = list(i, "pairs");
        List<Option> rights = new ArrayList<>(IntStream.range(0, pairs.size())
                .mapToObj(n -> new Option(String.valueOf(n), text(pairs.get(n).get("right"), language))).toList());
        rights.sort(Comparator.comparing(Option::label));
        return IntStream.range(0, pairs.size()).mapToObj(n -> new Field("pair-" + n, text(pairs.get(n).get("left"), language),
                "select", rights)).toList();
    }

    /** Each step (alphabetically, not in the right order) with the position the learner gives it. */
    private static List<Field> sequencing(Map<String, Object> i, Locale language) {
        List<Map<String, Object>> steps = list(i, "steps");
        List<Option> positions = IntStream.rangeClosed(1, steps.size())
                .mapToObj(n -> new Option(String.valueOf(n), String.valueOf(n))).toList();
        return IntStream.range(0, steps.size()).boxed()
                .sorted(Comparator.comparing(n -> text(steps.get(n).get("text"), language)))
                .map(n -> new Field("step-" + n, text(steps.get(n).get("text"), language), "select", positions)).toList();
    }

    /** Whether the answer is right; null for an item that has no right answer (likert). */
    static Boolean mark(Map<String, Object> i, Map<String, List<String>> form, Locale language) {
        String type = String.valueOf(i.get("type"));
        String answer = first(form, "answer");
        return switch (type) {
            case "single-choice", "true-false" -> String.valueOf(i.get("answer")).equals(answer);
            case "multiple-response" -> new HashSet<>(form.getOrDefault("answer", List.of()))
                    .equals(new HashSet<>(((List<?>) i.get("answer")).stream().map(String::valueOf).toList()));
            case "likert" -> null;
            case "numeric" -> numeric(i, answer);
            case "fill-in" -> fillIn(i, answer, language);
            case "matching" -> IntStream.range(0, list(i, "pairs").size())
                    .allMatch(n -> String.valueOf(n).equals(first(form, "pair-" + n)));
            case "sequencing" -> IntStream.range(0, list(i, "steps").size())
                    .allMatch(n -> String.valueOf(n + 1).equals(first(form, "step-" + n)));
            default -> false;
        };
    }

    /** The learner gave something for every field of the item. */
    static boolean answered(Item item, Map<String, List<String>> form) {
        return item.fields().stream().allMatch(f -> form.getOrDefault(f.name(), List.of()).stream()
                .anyMatch(v -> !v.isBlank()));
    }

    private static boolean numeric(Map<String, Object> i, String answer) {
        try {
            double given = Double.parseDouble(answer.strip().replace(',', '.'));
            double right = Double.parseDouble(String.valueOf(i.get("answer")));
            double tolerance = i.get("tolerance") == null ? 0 : Double.parseDouble(String.valueOf(i.get("tolerance")));
            return Math.abs(given - right) <= tolerance + 1e-9;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean fillIn(Map<String, Object> i, String answer, Locale language) {
        if (answer == null || !(i.get("answers") instanceof Map<?, ?> byLanguage)) {
            return false;
        }
        String given = answer.strip().toLowerCase(language);
        return ((Map<String, Object>) byLanguage).values().stream().filter(List.class::isInstance)
                .flatMap(l -> ((List<?>) l).stream()).anyMatch(a -> String.valueOf(a).strip().toLowerCase(language).equals(given));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> i, String key) {
        return i.get(key) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static String text(Object texts, Locale language) {
        if (texts instanceof Map<?, ?> map) {
            return Texts.in((Map<String, String>) map, language, "");
        }
        return texts == null ? "" : String.valueOf(texts);
    }

    private static List<Option> choices(Map<String, Object> i, Locale language) {
        return list(i, "choices").stream().map(c -> new Option(String.valueOf(c.get("id")), text(c.get("text"), language)))
                .toList();
    }
}
