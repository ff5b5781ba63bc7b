package org.hocvu.lms.assessment.importing;

import org.hocvu.lms.shared.Messages;

import java.util.List;
import java.util.Locale;

/**
 * Something of a package's quizzes that did not become a bank item, or that the bank lacks: where
 * ({@code file} and 1-based {@code line}, 0 for the whole file; both null for the bank as a whole),
 * which item (null when not one), and why, as a message key with its arguments so it reads in the
 * admin's language.
 */
public record BankProblem(String file, int line, String item, String key, List<String> args) {
    public BankProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static BankProblem ofBank(String key, Object... args) {
        return new BankProblem(null, 0, null, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String render(Locale language) {
        String message = Messages.get(language, key, args.toArray());
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
    }
}
