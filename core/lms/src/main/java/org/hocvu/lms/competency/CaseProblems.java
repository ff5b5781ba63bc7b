package org.hocvu.lms.competency;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one CASE file: every one is counted, the first {@link #LISTED} are kept, so a
 * file with thousands of faults gives a short answer and a short-lived list.
 */
final class CaseProblems {
    static final int LISTED = 50;

    private final List<CaseProblem> listed = new ArrayList<>();
    private int count;

    void add(String path, String key, Object... args) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(CaseProblem.at(path, key, args));
        }
    }

    boolean any() {
        return count > 0;
    }

    int count() {
        return count;
    }

    List<CaseProblem> listed() {
        return List.copyOf(listed);
    }
}
