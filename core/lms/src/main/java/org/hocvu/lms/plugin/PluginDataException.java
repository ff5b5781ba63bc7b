package org.hocvu.lms.plugin;

import java.util.List;

/** Plugin data the core cannot accept: start-up stops with every problem, each naming plugin, file and line. */
public class PluginDataException extends RuntimeException {
    private final transient List<Problems.Problem> problems;

    public PluginDataException(List<Problems.Problem> problems) {
        super("Invalid plugin data (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + String.join("\n  ", problems.stream().map(Problems.Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problems.Problem> problems() {
        return problems;
    }
}
