package org.hocvu.lms.competency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes a framework as an IMS CASE 1.0 CFPackage. HọcVụ's own bilingual frameworks are written in the
 * language asked for; an imported one in its own languages, with every field its file gave. Everything
 * is derived from the framework (identifiers, dates), so exporting twice, or exporting what an import of
 * the export created, gives the same document. URIs: see {@link CaseUris}.
 */
public final class CaseExporter {
    static final String DOMAIN = "Domain";
    static final String COMPETENCY = "Competency";

    private final String baseUri;
    private final Function<UUID, Optional<CaseKind>> heldElsewhere;

    /** @param baseUri the deployment's public address; nothing outside the framework counts as held */
    public CaseExporter(String baseUri) {
        this(baseUri, id -> Optional.empty());
    }

    /** @param heldElsewhere the kind of a CASE object another framework stored here holds */
    public CaseExporter(String baseUri, Function<UUID, Optional<CaseKind>> heldElsewhere) {
        this.baseUri = baseUri;
        this.heldElsewhere = heldElsewhere;
    }

    public CasePackage export(Framework f, Locale locale) {
        boolean imported = f.document() != null;
        // an import speaks its file's language; HọcVụ's own, the one asked for when the framework has it
        String lang = imported ? f.language()
                : f.language() != null ? f.language()
                : f.title().get(locale.getLanguage()) != null ? locale.getLanguage() : "vi";
        Locale in = Locale.forLanguageTag(lang == null ? "vi" : lang);
        CaseUris uris = new CaseUris(baseUri, ownObjects(f), heldElsewhere);
        String title = f.title().in(in);
        CasePackage.Document document = document(f, imported, lang, in, uris);
        CasePackage.LinkUri doc = uris.link(title, f.identifier(), CaseKind.DOCUMENT);
        List<CasePackage.Item> items = f.items().stream().map(i -> item(f, i, lang, uris)).toList();
        List<CasePackage.Association> associations = f.associations().stream()
                .map(a -> association(f, a, in, uris)).toList();
        List<CasePackage.Rubric> rubrics = new ArrayList<>();
        CaseLevelScale.write(f, in, doc, uris).ifPresent(rubrics::add);
        f.rubrics().forEach(r -> rubrics.add(CaseDefinitions.rubric(r, uris)));
        CasePackage.Definitions definitions = imported ? CaseDefinitions.rewrite(f.definitions(), uris)
                : CaseDefinitions.ownItemTypes(f.lastChange(), uris);
        return new CasePackage(document, items, associations, definitions, rubrics.isEmpty() ? null : rubrics);
    }

    /** The identifiers of everything the export of {@code f} contains, by kind: they resolve on the provider API. */
    static Map<UUID, CaseKind> ownObjects(Framework f) {
        Map<UUID, CaseKind> own = new HashMap<>();
        own.put(f.identifier(), CaseKind.DOCUMENT);
        f.items().forEach(i -> own.put(i.identifier(), CaseKind.ITEM));
        f.associations().forEach(a -> own.put(a.identifier(), CaseKind.ASSOCIATION));
        if (!f.levels().isEmpty()) {
            own.put(CaseLevelScale.rubricId(f), CaseKind.RUBRIC);
        }
        f.rubrics().forEach(r -> own.put(UUID.fromString(r.identifier()), CaseKind.RUBRIC));
        if (f.document() == null) {
            Stream.of(DOMAIN, COMPETENCY).forEach(t -> own.put(CaseDefinitions.typeId(t), CaseKind.ITEM_TYPE));
        }
        CaseDefinitions.identifiers(f.definitions()).forEach(own::put);
        return own;
    }

    /** The identifiers of nodes and definitions outside {@code f} that its export links to. */
    static java.util.Set<UUID> references(Framework f) {
        Map<UUID, CaseKind> own = ownObjects(f);
        java.util.Set<UUID> refs = new java.util.HashSet<>();
        f.associations().forEach(a -> {
            refs.add(a.origin().identifier());
            refs.add(a.destination().identifier());
        });
        java.util.List<CasePackage.LinkUri> links = new ArrayList<>();
        f.items().stream().map(Framework.Item::details).filter(java.util.Objects::nonNull).forEach(d -> {
            links.add(d.itemTypeUri());
            links.add(d.licenseUri());
            links.add(d.conceptKeywordsUri());
        });
        if (f.document() != null) {
            links.add(f.document().licenseUri());
            if (f.document().subjectUri() != null) {
                links.addAll(f.document().subjectUri());
            }
        }
        f.associations().forEach(a -> links.add(a.grouping()));
        links.stream().filter(java.util.Objects::nonNull).forEach(l -> {
            try {
                refs.add(UUID.fromString(l.identifier()));
            } catch (IllegalArgumentException | NullPointerException e) {
                // a link to something named otherwise than by a UUID is kept as given
            }
        });
        refs.removeAll(own.keySet());
        return refs;
    }

    private static CasePackage.Document document(Framework f, boolean imported, String lang, Locale in, CaseUris uris) {
        Framework.DocumentDetails d = imported ? f.document()
                : new Framework.DocumentDetails(null, null, null, null, null, f.version(), "Adopted", null, null, null, null);
        return new CasePackage.Document(f.identifier().toString(), uris.of(CaseKind.DOCUMENT, f.identifier()), null,
                f.source(), f.title().in(in), f.lastChange(), d.officialSourceUrl(), d.publisher(),
                text(f.description(), in), d.subject(),
                d.subjectUri() == null ? null : d.subjectUri().stream().map(uris::link).toList(), lang, d.version(),
                d.adoptionStatus(), d.statusStartDate(), d.statusEndDate(), uris.link(d.licenseUri()), d.notes());
    }

    private static CasePackage.Item item(Framework f, Framework.Item i, String lang, CaseUris uris) {
        String uri = uris.of(CaseKind.ITEM, i.identifier());
        Framework.ItemDetails d = i.details();
        if (d == null) {
            Locale in = Locale.forLanguageTag(lang);
            String type = f.isTop(i) ? DOMAIN : COMPETENCY;
            return new CasePackage.Item(i.identifier().toString(), i.name().in(in), null, type, uri, i.code(), null,
                    null, null, null, text(i.description(), in), lang, null,
                    uris.link(type, CaseDefinitions.typeId(type), CaseKind.ITEM_TYPE), null, null, null,
                    f.lastChange(), null);
        }
        Locale in = Locale.forLanguageTag(d.language() != null ? d.language() : lang == null ? "vi" : lang);
        return new CasePackage.Item(i.identifier().toString(), i.name().in(in), d.alternativeLabel(), d.itemType(), uri,
                d.humanCodingScheme(), d.listEnumeration(), d.abbreviatedStatement(), d.conceptKeywords(),
                uris.link(d.conceptKeywordsUri()), text(i.description(), in), d.language(), d.educationLevel(),
                uris.link(d.itemTypeUri()), uris.link(d.licenseUri()), d.statusStartDate(), d.statusEndDate(),
                d.lastChange() != null ? d.lastChange() : f.lastChange(), null);
    }

    private static CasePackage.Association association(Framework f, Framework.Association a, Locale in, CaseUris uris) {
        return new CasePackage.Association(a.identifier().toString(), a.type().caseName(), a.sequenceNumber(),
                uris.of(CaseKind.ASSOCIATION, a.identifier()), node(f, a.origin(), in, uris),
                node(f, a.destination(), in, uris), uris.link(a.grouping()),
                a.lastChange() != null ? a.lastChange() : f.lastChange(), null);
    }

    /** An association's end: the title its source gave, else the node's own name. */
    private static CasePackage.LinkUri node(Framework f, NodeRef ref, Locale in, CaseUris uris) {
        String title = ref.title();
        if (title == null && ref.identifier().equals(f.identifier())) {
            title = f.title().in(in);
        } else if (title == null) {
            title = f.item(ref.identifier()).map(i -> i.name().in(itemLocale(i, in))).orElseGet(ref::label);
        }
        return new CasePackage.LinkUri(title, ref.identifier().toString(), uris.node(ref));
    }

    private static Locale itemLocale(Framework.Item i, Locale fallback) {
        return i.details() != null && i.details().language() != null ? Locale.forLanguageTag(i.details().language()) : fallback;
    }

    private static String text(Text t, Locale in) {
        return t == null ? null : t.in(in);
    }
}
