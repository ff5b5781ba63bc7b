package org.hocvu.lms.competency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads an IMS CASE 1.0 CFPackage into a framework. The CFItems placed directly under the
 * CFDocument (isChildOf) become domains; everything below a domain becomes one of its
 * competencies, in tree order (deeper trees are flattened, and the report says so). Other
 * associations of a competency become its crosswalks; a CFRubric carries the level scale and
 * the level descriptors as {@link CaseExporter} writes them. Identifiers are kept as they are.
 */
public final class CaseImporter {
    static final Set<String> ASSOCIATION_TYPES = Set.of("isChildOf", "isPeerOf", "isPartOf", "exactMatchOf",
            "precedes", "isRelatedTo", "replacedBy", "exemplar", "hasSkillLevel");

    /** What an import created, or would create. */
    public record Report(String key, String version, String identifier, String title, int domains, int competencies,
                         int levels, int levelDescriptors, int crosswalks, List<String> warnings) {
    }

    /** The framework read and its report, or the problems that prevent the import. */
    public record Result(Framework framework, Report report, List<String> problems) {
    }

    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public static Result read(CasePackage pkg) {
        return new CaseImporter().run(pkg);
    }

    private Result run(CasePackage pkg) {
        CasePackage.Document doc = pkg == null ? null : pkg.document();
        if (doc == null) {
            return new Result(null, null, List.of("the package has no CFDocument"));
        }
        UUID docId = uuid(doc.identifier(), "CFDocument.identifier");
        require(doc.title(), "CFDocument.title");
        require(doc.lastChangeDateTime(), "CFDocument.lastChangeDateTime");
        String lang = doc.language() != null && doc.language().toLowerCase().startsWith("en") ? "en" : "vi";
        Map<String, CasePackage.Item> items = new LinkedHashMap<>();
        List<CasePackage.Item> listed = pkg.items() == null ? List.of() : pkg.items();
        for (CasePackage.Item item : listed) {
            uuid(item.identifier(), "CFItem.identifier");
            require(item.fullStatement(), "CFItem " + item.identifier() + " fullStatement");
            if (items.putIfAbsent(item.identifier(), item) != null) {
                problems.add("CFItem identifier " + item.identifier() + " is used twice");
            }
        }
        Map<String, List<CasePackage.Association>> children = new HashMap<>();
        List<CasePackage.Association> links = new ArrayList<>();
        for (CasePackage.Association a : pkg.associations() == null ? List.<CasePackage.Association>of() : pkg.associations()) {
            String type = a.associationType();
            if (!ASSOCIATION_TYPES.contains(type)) {
                problems.add("association " + a.identifier() + ": '" + type + "' is not a CASE association type");
            } else if (a.originNodeURI() == null || a.destinationNodeURI() == null) {
                problems.add("association " + a.identifier() + " lacks its origin or destination node");
            } else if (type.equals("isChildOf")) {
                children.computeIfAbsent(a.destinationNodeURI().identifier(), k -> new ArrayList<>()).add(a);
            } else {
                links.add(a);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, null, List.copyOf(problems));
        }
        List<Framework.Domain> domains = new ArrayList<>();
        Map<String, String> codeOfItem = new HashMap<>();
        Set<String> placed = new HashSet<>();
        int index = 0;
        for (CasePackage.Item root : ordered(children.get(doc.identifier()), items)) {
            index++;
            String domainCode = code(root, String.valueOf(index), codeOfItem);
            placed.add(root.identifier());
            List<CasePackage.Item> below = new ArrayList<>();
            descend(root, children, items, below, placed, 0);
            List<Framework.Competency> competencies = new ArrayList<>();
            int n = 0;
            for (CasePackage.Item c : below) {
                competencies.add(new Framework.Competency(code(c, domainCode + "." + ++n, codeOfItem),
                        UUID.fromString(c.identifier()), Text.of(lang, c.fullStatement()),
                        c.notes() == null ? null : Text.of(lang, c.notes()), new LinkedHashMap<>(), new ArrayList<>()));
            }
            domains.add(new Framework.Domain(domainCode, UUID.fromString(root.identifier()),
                    Text.of(lang, root.fullStatement()), competencies));
        }
        items.keySet().stream().filter(id -> !placed.contains(id))
                .forEach(id -> problems.add("CFItem " + id + " is not placed under the CFDocument by isChildOf"));
        Set<String> codes = new HashSet<>();
        codeOfItem.values().stream().filter(c -> !codes.add(c)).distinct()
                .forEach(c -> problems.add("humanCodingScheme '" + c + "' is used by two items"));
        if (domains.isEmpty()) {
            problems.add("no CFItem is a child of the CFDocument: the framework would be empty");
        }
        if (!problems.isEmpty()) {
            return new Result(null, null, List.copyOf(problems));
        }
        Map<String, Framework.Competency> competencies = new HashMap<>();
        domains.forEach(d -> d.competencies().forEach(c -> competencies.put(c.identifier().toString(), c)));
        int crosswalks = crosswalks(links, competencies);
        List<Framework.Level> levels = new ArrayList<>();
        int descriptors = rubrics(pkg.rubrics(), lang, levels, competencies);
        Framework f = new Framework(docId.toString(), doc.version() == null ? "1.0" : doc.version(), docId,
                Text.of(lang, doc.title()), doc.description() == null ? null : Text.of(lang, doc.description()),
                doc.creator(), doc.lastChangeDateTime(), lang, levels, domains);
        int count = (int) f.competencies().count();
        return new Result(f, new Report(f.key(), f.version(), docId.toString(), doc.title(), domains.size(), count,
                levels.size(), descriptors, crosswalks, List.copyOf(warnings)), List.of());
    }

    private void descend(CasePackage.Item parent, Map<String, List<CasePackage.Association>> children,
                         Map<String, CasePackage.Item> items, List<CasePackage.Item> out, Set<String> placed, int depth) {
        for (CasePackage.Item child : ordered(children.get(parent.identifier()), items)) {
            if (!placed.add(child.identifier())) {
                problems.add("CFItem " + child.identifier() + " has two places in the tree");
                continue;
            }
            if (depth == 1) {
                warnings.add("CFItem " + child.identifier() + " is more than two levels deep; it is listed as a competency of its domain");
            }
            out.add(child);
            descend(child, children, items, out, placed, depth + 1);
        }
    }

    /** Children in sequenceNumber order, then in the order the file lists their associations. */
    private List<CasePackage.Item> ordered(List<CasePackage.Association> links, Map<String, CasePackage.Item> items) {
        if (links == null) {
            return List.of();
        }
        List<CasePackage.Item> out = new ArrayList<>();
        links.stream().sorted(Comparator.comparing(a -> a.sequenceNumber() == null ? Integer.MAX_VALUE : a.sequenceNumber()))
                .forEach(a -> {
                    CasePackage.Item item = items.get(a.originNodeURI().identifier());
                    if (item == null) {
                        problems.add("association " + a.identifier() + " places an item the package does not contain: "
                                + a.originNodeURI().identifier());
                    } else {
                        out.add(item);
                    }
                });
        return out;
    }

    private String code(CasePackage.Item item, String fallback, Map<String, String> codes) {
        String code = item.humanCodingScheme();
        if (code == null || code.isBlank()) {
            code = fallback;
            warnings.add("CFItem " + item.identifier() + " has no humanCodingScheme; it gets code " + fallback);
        }
        codes.put(item.identifier(), code);
        return code;
    }

    private int crosswalks(List<CasePackage.Association> links, Map<String, Framework.Competency> competencies) {
        int count = 0;
        for (CasePackage.Association a : links) {
            Framework.Competency origin = competencies.get(a.originNodeURI().identifier());
            if (origin == null) {
                warnings.add("association " + a.identifier() + " (" + a.associationType()
                        + ") does not start at a competency; it is not kept");
                continue;
            }
            UUID target = uuid(a.destinationNodeURI().identifier(), "association " + a.identifier() + " destination");
            CrosswalkType type = CrosswalkType.ofCaseName(a.associationType()).orElse(null);
            if (type == null) {
                warnings.add("association " + a.identifier() + " has type '" + a.associationType()
                        + "', which is not a CASE 1.0 association type; it is not kept");
            } else if (target != null) {
                origin.crosswalks().add(new Framework.Crosswalk(type, new NodeRef(null, null, target,
                        a.destinationNodeURI().uri(), a.destinationNodeURI().title())));
                count++;
            }
        }
        return count;
    }

    private int rubrics(List<CasePackage.Rubric> rubrics, String lang, List<Framework.Level> levels,
                        Map<String, Framework.Competency> competencies) {
        Map<Double, String> seen = new TreeMap<>();
        int descriptors = 0;
        for (CasePackage.Rubric r : rubrics == null ? List.<CasePackage.Rubric>of() : rubrics) {
            for (CasePackage.Criterion c : r.criteria() == null ? List.<CasePackage.Criterion>of() : r.criteria()) {
                List<CasePackage.CriterionLevel> cl = c.levels() == null ? List.of() : c.levels();
                if (c.itemUri() == null) {
                    cl.forEach(l -> levels.add(new Framework.Level(l.quality(), step(l),
                            Text.of(lang, l.description()), l.feedback() == null ? null : Text.of(lang, l.feedback()))));
                    continue;
                }
                Framework.Competency competency = competencies.get(c.itemUri().identifier());
                if (competency == null) {
                    warnings.add("rubric criterion " + c.identifier() + " is about an item that is not a competency; it is not kept");
                    continue;
                }
                for (CasePackage.CriterionLevel l : cl) {
                    String levelCode = l.quality() != null ? l.quality() : String.valueOf(step(l));
                    competency.levels().put(levelCode, Text.of(lang, l.description()));
                    seen.putIfAbsent((double) step(l), levelCode);
                    descriptors++;
                }
            }
        }
        if (levels.isEmpty()) {
            seen.forEach((step, code) -> levels.add(new Framework.Level(code, step.intValue(), Text.of(lang, code), null)));
        }
        return descriptors;
    }

    private static int step(CasePackage.CriterionLevel l) {
        return l.position() != null ? l.position() : l.score() != null ? l.score().intValue() : 0;
    }

    private UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(what + " must be a UUID, not '" + value + "'");
            return null;
        }
    }

    private void require(String value, String what) {
        if (value == null || value.isBlank()) {
            problems.add(what + " is missing");
        }
    }
}
