package org.hocvu.lms.competency;

import java.util.List;
import java.util.Locale;

/**
 * What an import stored: the framework version, whether it became current, how many of each thing it
 * holds (domains are the items right under the document, competencies the other items), and what is worth
 * saying about the file, in the caller's language.
 */
public record CaseImportReport(String key, String version, String identifier, String title, boolean current,
                               int domains, int competencies, int items, int associations, int crosswalks,
                               int levels, int levelDescriptors, int rubrics, List<String> warnings) {

    public static CaseImportReport of(CompetencyService.Imported imported, Locale locale) {
        Framework f = imported.framework();
        int domains = f.children(f.identifier()).size();
        int crosswalks = (int) f.associations().stream().filter(a -> a.type() != CrosswalkType.IS_CHILD_OF).count();
        int descriptors = f.items().stream().mapToInt(i -> i.levels().size()).sum();
        Locale in = Locale.forLanguageTag(CaseImporter.textLanguage(f.language()));
        return new CaseImportReport(f.key(), f.version(), f.identifier().toString(), f.title().in(in), imported.current(),
                domains, f.items().size() - domains, f.items().size(), f.associations().size(), crosswalks,
                f.levels().size(), descriptors, f.rubrics().size(),
                imported.warnings().stream().map(w -> w.in(locale)).toList());
    }
}
