package org.hocvu.lms.competency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * HọcVụ's level scale and level descriptors as one CFRubric, identified by a name-based UUID of the
 * document ({@link #rubricId}), so an import recognises HọcVụ's own scale and reads every other rubric as
 * what it is — a rubric. One criterion for the scale (no CFItemURI; level code in {@code quality}, step in
 * {@code score} and {@code position}, name in {@code description}, note in {@code feedback}), and one
 * criterion per item with descriptors. Criteria and levels have the rubric's URI with their identifier as fragment.
 */
final class CaseLevelScale {
    private static final String SCALE = "scale";

    private CaseLevelScale() {
    }

    static UUID rubricId(Framework f) {
        return rubricId(f.identifier());
    }

    static UUID rubricId(UUID document) {
        return StableIds.derived(document, "levels");
    }

    static Optional<CasePackage.Rubric> write(Framework f, Locale in, CasePackage.LinkUri doc, CaseUris uris) {
        if (f.levels().isEmpty()) {
            return Optional.empty();
        }
        UUID rubricId = rubricId(f);
        String when = f.lastChange();
        List<CasePackage.Criterion> criteria = new ArrayList<>();
        UUID scaleId = StableIds.derived(rubricId, SCALE);
        List<CasePackage.CriterionLevel> scale = f.levels().stream().map(l -> {
            String id = StableIds.derived(scaleId, l.code()).toString();
            return new CasePackage.CriterionLevel(id, uris.part(rubricId, id), l.name().in(in), l.code(),
                    (double) l.step(), l.note() == null ? null : l.note().in(in), l.step(), scaleId.toString(), when);
        }).toList();
        criteria.add(new CasePackage.Criterion(scaleId.toString(), uris.part(rubricId, scaleId.toString()), SCALE,
                doc.title(), null, null, 0, rubricId.toString(), when, scale));
        int position = 0;
        for (Framework.Item c : f.items()) {
            position++;
            if (c.levels().isEmpty()) {
                continue;
            }
            UUID criterionId = StableIds.derived(rubricId, c.identifier().toString());
            List<CasePackage.CriterionLevel> levels = new ArrayList<>();
            for (Map.Entry<String, Text> e : c.levels().entrySet()) {
                int step = f.level(e.getKey()).map(Framework.Level::step).orElse(0);
                String id = StableIds.derived(criterionId, e.getKey()).toString();
                levels.add(new CasePackage.CriterionLevel(id, uris.part(rubricId, id), e.getValue().in(in), e.getKey(),
                        (double) step, null, step, criterionId.toString(), when));
            }
            String name = c.name().in(in);
            criteria.add(new CasePackage.Criterion(criterionId.toString(), uris.part(rubricId, criterionId.toString()),
                    c.code(), name, uris.link(name, c.identifier(), CaseKind.ITEM), null, position,
                    rubricId.toString(), when, levels));
        }
        return Optional.of(new CasePackage.Rubric(rubricId.toString(), uris.of(CaseKind.RUBRIC, rubricId), doc.title(),
                null, when, criteria));
    }

    /** The scale and descriptors HọcVụ wrote: levels into {@code levels}, descriptors by item identifier. */
    record Read(List<Framework.Level> levels, Map<String, Map<String, Text>> descriptors) {
    }

    static Read read(CasePackage.Rubric rubric, String lang) {
        List<Framework.Level> levels = new ArrayList<>();
        Map<String, Map<String, Text>> descriptors = new LinkedHashMap<>();
        for (CasePackage.Criterion c : rubric.criteria() == null ? List.<CasePackage.Criterion>of() : rubric.criteria()) {
            List<CasePackage.CriterionLevel> cl = c.levels() == null ? List.of() : c.levels();
            if (c.itemUri() == null) {
                cl.forEach(l -> levels.add(new Framework.Level(l.quality(), step(l), Text.of(lang, l.description()),
                        l.feedback() == null ? null : Text.of(lang, l.feedback()))));
                continue;
            }
            Map<String, Text> of = descriptors.computeIfAbsent(c.itemUri().identifier(), k -> new LinkedHashMap<>());
            cl.forEach(l -> of.put(l.quality() != null ? l.quality() : String.valueOf(step(l)), Text.of(lang, l.description())));
        }
        return new Read(levels, descriptors);
    }

    private static int step(CasePackage.CriterionLevel l) {
        return l.position() != null ? l.position() : l.score() != null ? l.score().intValue() : 0;
    }
}
