package org.hocvu.lms.competency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads an IMS CASE 1.0 CFPackage into a framework without losing anything the file says: every item
 * and association with its identifier, trees of any depth, items with several parents or none, links to
 * nodes elsewhere with the URI their source gave, each item's language, rubrics, definitions and every
 * other CASE field. A CFRubric is HọcVụ's level scale only when HọcVụ wrote it ({@link CaseLevelScale}).
 * Problems name the object and field, e.g. {@code CFAssociations[3].associationType}.
 */
public final class CaseImporter {
    static final int MAX_CODE = 60;
    static final int MAX_VERSION = 40;

    /** The framework read, what is worth saying about it, or the problems that prevent the import. */
    public record Result(Framework framework, List<CaseProblem> warnings, List<CaseProblem> problems, int problemCount) {
    }

    private static final java.util.regex.Pattern CANONICAL_UUID =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final List<CaseProblem> warnings = new ArrayList<>();

    /** Reads a package whose JSON types {@link CaseShapeCheck} found right. */
    public static Result read(CasePackage pkg) {
        return new CaseImporter().run(pkg, new CaseProblems());
    }

    /** Reads a CASE file as JSON: its JSON types first ({@link CaseShapeCheck}), then what it says. */
    static Result read(JsonNode source, ObjectMapper json) {
        CaseProblems problems = new CaseProblems();
        CaseShapeCheck.check(source, problems);
        if (problems.any()) {
            return refused(problems);
        }
        try {
            return new CaseImporter().run(json.treeToValue(source, CasePackage.class), problems);
        } catch (JsonProcessingException e) {
            problems.add("CFPackage", "unreadable", e.getOriginalMessage());
            return refused(problems);
        }
    }

    private Result run(CasePackage pkg, CaseProblems all) {
        CasePackage.Document doc = pkg == null ? null : pkg.document();
        if (doc == null) {
            all.add("CFDocument", "missing");
            return refused(all);
        }
        UUID docId = uuid(doc.identifier(), "CFDocument.identifier", all);
        require(doc.title(), "CFDocument.title", all);
        require(doc.creator(), "CFDocument.creator", all);
        dateTime(doc.lastChangeDateTime(), "CFDocument.lastChangeDateTime", true, all);
        String version = doc.version() != null ? doc.version() : doc.lastChangeDateTime();
        if (version != null && version.length() > MAX_VERSION) {
            all.add(doc.version() != null ? "CFDocument.version" : "CFDocument.lastChangeDateTime", "too-long", MAX_VERSION);
        }
        String docLang = doc.language();
        Map<UUID, CasePackage.Item> items = items(pkg.items(), docId, all);
        List<Framework.Association> associations = associations(pkg.associations(), all);
        rubricsAndDefinitions(pkg, all);
        if (all.any() || docId == null) {
            return refused(all);
        }
        checkNoCycle(associations, items.keySet(), all);
        if (all.any()) {
            return refused(all);
        }
        Map<UUID, String> codes = codes(pkg.items() == null ? List.of() : pkg.items());
        CaseLevelScale.Read scale = null;
        List<CasePackage.Rubric> rubrics = new ArrayList<>();
        for (CasePackage.Rubric r : pkg.rubrics() == null ? List.<CasePackage.Rubric>of() : pkg.rubrics()) {
            if (UUID.fromString(r.identifier()).equals(CaseLevelScale.rubricId(docId))) {
                scale = CaseLevelScale.read(r, textLanguage(docLang));
            } else {
                rubrics.add(r);
            }
        }
        Map<String, Map<String, Text>> descriptors = scale == null ? Map.of() : scale.descriptors();
        List<Framework.Item> frameworkItems = new ArrayList<>();
        items.forEach((id, i) -> frameworkItems.add(item(id, i, codes.get(id), docLang,
                descriptors.getOrDefault(id.toString(), Map.of()))));
        String lang = textLanguage(docLang);
        Framework.DocumentDetails details = new Framework.DocumentDetails(doc.uri(), doc.officialSourceURL(),
                doc.publisher(), doc.subject(), doc.subjectURI(), doc.version(), doc.adoptionStatus(),
                doc.statusStartDate(), doc.statusEndDate(), doc.licenseURI(), doc.notes());
        Framework f = new Framework(docId.toString(), version, docId, Text.of(lang, doc.title()),
                doc.description() == null ? null : Text.of(lang, doc.description()), doc.creator(),
                doc.lastChangeDateTime(), docLang, scale == null ? List.of() : scale.levels(), frameworkItems,
                associations, details, rubrics, pkg.definitions());
        return new Result(f, List.copyOf(warnings), List.of(), 0);
    }

    private static Result refused(CaseProblems all) {
        return new Result(null, List.of(), all.listed(), all.count());
    }

    private Map<UUID, CasePackage.Item> items(List<CasePackage.Item> listed, UUID docId, CaseProblems all) {
        Map<UUID, CasePackage.Item> items = new LinkedHashMap<>();
        for (int n = 0; listed != null && n < listed.size(); n++) {
            CasePackage.Item item = listed.get(n);
            String at = "CFItems[" + n + "]";
            if (item == null) {
                all.add(at, "null-entry");
                continue;
            }
            UUID id = uuid(item.identifier(), at + ".identifier", all);
            require(item.fullStatement(), at + ".fullStatement", all);
            dateTime(item.lastChangeDateTime(), at + ".lastChangeDateTime", false, all);
            if (item.humanCodingScheme() != null && item.humanCodingScheme().length() > MAX_CODE) {
                all.add(at + ".humanCodingScheme", "too-long", MAX_CODE);
            }
            if (id != null && (id.equals(docId) || items.putIfAbsent(id, item) != null)) {
                all.add(at + ".identifier", "duplicate", id);
            }
        }
        return items;
    }

    private List<Framework.Association> associations(List<CasePackage.Association> listed, CaseProblems all) {
        List<Framework.Association> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int n = 0; listed != null && n < listed.size(); n++) {
            CasePackage.Association a = listed.get(n);
            String at = "CFAssociations[" + n + "]";
            if (a == null) {
                all.add(at, "null-entry");
                continue;
            }
            UUID id = uuid(a.identifier(), at + ".identifier", all);
            if (id != null && !seen.add(id)) {
                all.add(at + ".identifier", "duplicate", id);
            }
            CrosswalkType type = null;
            if (a.associationType() == null) {
                all.add(at + ".associationType", "missing");
            } else {
                type = CrosswalkType.ofCaseName(a.associationType()).orElse(null);
                if (type == null) {
                    all.add(at + ".associationType", "association-type", a.associationType());
                }
            }
            dateTime(a.lastChangeDateTime(), at + ".lastChangeDateTime", false, all);
            NodeRef origin = node(a.originNodeURI(), at + ".originNodeURI", all);
            NodeRef destination = node(a.destinationNodeURI(), at + ".destinationNodeURI", all);
            if (id != null && type != null && origin != null && destination != null) {
                out.add(new Framework.Association(id, type, a.sequenceNumber(), origin, destination,
                        a.lastChangeDateTime(), a.uri(), a.groupingUri()));
            }
        }
        return out;
    }

    private NodeRef node(CasePackage.LinkUri link, String at, CaseProblems all) {
        if (link == null) {
            all.add(at, "missing");
            return null;
        }
        UUID id = uuid(link.identifier(), at + ".identifier", all);
        return id == null ? null : new NodeRef(null, null, id, link.uri(), link.title());
    }

    /** Rubrics, their criteria and levels, and definitions need identifiers: the provider API serves them by it. */
    private void rubricsAndDefinitions(CasePackage pkg, CaseProblems all) {
        List<CasePackage.Rubric> rubrics = pkg.rubrics() == null ? List.of() : pkg.rubrics();
        for (int r = 0; r < rubrics.size(); r++) {
            String at = "CFRubrics[" + r + "]";
            CasePackage.Rubric rubric = rubrics.get(r);
            if (rubric == null) {
                all.add(at, "null-entry");
                continue;
            }
            uuid(rubric.identifier(), at + ".identifier", all);
            List<CasePackage.Criterion> criteria = rubric.criteria() == null ? List.of() : rubric.criteria();
            for (int c = 0; c < criteria.size(); c++) {
                String cat = at + ".CFRubricCriteria[" + c + "]";
                CasePackage.Criterion criterion = criteria.get(c);
                if (criterion == null) {
                    all.add(cat, "null-entry");
                    continue;
                }
                uuid(criterion.identifier(), cat + ".identifier", all);
                List<CasePackage.CriterionLevel> levels = criterion.levels() == null ? List.of() : criterion.levels();
                for (int l = 0; l < levels.size(); l++) {
                    String lat = cat + ".CFRubricCriterionLevels[" + l + "]";
                    if (levels.get(l) == null) {
                        all.add(lat, "null-entry");
                    } else {
                        uuid(levels.get(l).identifier(), lat + ".identifier", all);
                    }
                }
            }
        }
        CasePackage.Definitions d = pkg.definitions();
        if (d != null) {
            definitions(d.concepts(), "CFDefinitions.CFConcepts", CasePackage.Concept::identifier, all);
            definitions(d.subjects(), "CFDefinitions.CFSubjects", CasePackage.Subject::identifier, all);
            definitions(d.licenses(), "CFDefinitions.CFLicenses", CasePackage.License::identifier, all);
            definitions(d.itemTypes(), "CFDefinitions.CFItemTypes", CasePackage.ItemType::identifier, all);
            definitions(d.groupings(), "CFDefinitions.CFAssociationGroupings", CasePackage.Grouping::identifier, all);
        }
    }

    private <T> void definitions(List<T> list, String path, java.util.function.Function<T, String> id, CaseProblems all) {
        for (int n = 0; list != null && n < list.size(); n++) {
            if (list.get(n) == null) {
                all.add(path + "[" + n + "]", "null-entry");
            } else {
                uuid(id.apply(list.get(n)), path + "[" + n + "].identifier", all);
            }
        }
    }

    /** An isChildOf chain that comes back to where it started is no tree. */
    private static void checkNoCycle(List<Framework.Association> associations, Set<UUID> items, CaseProblems all) {
        Map<UUID, List<UUID>> parents = new HashMap<>();
        associations.stream().filter(a -> a.type() == CrosswalkType.IS_CHILD_OF && items.contains(a.origin().identifier()))
                .forEach(a -> parents.computeIfAbsent(a.origin().identifier(), k -> new ArrayList<>()).add(a.destination().identifier()));
        Set<UUID> done = new HashSet<>();
        for (UUID start : parents.keySet()) {
            UUID cycle = cycleFrom(start, parents, new HashSet<>(), done);
            if (cycle != null) {
                all.add("CFAssociations", "cycle", cycle);
                return;
            }
        }
    }

    private static UUID cycleFrom(UUID node, Map<UUID, List<UUID>> parents, Set<UUID> path, Set<UUID> done) {
        if (done.contains(node)) {
            return null;
        }
        if (!path.add(node)) {
            return node;
        }
        for (UUID parent : parents.getOrDefault(node, List.of())) {
            UUID cycle = cycleFrom(parent, parents, path, done);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(node);
        done.add(node);
        return null;
    }

    /**
     * An item's code, unique in the framework for results to be earned against: its humanCodingScheme when
     * no other item shares it, else its identifier (CASE lets items share one; the file's value is kept).
     */
    private Map<UUID, String> codes(List<CasePackage.Item> listed) {
        Map<String, Integer> uses = new HashMap<>();
        listed.forEach(i -> {
            if (i.humanCodingScheme() != null && !i.humanCodingScheme().isBlank()) {
                uses.merge(i.humanCodingScheme(), 1, Integer::sum);
            }
        });
        Map<UUID, String> codes = new HashMap<>();
        for (int n = 0; n < listed.size(); n++) {
            CasePackage.Item i = listed.get(n);
            UUID id = UUID.fromString(i.identifier());
            String hcs = i.humanCodingScheme();
            boolean alone = hcs != null && !hcs.isBlank() && uses.get(hcs) == 1 && !looksLikeAnotherIdentifier(hcs, id);
            if (hcs != null && !hcs.isBlank() && uses.get(hcs) > 1) {
                warnings.add(CaseProblem.at("CFItems[" + n + "].humanCodingScheme", "shared-code", hcs, id));
            }
            codes.put(id, alone ? hcs : id.toString());
        }
        return codes;
    }

    /** A humanCodingScheme written like an identifier could clash with an item told apart by its identifier. */
    private static boolean looksLikeAnotherIdentifier(String code, UUID own) {
        try {
            return !UUID.fromString(code).equals(own);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Framework.Item item(UUID id, CasePackage.Item i, String code, String docLang,
                                       Map<String, Text> descriptors) {
        String lang = textLanguage(i.language() != null ? i.language() : docLang);
        Framework.ItemDetails details = new Framework.ItemDetails(i.humanCodingScheme(), i.alternativeLabel(),
                i.itemType(), i.itemTypeUri(), i.listEnumeration(), i.abbreviatedStatement(), i.conceptKeywords(),
                i.conceptKeywordsURI(), i.language(), i.educationLevel(), i.licenseURI(), i.statusStartDate(),
                i.statusEndDate(), i.lastChangeDateTime(), i.uri());
        return new Framework.Item(code, id, Text.of(lang, i.fullStatement()),
                i.notes() == null ? null : Text.of(lang, i.notes()), new LinkedHashMap<>(descriptors), details);
    }

    /** The language a text is kept under: the primary subtag of the file's tag ({@code en-GB} → {@code en}), Vietnamese when none. */
    static String textLanguage(String tag) {
        return tag == null || tag.isBlank() ? "vi" : Locale.forLanguageTag(tag).getLanguage();
    }

    private static UUID uuid(String value, String at, CaseProblems all) {
        if (value == null) {
            all.add(at, "missing");
            return null;
        }
        if (!CANONICAL_UUID.matcher(value).matches()) {
            all.add(at, "not-uuid", value);
            return null;
        }
        return UUID.fromString(value);
    }

    private static void require(String value, String at, CaseProblems all) {
        if (value == null || value.isBlank()) {
            all.add(at, "missing");
        }
    }

    private static void dateTime(String value, String at, boolean required, CaseProblems all) {
        if (value == null) {
            if (required) {
                all.add(at, "missing");
            }
            return;
        }
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            all.add(at, "not-date-time", value);
        }
    }
}
