package org.hocvu.lms.content.check;

import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.shared.data.YamlNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Everything a check found wrong with a package, each with file and line, so a partner fixes all of
 * it in one round. Problems are message keys (bundles {@code content} and {@code yaml}), rendered in
 * the reader's language only when shown.
 */
public final class Report implements YamlNode.ProblemSink {
    /** One problem; {@code line} is 1-based, 0 when it concerns a whole file; {@code file} null for the package as a whole. */
    public record Problem(String file, int line, String messageKey, List<Object> args) {
        public String message(Locale locale) {
            return Messages.get(locale, messageKey, args.toArray());
        }

        public String render(Locale locale) {
            return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message(locale);
        }
    }

    /** A problem as the API and the partner tool show it. */
    public record Line(String file, Integer line, String code, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    @Override
    public void problem(String file, int line, String messageKey, Object... args) {
        problems.add(new Problem(file, line, messageKey, args == null ? List.of() : List.of(args)));
    }

    /** A problem about the package as a whole or a file with no line. */
    public void add(String file, String messageKey, Object... args) {
        problem(file, 0, messageKey, args);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file())
                .thenComparingInt(Problem::line)).toList();
    }

    public List<Line> lines(Locale locale) {
        return problems().stream().map(p -> new Line(p.file(), p.line() > 0 ? p.line() : null, p.messageKey(), p.message(locale)))
                .toList();
    }

    public boolean has(String messageKey) {
        return problems.stream().anyMatch(p -> p.messageKey().equals(messageKey));
    }
}
