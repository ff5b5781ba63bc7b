package org.hocvu.lms.content.nativeformat;

import org.hocvu.lms.content.check.KnownFrameworks;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.shared.data.YamlNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a lesson's quiz ({@code quiz/<lesson id>.yaml}): every item has an id, a type, a
 * competency of the package's frameworks, a difficulty, a prompt and feedback in every language,
 * and what its type needs to be marked.
 */
final class QuizReader {
    /** The item types of the format, as written in the file. */
    enum ItemType {
        SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, MATCHING, SEQUENCING, FILL_IN, NUMERIC, LIKERT;

        String dataName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static ItemType of(String name) {
            return Arrays.stream(values()).filter(t -> t.dataName().equals(name)).findFirst().orElse(null);
        }
    }

    private QuizReader() {
    }

    /** The number of items read (0 when the file could not be read at all). */
    static int check(Path folder, String file, List<String> languages, List<String> groups, KnownFrameworks frameworks,
                     Report report) throws IOException {
        YamlNode root;
        try (Reader reader = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
            root = YamlNode.parse(file, reader, report);
        }
        if (root == null) {
            return 0;
        }
        List<YamlNode> items = root.list("items");
        Set<String> ids = new HashSet<>();
        for (YamlNode item : items) {
            String id = item.text("id");
            if (id != null && !ids.add(id)) {
                item.get("id").problem("content.native.duplicate", "items", id);
            }
            String code = item.text("competency");
            if (code != null && !frameworks.hasCode(groups, code)) {
                item.get("competency").problem("content.native.unknown-competency", code, String.join(", ", groups));
            }
            String difficulty = item.text("difficulty");
            if (difficulty != null && Difficulty.ofDataName(difficulty).isEmpty()) {
                item.get("difficulty").problem("content.quiz.bad-difficulty", difficulty);
            }
            item.texts("prompt", languages);
            item.texts("feedback", languages);
            String typeName = item.text("type");
            ItemType type = typeName == null ? null : ItemType.of(typeName);
            if (typeName != null && type == null) {
                item.get("type").problem("content.quiz.bad-type", typeName,
                        String.join(", ", Arrays.stream(ItemType.values()).map(ItemType::dataName).toList()));
            } else if (type != null) {
                checkAnswer(item, type, languages);
            }
        }
        return items.size();
    }

    private static void checkAnswer(YamlNode item, ItemType type, List<String> languages) {
        switch (type) {
            case SINGLE_CHOICE -> {
                Set<String> choices = choices(item, languages);
                String answer = item.text("answer");
                if (answer != null && !choices.contains(answer)) {
                    item.get("answer").problem("content.quiz.answer-not-a-choice", answer);
                }
            }
            case MULTIPLE_RESPONSE -> {
                Set<String> choices = choices(item, languages);
                List<String> answers = item.strings("answer");
                answers.stream().filter(a -> !choices.contains(a))
                        .forEach(a -> item.get("answer").problem("content.quiz.answer-not-a-choice", a));
                if (item.has("answer") && answers.isEmpty()) {
                    item.get("answer").problem("content.quiz.needs", "answer", 1);
                }
            }
            case TRUE_FALSE -> {
                String answer = item.text("answer");
                if (answer != null && !answer.equals("true") && !answer.equals("false")) {
                    item.get("answer").problem("content.quiz.true-or-false", answer);
                }
            }
            case MATCHING -> atLeast(item, "pairs", 2).forEach(pair -> {
                pair.texts("left", languages);
                pair.texts("right", languages);
            });
            case SEQUENCING -> atLeast(item, "steps", 2).forEach(step -> step.texts("text", languages));
            case FILL_IN -> {
                YamlNode answers = item.get("answers");
                if (answers == null) {
                    item.problem("yaml.missing", "answers");
                } else {
                    languages.forEach(l -> {
                        if (!answers.has(l)) {
                            answers.problem("yaml.missing-translation", "answers", l);
                        } else {
                            answers.strings(l);
                        }
                    });
                }
            }
            case NUMERIC -> {
                number(item, "answer");
                if (item.has("tolerance")) {
                    number(item, "tolerance");
                }
            }
            case LIKERT -> atLeast(item, "scale", 3).forEach(point -> point.texts("text", languages));
        }
    }

    private static Set<String> choices(YamlNode item, List<String> languages) {
        Set<String> ids = new HashSet<>();
        for (YamlNode choice : atLeast(item, "choices", 2)) {
            String id = choice.text("id");
            if (id != null && !ids.add(id)) {
                choice.get("id").problem("content.native.duplicate", "choices", id);
            }
            choice.texts("text", languages);
        }
        return ids;
    }

    private static List<YamlNode> atLeast(YamlNode item, String key, int min) {
        List<YamlNode> list = item.list(key);
        if (item.has(key) && list.size() < min) {
            item.get(key).problem("content.quiz.needs", key, min);
        }
        return list;
    }

    private static void number(YamlNode item, String key) {
        String value = item.text(key);
        if (value != null) {
            try {
                new java.math.BigDecimal(value);
            } catch (NumberFormatException e) {
                item.get(key).problem("content.quiz.not-a-number", key, value);
            }
        }
    }
}
