package org.hocvu.lms.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a framework as an IMS CASE 1.0 CFPackage in one language. Everything is derived from the
 * framework alone (identifiers, URIs, dates), so exporting the same framework twice, or exporting
 * what an import of the export created, gives the same document.
 */
public final class CaseExporter {
    static final String DOMAIN = "Domain";
    static final String COMPETENCY = "Competency";
    private static final String API = "/ims/case/v1p0/";

    private final String baseUri;

    /** @param baseUri the deployment's public address; CASE URIs are {@code <baseUri>/ims/case/v1p0/<kind>/<identifier>} */
    public CaseExporter(String baseUri) {
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    }

    public CasePackage export(Framework f, Locale locale) {
        String lang = f.language() != null ? f.language()
                : f.title().get(locale.getLanguage()) != null ? locale.getLanguage() : "vi";
        Locale in = Locale.forLanguageTag(lang);
        String when = f.lastChange();
        String title = f.title().in(in);
        CasePackage.LinkUri doc = link(title, f.identifier(), "CFDocuments");
        CasePackage.Document document = new CasePackage.Document(f.identifier().toString(), doc.uri(),
                link(title, f.identifier(), "CFPackages"), f.source(), title, when,
                f.description() == null ? null : f.description().in(in), lang, f.version(), "Adopted");

        CasePackage.LinkUri domainType = link(DOMAIN, typeId(DOMAIN), "CFItemTypes");
        CasePackage.LinkUri competencyType = link(COMPETENCY, typeId(COMPETENCY), "CFItemTypes");
        List<CasePackage.Item> items = new ArrayList<>();
        List<CasePackage.Association> associations = new ArrayList<>();
        int domainSeq = 0;
        for (Framework.Domain d : f.domains()) {
            CasePackage.LinkUri domain = link(d.name().in(in), d.identifier(), "CFItems");
            items.add(new CasePackage.Item(d.identifier().toString(), domain.uri(), d.name().in(in), d.code(),
                    null, null, lang, DOMAIN, domainType, doc, when));
            associations.add(association("isChildOf", ++domainSeq, domain, doc, doc, when));
            int seq = 0;
            for (Framework.Competency c : d.competencies()) {
                CasePackage.LinkUri competency = link(c.name().in(in), c.identifier(), "CFItems");
                items.add(new CasePackage.Item(c.identifier().toString(), competency.uri(), c.name().in(in), c.code(),
                        null, c.description() == null ? null : c.description().in(in), lang, COMPETENCY,
                        competencyType, doc, when));
                associations.add(association("isChildOf", ++seq, competency, domain, doc, when));
                for (Framework.Crosswalk x : c.crosswalks()) {
                    NodeRef to = x.target();
                    CasePackage.LinkUri target = new CasePackage.LinkUri(to.label(), to.identifier().toString(),
                            to.uri() != null ? to.uri() : uri("CFItems", to.identifier()));
                    associations.add(association(x.type().caseName(), null, competency, target, doc, when));
                }
            }
        }
        CasePackage.Definitions definitions = new CasePackage.Definitions(List.of(
                itemType(DOMAIN, "1", "A domain (competency area) of the framework", when),
                itemType(COMPETENCY, "2", "A competency of a domain", when)));
        return new CasePackage(document, items, associations, definitions, List.of(rubric(f, in, doc, when)));
    }

    private CasePackage.Rubric rubric(Framework f, Locale in, CasePackage.LinkUri doc, String when) {
        UUID rubricId = StableIds.derived(f.identifier(), "levels");
        List<CasePackage.Criterion> criteria = new ArrayList<>();
        UUID scaleId = StableIds.derived(rubricId, "scale");
        List<CasePackage.CriterionLevel> scale = f.levels().stream().map(l -> new CasePackage.CriterionLevel(
                StableIds.derived(scaleId, l.code()).toString(), null, l.name().in(in), l.code(), (double) l.step(),
                l.note() == null ? null : l.note().in(in), l.step(), scaleId.toString(), when)).toList();
        criteria.add(new CasePackage.Criterion(scaleId.toString(), null, "scale", doc.title(), null, 0,
                rubricId.toString(), when, scale));
        int position = 0;
        for (Framework.Competency c : f.competencies().toList()) {
            position++;
            if (c.levels().isEmpty()) {
                continue;
            }
            UUID criterionId = StableIds.derived(rubricId, c.identifier().toString());
            List<CasePackage.CriterionLevel> levels = new ArrayList<>();
            for (Map.Entry<String, Text> e : c.levels().entrySet()) {
                int step = f.level(e.getKey()).map(Framework.Level::step).orElse(0);
                levels.add(new CasePackage.CriterionLevel(StableIds.derived(criterionId, e.getKey()).toString(), null,
                        e.getValue().in(in), e.getKey(), (double) step, null, step, criterionId.toString(), when));
            }
            criteria.add(new CasePackage.Criterion(criterionId.toString(), null, c.code(), c.name().in(in),
                    link(c.name().in(in), c.identifier(), "CFItems"), position, rubricId.toString(), when, levels));
        }
        return new CasePackage.Rubric(rubricId.toString(), uri("CFRubrics", rubricId), doc.title(), null, when, criteria);
    }

    private CasePackage.Association association(String type, Integer seq, CasePackage.LinkUri origin,
                                               CasePackage.LinkUri destination, CasePackage.LinkUri doc, String when) {
        UUID id = StableIds.of(origin.identifier() + "|" + type + "|" + destination.identifier());
        return new CasePackage.Association(id.toString(), uri("CFAssociations", id), type, seq, origin, destination,
                doc, when);
    }

    private CasePackage.ItemType itemType(String title, String hierarchy, String description, String when) {
        UUID id = typeId(title);
        return new CasePackage.ItemType(id.toString(), uri("CFItemTypes", id), title, description, hierarchy, when);
    }

    private static UUID typeId(String title) {
        return StableIds.of("CFItemType/" + title);
    }

    private CasePackage.LinkUri link(String title, UUID id, String kind) {
        return new CasePackage.LinkUri(title, id.toString(), uri(kind, id));
    }

    private String uri(String kind, UUID id) {
        return baseUri + API + kind + "/" + id;
    }
}
