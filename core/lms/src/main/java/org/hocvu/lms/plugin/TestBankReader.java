package org.hocvu.lms.plugin;

import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.competency.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a plugin's {@code test-bank.yaml}: the lesson-quiz item format plus an optional {@code version}
 * and {@code ignore} (fill-in leniency), each item's competency checked against the plugin's framework,
 * and then whether the bank can fill every form its blueprint asks for (each area's items per difficulty).
 */
final class TestBankReader {
    private final Framework framework;

    TestBankReader(Framework framework) {
        this.framework = framework;
    }

    List<TestItem> items(DataNode root) {
        List<TestItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataNode n : root.list("items")) {
            TestItem item = item(n, ids);
            if (item != null) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            root.problem("the test bank has no items");
        }
        return items;
    }

    private TestItem item(DataNode n, Set<String> ids) {
        String id = n.text("id");
        if (id != null && !ids.add(id)) {
            n.get("id").problem("duplicate item id '" + id + "'");
        }
        int version = n.has("version") ? n.integer("version", 1, 1_000_000) : 1;
        String competency = n.text("competency");
        if (competency != null && framework.competency(competency).isEmpty()) {
            n.get("competency").problem("competency '" + competency + "' is not in framework " + framework.key());
        }
        String difficultyName = n.text("difficulty");
        Difficulty difficulty = difficultyName == null ? null : Difficulty.ofDataName(difficultyName).orElse(null);
        if (difficultyName != null && difficulty == null) {
            n.get("difficulty").problem("difficulty '" + difficultyName + "' is not easy, medium or hard");
        }
        String typeName = n.text("type");
        ItemType type = typeName == null ? null : ItemType.ofDataName(typeName).orElse(null);
        if (typeName != null && type == null) {
            n.get("type").problem("item type '" + typeName + "' is not one of "
                    + java.util.Arrays.stream(ItemType.values()).map(ItemType::dataName).toList());
        }
        Text prompt = n.multilingual("prompt");
        Text feedback = n.multilingual("feedback");
        if (type == null || id == null || difficulty == null || competency == null) {
            return null;
        }
        Answer a = answer(n, type);
        return new TestItem(id, version, type, competency, difficulty, prompt, feedback, a.choices, a.answer, a.pairs,
                a.steps, a.answers, a.number, a.tolerance, a.scale, leniency(n));
    }

    /** What one type needs: the parts of {@link TestItem} that carry choices and the key. */
    private static final class Answer {
        List<TestItem.Choice> choices = List.of();
        List<String> answer = List.of();
        List<TestItem.Pair> pairs = List.of();
        List<Text> steps = List.of();
        Map<String, List<String>> answers = Map.of();
        BigDecimal number;
        BigDecimal tolerance;
        List<Text> scale = List.of();
    }

    private Answer answer(DataNode n, ItemType type) {
        Answer a = new Answer();
        switch (type) {
            case SINGLE_CHOICE -> {
                a.choices = choices(n);
                String answer = n.text("answer");
                a.answer = answer == null ? List.of() : List.of(answer);
            }
            case MULTIPLE_RESPONSE -> {
                a.choices = choices(n);
                a.answer = n.strings("answer");
                if (a.answer.isEmpty()) {
                    n.problem("'answer' names no choice");
                }
            }
            case TRUE_FALSE -> {
                String answer = n.text("answer");
                if (answer != null && !answer.equals("true") && !answer.equals("false")) {
                    n.get("answer").problem("'answer' must be true or false, not '" + answer + "'");
                }
                a.answer = answer == null ? List.of() : List.of(answer);
            }
            case MATCHING -> a.pairs = atLeast(n, "pairs", 2).stream()
                    .map(p -> new TestItem.Pair(p.multilingual("left"), p.multilingual("right"))).toList();
            case SEQUENCING -> a.steps = atLeast(n, "steps", 2).stream().map(s -> s.multilingual("text")).toList();
            case FILL_IN -> a.answers = fillInAnswers(n);
            case NUMERIC -> {
                a.number = number(n, "answer");
                a.tolerance = n.has("tolerance") ? number(n, "tolerance") : BigDecimal.ZERO;
            }
            case LIKERT -> a.scale = atLeast(n, "scale", 3).stream().map(s -> s.multilingual("text")).toList();
        }
        if (type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_RESPONSE) {
            Set<String> known = new HashSet<>(a.choices.stream().map(TestItem.Choice::id).toList());
            a.answer.stream().filter(x -> !known.contains(x))
                    .forEach(x -> n.get("answer").problem("answer '" + x + "' is not one of the choices " + known));
        }
        return a;
    }

    private static List<TestItem.Choice> choices(DataNode n) {
        Set<String> ids = new HashSet<>();
        List<TestItem.Choice> choices = new ArrayList<>();
        for (DataNode c : atLeast(n, "choices", 2)) {
            String id = c.text("id");
            if (id != null && !ids.add(id)) {
                c.get("id").problem("duplicate choice id '" + id + "'");
            }
            choices.add(new TestItem.Choice(id, c.multilingual("text")));
        }
        return choices;
    }

    private static Map<String, List<String>> fillInAnswers(DataNode n) {
        DataNode node = n.get("answers");
        if (node == null) {
            n.problem("'answers' is missing");
            return Map.of();
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        node.entries().keySet().forEach(language -> answers.put(language, node.strings(language)));
        if (!answers.containsKey("vi") || answers.get("vi").isEmpty()) {
            node.problem("'answers' needs the accepted answers in Vietnamese (vi)");
        }
        return answers;
    }

    private static Set<TestItem.Leniency> leniency(DataNode n) {
        if (!n.has("ignore")) {
            return TestItem.DEFAULT_LENIENCY;
        }
        Set<TestItem.Leniency> out = EnumSet.noneOf(TestItem.Leniency.class);
        for (String name : n.strings("ignore")) {
            java.util.Arrays.stream(TestItem.Leniency.values()).filter(l -> l.dataName().equals(name)).findFirst()
                    .ifPresentOrElse(out::add, () -> n.get("ignore").problem("'ignore' takes case, spacing and diacritics, not '" + name + "'"));
        }
        return out;
    }

    private static List<DataNode> atLeast(DataNode n, String key, int min) {
        List<DataNode> list = n.list(key);
        if (n.has(key) && list.size() < min) {
            n.get(key).problem("'" + key + "' needs at least " + min);
        }
        return list;
    }

    private static BigDecimal number(DataNode n, String key) {
        String value = n.text(key);
        try {
            return value == null ? BigDecimal.ZERO : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            n.get(key).problem("'" + key + "' must be a number, not '" + value + "'");
            return BigDecimal.ZERO;
        }
    }

    /**
     * Every area of the blueprint must find, for each difficulty, as many graded items of its domain
     * as its quota; reported at the bank's first line, naming what is short.
     */
    void checkSupply(DataNode root, List<TestItem> items, PluginData.Blueprint blueprint) {
        Map<String, String> domainOf = new HashMap<>();
        framework.domains().forEach(d -> d.competencies().forEach(c -> domainOf.put(c.code(), d.code())));
        Map<String, Map<Difficulty, Integer>> supply = new HashMap<>();
        items.stream().filter(i -> i.type().graded()).forEach(i -> supply
                .computeIfAbsent(domainOf.get(i.competency()), k -> new EnumMap<>(Difficulty.class))
                .merge(i.difficulty(), 1, Integer::sum));
        for (PluginData.Area area : blueprint.areas()) {
            blueprint.quota(area).forEach((difficulty, needed) -> {
                int have = supply.getOrDefault(area.domain(), Map.of()).getOrDefault(difficulty, 0);
                if (have < needed) {
                    root.problem("the blueprint cannot be satisfied: area " + area.domain() + " needs " + needed + " "
                            + difficulty.dataName() + " item(s) per form, the bank has " + have);
                }
            });
        }
    }
}
