package org.hocvu.lms.competency;

import org.hocvu.lms.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with (or worth saying about) a CASE file, at a path such as
 * {@code CFAssociations[3].associationType}: a message key of {@code i18n/competency} under
 * {@code competency.case.problem.} whose first argument is the path.
 */
public record CaseProblem(String path, String key, List<Object> args) {

    static CaseProblem at(String path, String key, Object... args) {
        return new CaseProblem(path, key, List.of(args));
    }

    public String in(Locale locale) {
        List<Object> all = new ArrayList<>();
        all.add(path);
        all.addAll(args);
        return Messages.get(locale, "competency.case.problem." + key, all.toArray());
    }
}
