package org.hocvu.lms.competency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * CFDefinitions and CFRubrics in an export: HọcVụ's own item types, and an imported file's definitions
 * and rubrics as it gave them, their URIs pointed at the provider API that serves them.
 */
final class CaseDefinitions {
    private CaseDefinitions() {
    }

    static UUID typeId(String title) {
        return StableIds.of("CFItemType/" + title);
    }

    /** The item types of HọcVụ's two-level frameworks. */
    static CasePackage.Definitions ownItemTypes(String when, CaseUris uris) {
        return new CasePackage.Definitions(null, null, null, List.of(
                ownType(CaseExporter.DOMAIN, "1", "A domain (competency area) of the framework", when, uris),
                ownType(CaseExporter.COMPETENCY, "2", "A competency of a domain", when, uris)), null);
    }

    private static CasePackage.ItemType ownType(String title, String hierarchy, String description, String when,
                                                CaseUris uris) {
        UUID id = typeId(title);
        return new CasePackage.ItemType(id.toString(), uris.of(CaseKind.ITEM_TYPE, id), title, description, hierarchy,
                null, when);
    }

    static CasePackage.Definitions rewrite(CasePackage.Definitions d, CaseUris uris) {
        if (d == null) {
            return null;
        }
        return new CasePackage.Definitions(
                map(d.concepts(), (c, uri) -> new CasePackage.Concept(c.identifier(), uri.apply(c.identifier(), CaseKind.CONCEPT),
                        c.title(), c.keywords(), c.hierarchyCode(), c.description(), c.lastChangeDateTime()), uris),
                map(d.subjects(), (s, uri) -> new CasePackage.Subject(s.identifier(), uri.apply(s.identifier(), CaseKind.SUBJECT),
                        s.title(), s.hierarchyCode(), s.description(), s.lastChangeDateTime()), uris),
                map(d.licenses(), (l, uri) -> new CasePackage.License(l.identifier(), uri.apply(l.identifier(), CaseKind.LICENSE),
                        l.title(), l.description(), l.licenseText(), l.lastChangeDateTime()), uris),
                map(d.itemTypes(), (t, uri) -> new CasePackage.ItemType(t.identifier(), uri.apply(t.identifier(), CaseKind.ITEM_TYPE),
                        t.title(), t.description(), t.hierarchyCode(), t.typeCode(), t.lastChangeDateTime()), uris),
                map(d.groupings(), (g, uri) -> new CasePackage.Grouping(g.identifier(), uri.apply(g.identifier(), CaseKind.GROUPING),
                        g.title(), g.description(), g.lastChangeDateTime()), uris));
    }

    private static <T> List<T> map(List<T> list, BiFunction<T, BiFunction<String, CaseKind, String>, T> rewrite, CaseUris uris) {
        return list == null ? null : list.stream().map(x -> rewrite.apply(x, (id, kind) -> uris.of(kind, UUID.fromString(id)))).toList();
    }

    /** An imported rubric: its URI, its criteria's and levels' (fragments of the rubric's), its items' links. */
    static CasePackage.Rubric rubric(CasePackage.Rubric r, CaseUris uris) {
        UUID id = UUID.fromString(r.identifier());
        List<CasePackage.Criterion> criteria = r.criteria() == null ? null : r.criteria().stream()
                .map(c -> new CasePackage.Criterion(c.identifier(), uris.part(id, c.identifier()), c.category(),
                        c.description(), uris.link(c.itemUri()), c.weight(), c.position(), c.rubricId(),
                        c.lastChangeDateTime(), c.levels() == null ? null : c.levels().stream()
                        .map(l -> new CasePackage.CriterionLevel(l.identifier(), uris.part(id, l.identifier()),
                                l.description(), l.quality(), l.score(), l.feedback(), l.position(),
                                l.rubricCriterionId(), l.lastChangeDateTime())).toList()))
                .toList();
        return new CasePackage.Rubric(r.identifier(), uris.of(CaseKind.RUBRIC, id), r.title(), r.description(),
                r.lastChangeDateTime(), criteria);
    }

    /** The identifiers of a file's definitions, by kind. */
    static Map<UUID, CaseKind> identifiers(CasePackage.Definitions d) {
        Map<UUID, CaseKind> ids = new LinkedHashMap<>();
        if (d != null) {
            put(ids, d.concepts(), CasePackage.Concept::identifier, CaseKind.CONCEPT);
            put(ids, d.subjects(), CasePackage.Subject::identifier, CaseKind.SUBJECT);
            put(ids, d.licenses(), CasePackage.License::identifier, CaseKind.LICENSE);
            put(ids, d.itemTypes(), CasePackage.ItemType::identifier, CaseKind.ITEM_TYPE);
            put(ids, d.groupings(), CasePackage.Grouping::identifier, CaseKind.GROUPING);
        }
        return ids;
    }

    private static <T> void put(Map<UUID, CaseKind> ids, List<T> list, java.util.function.Function<T, String> id, CaseKind kind) {
        if (list != null) {
            list.forEach(x -> ids.put(UUID.fromString(id.apply(x)), kind));
        }
    }
}
