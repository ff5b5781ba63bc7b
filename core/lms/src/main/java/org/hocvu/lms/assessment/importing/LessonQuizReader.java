package org.hocvu.lms.assessment.importing;

import org.hocvu.lms.competency.Text;
import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.ItemType;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.shared.data.YamlNode;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a published lesson's quiz ({@code quiz/<lesson>.yaml}, the format of
 * docs/content-package-format.md) into bank items: each item's id becomes {@code <lesson>/<id>}
 * (quiz ids are unique per lesson only), its type the assessment type of the same name, its
 * difficulty its own or {@link #DEFAULT_DIFFICULTY}. An item the reader cannot make whole (a
 * missing key, an answer that is not a choice, an unknown type) is left out and reported with its
 * file and line; the others are read. Competency tags are given by the caller (item, lesson, package).
 */
public final class LessonQuizReader {
    /** The difficulty of a quiz item that states none (the quiz format asks for one, older files may lack it). */
    public static final Difficulty DEFAULT_DIFFICULTY = Difficulty.MEDIUM;
    /** The competency of an item when neither it, its lesson nor its package names one (as imports without one). */
    public static final String NO_COMPETENCY = "-";
    /** {@code assessment_item.item_id}'s width. */
    static final int MAX_ITEM_ID = 120;

    /** What one quiz gave: its items (version 0: the store numbers them) and what it could not carry over. */
    public record Read(List<TestItem> items, List<BankProblem> problems) {
    }

    private final String file;
    private final String lessonId;
    private final List<String> languages;
    private final String fallbackCompetency;
    private final List<BankProblem> problems = new ArrayList<>();
    private String itemId;

    /**
     * @param fallbackCompetency the competency of an item that names none (the lesson's first code,
     *                           else the package's; null when there is none: {@link #NO_COMPETENCY})
     */
    public LessonQuizReader(String file, String lessonId, List<String> languages, String fallbackCompetency) {
        this.file = file;
        this.lessonId = lessonId;
        this.languages = List.copyOf(languages);
        this.fallbackCompetency = fallbackCompetency;
    }

    public Read read(String yaml) {
        YamlNode root = YamlNode.parse(file, new StringReader(yaml), this::problem);
        List<TestItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode node : root == null ? List.<YamlNode>of() : root.list("items")) {
            int before = problems.size();
            itemId = null;
            TestItem item = item(node, ids);
            for (int i = before; i < problems.size(); i++) {
                BankProblem p = problems.get(i);
                problems.set(i, new BankProblem(p.file(), p.line(), itemId, p.key(), p.args()));
            }
            if (item != null && problems.size() == before) {
                items.add(item);
            }
        }
        return new Read(items, problems);
    }

    private void problem(String file, int line, String key, Object... args) {
        problems.add(new BankProblem(file, line, null, key, Arrays.stream(args).map(String::valueOf).toList()));
    }

    private TestItem item(YamlNode n, Set<String> ids) {
        String id = n.text("id");
        itemId = id;
        if (id != null && !ids.add(id)) {
            n.get("id").problem("content.native.duplicate", "items", id);
        }
        String bankId = id == null ? null : lessonId + "/" + id;
        if (bankId != null && bankId.length() > MAX_ITEM_ID) {
            n.get("id").problem("assessment.package.item-id-too-long", MAX_ITEM_ID);
        }
        String competency = n.has("competency") ? n.optionalText("competency")
                : fallbackCompetency == null ? NO_COMPETENCY : fallbackCompetency;
        Difficulty difficulty = difficulty(n);
        String typeName = n.text("type");
        ItemType type = typeName == null ? null : ItemType.ofDataName(typeName).orElse(null);
        if (typeName != null && type == null) {
            n.get("type").problem("content.quiz.bad-type", typeName,
                    String.join(", ", Arrays.stream(ItemType.values()).map(ItemType::dataName).toList()));
        }
        Text prompt = new Text(n.texts("prompt", languages));
        Text feedback = n.has("feedback") ? new Text(n.texts("feedback", languages)) : Text.EMPTY;
        if (bankId == null || type == null || competency == null || difficulty == null) {
            return null;
        }
        Key key = key(n, type);
        return new TestItem(bankId, 0, type, competency, difficulty, prompt, feedback, key.choices, key.answer, key.pairs,
                key.steps, key.answers, key.number, key.tolerance, key.scale, TestItem.DEFAULT_LENIENCY);
    }

    private static Difficulty difficulty(YamlNode n) {
        if (!n.has("difficulty")) {
            return DEFAULT_DIFFICULTY;
        }
        String name = n.optionalText("difficulty");
        Difficulty difficulty = name == null ? null : Difficulty.ofDataName(name).orElse(null);
        if (name != null && difficulty == null) {
            n.get("difficulty").problem("content.quiz.bad-difficulty", name);
        }
        return difficulty;
    }

    /** The parts of a {@link TestItem} that carry the choices and the key, as the type needs them. */
    private static final class Key {
        List<TestItem.Choice> choices = List.of();
        List<String> answer = List.of();
        List<TestItem.Pair> pairs = List.of();
        List<Text> steps = List.of();
        Map<String, List<String>> answers = Map.of();
        BigDecimal number;
        BigDecimal tolerance;
        List<Text> scale = List.of();
    }

    private Key key(YamlNode n, ItemType type) {
        Key k = new Key();
        switch (type) {
            case SINGLE_CHOICE -> {
                k.choices = choices(n);
                k.answer = single(n);
            }
            case MULTIPLE_RESPONSE -> {
                k.choices = choices(n);
                k.answer = n.strings("answer");
                if (n.has("answer") && k.answer.isEmpty()) {
                    n.get("answer").problem("content.quiz.needs", "answer", 1);
                }
            }
            case TRUE_FALSE -> {
                k.answer = single(n);
                k.answer.stream().filter(a -> !a.equals("true") && !a.equals("false"))
                        .forEach(a -> n.get("answer").problem("content.quiz.true-or-false", a));
            }
            case MATCHING -> k.pairs = atLeast(n, "pairs", 2).stream()
                    .map(p -> new TestItem.Pair(new Text(p.texts("left", languages)), new Text(p.texts("right", languages)))).toList();
            case SEQUENCING -> k.steps = texts(n, "steps", 2);
            case FILL_IN -> k.answers = fillIn(n);
            case NUMERIC -> {
                k.number = number(n, "answer");
                k.tolerance = n.has("tolerance") ? number(n, "tolerance") : BigDecimal.ZERO;
            }
            case LIKERT -> k.scale = texts(n, "scale", 3);
        }
        Set<String> known = new HashSet<>(k.choices.stream().map(TestItem.Choice::id).toList());
        if (!k.choices.isEmpty()) {
            k.answer.stream().filter(a -> !known.contains(a)).forEach(a -> n.get("answer").problem("content.quiz.answer-not-a-choice", a));
        }
        return k;
    }

    private static List<String> single(YamlNode n) {
        String answer = n.text("answer");
        return answer == null ? List.of() : List.of(answer);
    }

    private List<TestItem.Choice> choices(YamlNode n) {
        Set<String> ids = new HashSet<>();
        List<TestItem.Choice> out = new ArrayList<>();
        for (YamlNode c : atLeast(n, "choices", 2)) {
            String id = c.text("id");
            if (id != null && !ids.add(id)) {
                c.get("id").problem("content.native.duplicate", "choices", id);
            }
            out.add(new TestItem.Choice(id, new Text(c.texts("text", languages))));
        }
        return out;
    }

    private List<Text> texts(YamlNode n, String key, int min) {
        return atLeast(n, key, min).stream().map(s -> new Text(s.texts("text", languages))).toList();
    }

    private Map<String, List<String>> fillIn(YamlNode n) {
        if (!n.has("answers")) {
            n.problem("yaml.missing", "answers");
            return Map.of();
        }
        YamlNode node = n.get("answers");
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>(languages);
        wanted.forEach(l -> {
            if (node.has(l)) {
                out.put(l, node.strings(l));
            } else {
                node.problem("yaml.missing-translation", "answers", l);
            }
        });
        return out;
    }

    private static List<YamlNode> atLeast(YamlNode n, String key, int min) {
        List<YamlNode> list = n.list(key);
        if (n.has(key) && list.size() < min) {
            n.get(key).problem("content.quiz.needs", key, min);
        }
        return list;
    }

    private static BigDecimal number(YamlNode n, String key) {
        String value = n.text(key);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            n.get(key).problem("content.quiz.not-a-number", key, value);
            return null;
        }
    }
}
