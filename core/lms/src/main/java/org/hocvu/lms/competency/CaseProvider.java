package org.hocvu.lms.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The objects of the IMS CASE 1.0 provider API, each taken from the export of the framework version that
 * holds it (the current one, else the latest that had it), so the API serves exactly what exports say.
 */
@ApplicationScoped
class CaseProvider {
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Inject
    CompetencyService competencies;
    @Inject
    CaseObjectIndex index;

    /** The CFDocuments of every framework's current version, {@code limit} from {@code offset}. */
    List<CasePackage.Document> documents(int offset, int limit, Locale locale) {
        return competencies.currentVersions().stream().skip(offset).limit(limit)
                .map(f -> standalone(competencies.export(f, locale).document())).toList();
    }

    CasePackage pkg(String sourcedId, Locale locale) {
        return holder(sourcedId, CaseKind.PACKAGE, locale);
    }

    CasePackage.Document document(String sourcedId, Locale locale) {
        return standalone(holder(sourcedId, CaseKind.DOCUMENT, locale).document());
    }

    CasePackage.Item item(String sourcedId, Locale locale) {
        CasePackage pkg = holder(sourcedId, CaseKind.ITEM, locale);
        return withDocument(find(pkg.items(), CasePackage.Item::identifier, sourcedId, CaseKind.ITEM), pkg);
    }

    CasePackage.Association association(String sourcedId, Locale locale) {
        CasePackage pkg = holder(sourcedId, CaseKind.ASSOCIATION, locale);
        return withDocument(find(pkg.associations(), CasePackage.Association::identifier, sourcedId, CaseKind.ASSOCIATION), pkg);
    }

    /** An item and every association of its framework that starts or ends at it. */
    record ItemAssociations(CasePackage.Item item, List<CasePackage.Association> associations) {
    }

    ItemAssociations itemAssociations(String sourcedId, Locale locale) {
        CasePackage pkg = holder(sourcedId, CaseKind.ITEM, locale);
        String id = canonical(sourcedId);
        CasePackage.Item item = withDocument(find(pkg.items(), CasePackage.Item::identifier, sourcedId, CaseKind.ITEM), pkg);
        List<CasePackage.Association> links = pkg.associations().stream()
                .filter(a -> a.originNodeURI().identifier().equals(id) || a.destinationNodeURI().identifier().equals(id))
                .map(a -> withDocument(a, pkg)).toList();
        return new ItemAssociations(item, links);
    }

    CasePackage.Rubric rubric(String sourcedId, Locale locale) {
        return find(holder(sourcedId, CaseKind.RUBRIC, locale).rubrics(), CasePackage.Rubric::identifier, sourcedId, CaseKind.RUBRIC);
    }

    /** An item type and the ones below it by hierarchyCode. */
    List<CasePackage.ItemType> itemTypes(String sourcedId, Locale locale) {
        List<CasePackage.ItemType> all = definitions(sourcedId, CaseKind.ITEM_TYPE, locale).itemTypes();
        CasePackage.ItemType asked = find(all, CasePackage.ItemType::identifier, sourcedId, CaseKind.ITEM_TYPE);
        return withChildren(asked, all, CasePackage.ItemType::hierarchyCode);
    }

    List<CasePackage.Concept> concepts(String sourcedId, Locale locale) {
        List<CasePackage.Concept> all = definitions(sourcedId, CaseKind.CONCEPT, locale).concepts();
        CasePackage.Concept asked = find(all, CasePackage.Concept::identifier, sourcedId, CaseKind.CONCEPT);
        return withChildren(asked, all, CasePackage.Concept::hierarchyCode);
    }

    List<CasePackage.Subject> subjects(String sourcedId, Locale locale) {
        List<CasePackage.Subject> all = definitions(sourcedId, CaseKind.SUBJECT, locale).subjects();
        CasePackage.Subject asked = find(all, CasePackage.Subject::identifier, sourcedId, CaseKind.SUBJECT);
        return withChildren(asked, all, CasePackage.Subject::hierarchyCode);
    }

    CasePackage.License license(String sourcedId, Locale locale) {
        return find(definitions(sourcedId, CaseKind.LICENSE, locale).licenses(), CasePackage.License::identifier,
                sourcedId, CaseKind.LICENSE);
    }

    CasePackage.Grouping grouping(String sourcedId, Locale locale) {
        return find(definitions(sourcedId, CaseKind.GROUPING, locale).groupings(), CasePackage.Grouping::identifier,
                sourcedId, CaseKind.GROUPING);
    }

    private CasePackage.Definitions definitions(String sourcedId, CaseKind kind, Locale locale) {
        CasePackage.Definitions d = holder(sourcedId, kind, locale).definitions();
        if (d == null) {
            throw CaseProviderFailure.unknown(kind, sourcedId);
        }
        return d;
    }

    /** The export of the version holding the object; 404 {@code invaliduuid} or {@code unknownobject} otherwise. */
    private CasePackage holder(String sourcedId, CaseKind kind, Locale locale) {
        UUID id = UUID.fromString(canonical(sourcedId));
        UUID row = index.locate(id, kind).orElseThrow(() -> CaseProviderFailure.unknown(kind, sourcedId));
        return competencies.export(competencies.version(row), locale);
    }

    private static String canonical(String sourcedId) {
        if (sourcedId == null || !UUID_FORM.matcher(sourcedId).matches()) {
            throw new CaseProviderFailure(404, "invaliduuid", "sourcedId", "competency.case.provider.invalid-uuid", sourcedId);
        }
        return sourcedId.toLowerCase(Locale.ROOT);
    }

    private static <T> T find(List<T> list, Function<T, String> id, String sourcedId, CaseKind kind) {
        String wanted = canonical(sourcedId);
        return Optional.ofNullable(list).orElse(List.of()).stream().filter(x -> wanted.equals(id.apply(x))).findFirst()
                .orElseThrow(() -> CaseProviderFailure.unknown(kind, sourcedId));
    }

    /** The asked definition first, then those whose hierarchyCode lies below its own (the binding's "children"). */
    private static <T> List<T> withChildren(T asked, List<T> all, Function<T, String> code) {
        String prefix = code.apply(asked) + ".";
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(asked),
                all.stream().filter(x -> x != asked && code.apply(x) != null && code.apply(x).startsWith(prefix))).toList();
    }

    /** Outside a package a CFDocument names its package. */
    private static CasePackage.Document standalone(CasePackage.Document d) {
        CasePackage.LinkUri pkg = new CasePackage.LinkUri(d.title(), d.identifier(),
                d.uri().replace("/" + CaseKind.DOCUMENT.path() + "/", "/" + CaseKind.PACKAGE.path() + "/"));
        return new CasePackage.Document(d.identifier(), d.uri(), pkg, d.creator(), d.title(), d.lastChangeDateTime(),
                d.officialSourceURL(), d.publisher(), d.description(), d.subject(), d.subjectURI(), d.language(),
                d.version(), d.adoptionStatus(), d.statusStartDate(), d.statusEndDate(), d.licenseURI(), d.notes());
    }

    private static CasePackage.LinkUri documentLink(CasePackage pkg) {
        return new CasePackage.LinkUri(pkg.document().title(), pkg.document().identifier(), pkg.document().uri());
    }

    /** Outside a package an item names its document. */
    private static CasePackage.Item withDocument(CasePackage.Item i, CasePackage pkg) {
        return new CasePackage.Item(i.identifier(), i.fullStatement(), i.alternativeLabel(), i.itemType(), i.uri(),
                i.humanCodingScheme(), i.listEnumeration(), i.abbreviatedStatement(), i.conceptKeywords(),
                i.conceptKeywordsURI(), i.notes(), i.language(), i.educationLevel(), i.itemTypeUri(), i.licenseURI(),
                i.statusStartDate(), i.statusEndDate(), i.lastChangeDateTime(), documentLink(pkg));
    }

    /** Outside a package an association names its document. */
    private static CasePackage.Association withDocument(CasePackage.Association a, CasePackage pkg) {
        return new CasePackage.Association(a.identifier(), a.associationType(), a.sequenceNumber(), a.uri(),
                a.originNodeURI(), a.destinationNodeURI(), a.groupingUri(), a.lastChangeDateTime(), documentLink(pkg));
    }
}
