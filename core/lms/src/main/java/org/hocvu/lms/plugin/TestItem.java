package org.hocvu.lms.plugin;

import org.hocvu.lms.competency.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One item of a test bank or a lesson quiz, in the quiz item format of docs/content-package-format.md,
 * with its {@code version} (raised whenever the item changes). What a type does not use is empty or null:
 * {@code answer} holds the choice ids (single choice: one; multiple response: several) or
 * {@code "true"}/{@code "false"}; {@code answers} the accepted fill-in answers per language;
 * {@code number} and {@code tolerance} a numeric answer. {@code ignore} says what a fill-in answer
 * may differ in and still match (default: case and spacing).
 */
public record TestItem(String id, int version, ItemType type, String competency, Difficulty difficulty, Text prompt,
                       Text feedback, List<Choice> choices, List<String> answer, List<Pair> pairs, List<Text> steps,
                       Map<String, List<String>> answers, BigDecimal number, BigDecimal tolerance, List<Text> scale,
                       Set<Leniency> ignore) {
    public TestItem {
        choices = choices == null ? List.of() : List.copyOf(choices);
        answer = answer == null ? List.of() : List.copyOf(answer);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        steps = steps == null ? List.of() : List.copyOf(steps);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        scale = scale == null ? List.of() : List.copyOf(scale);
        ignore = ignore == null ? DEFAULT_LENIENCY : Set.copyOf(ignore);
    }

    public static final Set<Leniency> DEFAULT_LENIENCY = Set.of(Leniency.CASE, Leniency.SPACING);

    public record Choice(String id, Text text) {
    }

    public record Pair(Text left, Text right) {
    }

    /** What a fill-in answer may differ in from an accepted one. */
    public enum Leniency {
        CASE, SPACING, DIACRITICS;

        public String dataName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TestItem withVersion(int newVersion) {
        return new TestItem(id, newVersion, type, competency, difficulty, prompt, feedback, choices, answer, pairs, steps,
                answers, number, tolerance, scale, ignore);
    }
}
