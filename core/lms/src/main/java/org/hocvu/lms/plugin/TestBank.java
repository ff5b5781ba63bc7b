package org.hocvu.lms.plugin;

import java.util.List;

/**
 * A plugin's standard-test bank ({@code test-bank.yaml}) as read and checked against its framework
 * and blueprint. {@code problems} name file and line; a bank with problems, or none at all, cannot
 * serve the standard test ({@link #usable()}), which is reported at start and to admins, never to a
 * learner pressing Start.
 */
public record TestBank(String pluginId, String file, boolean present, List<TestItem> items, List<Problems.Problem> problems) {
    public static final String FILE_NAME = "test-bank.yaml";

    public TestBank {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public boolean usable() {
        return present && problems.isEmpty();
    }
}
