package org.hocvu.lms.competency;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * A framework in one language as a tree: domains → competencies → levels, for pages and API callers.
 * A domain lists every item below it, however deep, in tree order; each names its {@code parents}, so the
 * deeper tree can be rebuilt. {@code unplaced} lists items the framework does not place below a domain.
 */
public record FrameworkTree(String key, String version, String identifier, String title, String description,
                            String source, String language, List<LevelView> levels, List<DomainView> domains,
                            List<CompetencyView> unplaced) {

    public record LevelView(String code, int step, String name, String note) {
    }

    public record DomainView(String code, String name, List<CompetencyView> competencies) {
    }

    /** {@code levels} lists every level of the scale, with what this competency means at it (when the framework says). */
    public record CompetencyView(String code, String name, String description, List<LevelDescriptor> levels,
                                 List<CrosswalkView> crosswalks, List<String> parents) {
    }

    public record LevelDescriptor(String code, int step, String name, String descriptor) {
    }

    public record CrosswalkView(String type, String target, String identifier) {
    }

    public static FrameworkTree of(Framework f, Locale locale) {
        List<DomainView> domains = f.domains().stream().map(d -> new DomainView(d.code(), d.name().in(locale),
                d.competencies().stream().map(c -> competency(f, c, locale)).toList())).toList();
        Set<String> placed = new HashSet<>();
        f.domains().forEach(d -> {
            placed.add(d.code());
            d.competencies().forEach(c -> placed.add(c.code()));
        });
        List<CompetencyView> unplaced = f.competencies().filter(c -> !placed.contains(c.code()))
                .map(c -> competency(f, c, locale)).toList();
        return new FrameworkTree(f.key(), f.version(), f.identifier().toString(), f.title().in(locale),
                text(f.description(), locale), f.source(), locale.getLanguage(),
                f.levels().stream().map(l -> new LevelView(l.code(), l.step(), l.name().in(locale), text(l.note(), locale)))
                        .toList(), domains, unplaced);
    }

    private static CompetencyView competency(Framework f, Framework.Competency c, Locale locale) {
        List<LevelDescriptor> levels = f.levels().stream().map(l -> new LevelDescriptor(l.code(), l.step(),
                l.name().in(locale), text(c.levels().get(l.code()), locale))).toList();
        List<CrosswalkView> crosswalks = c.crosswalks().stream()
                .map(x -> new CrosswalkView(x.type().caseName(), x.target().label(), x.target().identifier().toString())).toList();
        List<String> parents = f.parents(c.identifier()).stream().map(Framework.Item::code).toList();
        return new CompetencyView(c.code(), c.name().in(locale), text(c.description(), locale), levels, crosswalks, parents);
    }

    private static String text(Text t, Locale locale) {
        return t == null ? null : t.in(locale);
    }
}
