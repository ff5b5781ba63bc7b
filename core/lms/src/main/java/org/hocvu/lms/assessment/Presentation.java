package org.hocvu.lms.assessment;

import org.hocvu.lms.plugin.TestItem;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * How one item is shown in one attempt: its options in a shuffled order, each under a token drawn
 * for this attempt. The learner sees and answers with tokens only, so neither the order nor the
 * author's ids (a sequence's first step, choice "a") say anything about the key.
 * {@code source} is the bank's id of the option: a choice id, or the index of a pair, step or scale point.
 */
public record Presentation(List<Option> choices, List<Option> left, List<Option> right, List<Option> steps,
                           List<Option> scale) {
    private static final Random RANDOM = new SecureRandom();
    private static final String TOKEN_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    public record Option(String token, String source) {
    }

    public Presentation {
        choices = choices == null ? List.of() : List.copyOf(choices);
        left = left == null ? List.of() : List.copyOf(left);
        right = right == null ? List.of() : List.copyOf(right);
        steps = steps == null ? List.of() : List.copyOf(steps);
        scale = scale == null ? List.of() : List.copyOf(scale);
    }

    static Presentation draw(TestItem item, Random random) {
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> new Presentation(
                    shuffled(item.choices().stream().map(TestItem.Choice::id).toList(), random), null, null, null, null);
            case MATCHING -> new Presentation(null, shuffled(indexes(item.pairs().size()), random),
                    shuffled(indexes(item.pairs().size()), random), null, null);
            case SEQUENCING -> new Presentation(null, null, null, shuffled(indexes(item.steps().size()), random), null);
            case LIKERT -> new Presentation(null, null, null, null, tokens(indexes(item.scale().size())));
            case TRUE_FALSE, FILL_IN, NUMERIC -> new Presentation(null, null, null, null, null);
        };
    }

    static Random random() {
        return RANDOM;
    }

    /** The bank id behind a token of one of the lists, if the token is one of them. */
    static Optional<String> source(List<Option> options, String token) {
        return options.stream().filter(o -> o.token().equals(token)).map(Option::source).findFirst();
    }

    static Optional<String> token(List<Option> options, String source) {
        return options.stream().filter(o -> o.source().equals(source)).map(Option::token).findFirst();
    }

    /** Options in their shown order with the text of each, for a page or the API. */
    static List<ShownOption> shown(List<Option> options, Function<String, String> textOfSource) {
        return options.stream().map(o -> new ShownOption(o.token(), textOfSource.apply(o.source()))).toList();
    }

    /** What the learner sees of an option: the token to answer with and the text. */
    public record ShownOption(String id, String text) {
    }

    private static List<String> indexes(int n) {
        return IntStream.range(0, n).mapToObj(Integer::toString).toList();
    }

    private static List<Option> shuffled(List<String> sources, Random random) {
        List<String> order = new ArrayList<>(sources);
        Collections.shuffle(order, random);
        return tokens(order);
    }

    private static List<Option> tokens(List<String> sources) {
        List<Option> out = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String source : sources) {
            String token;
            do {
                token = token();
            } while (!used.add(token));
            out.add(new Option(token, source));
        }
        return out;
    }

    private static String token() {
        StringBuilder b = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            b.append(TOKEN_LETTERS.charAt(RANDOM.nextInt(TOKEN_LETTERS.length())));
        }
        return b.toString();
    }
}
