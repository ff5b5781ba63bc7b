package org.hocvu.lms.competency;

import java.util.List;

/** A CASE file that is not imported: the first problems (at most {@link CaseProblems#LISTED}) and how many there are. */
public class CaseImportRefused extends RuntimeException {
    private final transient List<CaseProblem> problems;
    private final int count;

    public CaseImportRefused(List<CaseProblem> problems, int count) {
        super("CASE file refused with " + count + " problems");
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    public List<CaseProblem> problems() {
        return problems;
    }

    public int count() {
        return count;
    }
}
