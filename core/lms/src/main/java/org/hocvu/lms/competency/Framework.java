package org.hocvu.lms.competency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A competency framework in one version, shaped like an IMS CASE document: items, and associations
 * between them — {@code isChildOf} builds a tree of any depth in which an item may have several parents
 * or none; the other types are crosswalks. A level scale and each item's level descriptors are HọcVụ's
 * own. Identifiers are the CASE identifiers, kept as they are so export → import → export gives the
 * same document; what a foreign CASE file says beyond the model is kept in {@link ItemDetails},
 * {@link DocumentDetails}, its rubrics and definitions.
 * <p>
 * The two-level view of Circular 02 and the plugins — domains (the items right under the document)
 * and their competencies (every item below a domain, in tree order) — is derived: {@link #domains()},
 * {@link #competencies()}.
 *
 * @param key        how the API names it: a plugin framework's own id, an imported one's document identifier
 * @param version    the version HọcVụ tells versions apart by: the document's, else its lastChangeDateTime
 * @param source     who issued it (CASE {@code creator})
 * @param lastChange when its content last changed, ISO-8601 (CASE {@code lastChangeDateTime})
 * @param language   the language of an imported framework as its file gave it; {@code null} when HọcVụ's bilingual one
 * @param document   what an imported CASE document says beyond the model; {@code null} for HọcVụ's own
 * @param rubrics    the rubrics of an imported CASE file, as given (HọcVụ's own level scale lives in {@code levels})
 */
public record Framework(String key, String version, UUID identifier, Text title, Text description, String source,
                        String lastChange, String language, List<Level> levels, List<Item> items,
                        List<Association> associations, DocumentDetails document, List<CasePackage.Rubric> rubrics,
                        CasePackage.Definitions definitions) {

    public Framework {
        levels = levels == null ? List.of() : levels;
        items = items == null ? List.of() : items;
        associations = associations == null ? List.of() : associations;
        rubrics = rubrics == null ? List.of() : rubrics;
    }

    /** A two-level framework (domains → competencies), as plugins write them. */
    public Framework(String key, String version, UUID identifier, Text title, Text description, String source,
                     String lastChange, String language, List<Level> levels, List<Domain> domains) {
        this(key, version, identifier, title, description, source, lastChange, language, levels,
                TwoLevelFrameworks.items(domains), TwoLevelFrameworks.associations(identifier, domains), null, List.of(), null);
    }

    /** One step of the scale; {@code note} says e.g. which school grades it fits. */
    public record Level(String code, int step, Text name, Text note) {
    }

    /**
     * A CASE item. {@code code} is unique in the framework (results are earned against it): the item's
     * {@code humanCodingScheme} when that names it alone, else its identifier. {@code description} is CASE's
     * {@code notes}; {@code levels} maps a level code to what someone at that level can do.
     */
    public record Item(String code, UUID identifier, Text name, Text description, Map<String, Text> levels,
                       ItemDetails details) {
        public Item {
            levels = levels == null ? Map.of() : levels;
        }
    }

    /** The CASE fields of an imported item that the model does not use, as the file gave them. */
    public record ItemDetails(String humanCodingScheme, String alternativeLabel, String itemType,
                              CasePackage.LinkUri itemTypeUri, String listEnumeration, String abbreviatedStatement,
                              List<String> conceptKeywords, CasePackage.LinkUri conceptKeywordsUri, String language,
                              List<String> educationLevel, CasePackage.LinkUri licenseUri, String statusStartDate,
                              String statusEndDate, String lastChange, String uri) {
    }

    /** The CASE fields of an imported document that the model does not use, as the file gave them. */
    public record DocumentDetails(String uri, String officialSourceUrl, String publisher, List<String> subject,
                                  List<CasePackage.LinkUri> subjectUri, String version, String adoptionStatus,
                                  String statusStartDate, String statusEndDate, CasePackage.LinkUri licenseUri,
                                  String notes) {
    }

    /**
     * A CASE association between two nodes: items of this framework, the document itself, or nodes elsewhere
     * (then {@code destination} keeps the URI and title its source gave). {@code lastChange} and {@code uri}
     * as an imported file gave them, {@code null} for HọcVụ's own.
     */
    public record Association(UUID identifier, CrosswalkType type, Integer sequenceNumber, NodeRef origin,
                              NodeRef destination, String lastChange, String uri, CasePackage.LinkUri grouping) {
    }

    /** The two-level view of a top item: its code, name and every item below it. */
    public record Domain(String code, UUID identifier, Text name, List<Competency> competencies) {
    }

    /** The two-level view of an item below a domain (or not placed in the tree): its level descriptors and crosswalks. */
    public record Competency(String code, UUID identifier, Text name, Text description, Map<String, Text> levels,
                             List<Crosswalk> crosswalks) {
    }

    /** A link to a node of another (or the same) framework: a CASE association other than the tree's own. */
    public record Crosswalk(CrosswalkType type, NodeRef target) {
    }

    /** The same version under another key (a new version of a document joins the framework already holding it). */
    public Framework withKey(String newKey) {
        return new Framework(newKey, version, identifier, title, description, source, lastChange, language, levels,
                items, associations, document, rubrics, definitions);
    }

    public Optional<Item> item(UUID id) {
        return Optional.ofNullable(tree().items.get(id));
    }

    /** The items placed right under {@code parent} (the document or an item), in sequenceNumber order. */
    public List<Item> children(UUID parent) {
        return tree().children(parent);
    }

    /** The items an item is a child of (its parents inside this framework). */
    public List<Item> parents(UUID child) {
        Tree tree = tree();
        return associations.stream()
                .filter(a -> a.type() == CrosswalkType.IS_CHILD_OF && child.equals(a.origin().identifier()))
                .map(a -> tree.items.get(a.destination().identifier())).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether the item is placed right under the document: a domain in the two-level view. */
    public boolean isTop(Item item) {
        return tree().children(identifier).contains(item);
    }

    public List<Domain> domains() {
        Tree tree = tree();
        return tree.children(identifier).stream().map(d -> new Domain(d.code(), d.identifier(), d.name(),
                tree.below(d).stream().map(this::competency).toList())).toList();
    }

    /** Every item that is not a domain: those below the domains in tree order, then the rest in file order. */
    public Stream<Competency> competencies() {
        Tree tree = tree();
        Set<Item> ordered = new LinkedHashSet<>();
        List<Item> tops = tree.children(identifier);
        tops.forEach(d -> ordered.addAll(tree.below(d)));
        items.stream().filter(i -> !tops.contains(i)).forEach(ordered::add);
        return ordered.stream().map(this::competency);
    }

    /** The items below {@code top}, depth first in sequence order, each once. */
    public List<Item> below(Item top) {
        return tree().below(top);
    }

    private Tree tree() {
        return new Tree(items, associations);
    }

    /** Items by identifier and children by parent, built once per question so large imported trees stay linear. */
    private static final class Tree {
        private final Map<UUID, Item> items = new java.util.HashMap<>();
        private final Map<UUID, List<Item>> children = new java.util.HashMap<>();

        Tree(List<Item> all, List<Association> associations) {
            all.forEach(i -> items.putIfAbsent(i.identifier(), i));
            associations.stream().filter(a -> a.type() == CrosswalkType.IS_CHILD_OF)
                    .sorted(Comparator.comparing(a -> a.sequenceNumber() == null ? Integer.MAX_VALUE : a.sequenceNumber()))
                    .forEach(a -> {
                        Item child = items.get(a.origin().identifier());
                        if (child != null) {
                            children.computeIfAbsent(a.destination().identifier(), k -> new ArrayList<>()).add(child);
                        }
                    });
        }

        List<Item> children(UUID parent) {
            return children.getOrDefault(parent, List.of());
        }

        /** Depth first; a cycle ends where it closes. */
        List<Item> below(Item top) {
            Set<Item> seen = new LinkedHashSet<>();
            collect(top, seen, new java.util.HashSet<>(Set.of(top)));
            return new ArrayList<>(seen);
        }

        private void collect(Item parent, Set<Item> seen, Set<Item> path) {
            for (Item child : children(parent.identifier())) {
                if (path.add(child)) {
                    seen.add(child);
                    collect(child, seen, path);
                    path.remove(child);
                }
            }
        }
    }

    private Competency competency(Item i) {
        return new Competency(i.code(), i.identifier(), i.name(), i.description(), i.levels(), crosswalks(i.identifier()));
    }

    public List<Crosswalk> crosswalks(UUID origin) {
        return associations.stream()
                .filter(a -> a.type() != CrosswalkType.IS_CHILD_OF && origin.equals(a.origin().identifier()))
                .map(a -> new Crosswalk(a.type(), a.destination())).toList();
    }

    public Optional<Competency> competency(String code) {
        return competencies().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Domain> domain(String code) {
        return domains().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Every code a result can be earned against: one per item. */
    public Stream<String> codes() {
        return items.stream().map(Item::code);
    }

    /** Builds the item and association lists of a two-level framework, with the identifiers HọcVụ always gave them. */
    static final class TwoLevelFrameworks {
        private TwoLevelFrameworks() {
        }

        static List<Item> items(List<Domain> domains) {
            List<Item> items = new ArrayList<>();
            for (Domain d : domains == null ? List.<Domain>of() : domains) {
                items.add(new Item(d.code(), d.identifier(), d.name(), null, Map.of(), null));
                d.competencies().forEach(c -> items.add(new Item(c.code(), c.identifier(), c.name(), c.description(),
                        c.levels() == null ? Map.of() : new LinkedHashMap<>(c.levels()), null)));
            }
            return items;
        }

        static List<Association> associations(UUID document, List<Domain> domains) {
            List<Association> associations = new ArrayList<>();
            int domainSeq = 0;
            for (Domain d : domains == null ? List.<Domain>of() : domains) {
                associations.add(of(CrosswalkType.IS_CHILD_OF, ++domainSeq, d.identifier(), node(document)));
                int seq = 0;
                for (Competency c : d.competencies()) {
                    associations.add(of(CrosswalkType.IS_CHILD_OF, ++seq, c.identifier(), node(d.identifier())));
                    for (Crosswalk x : c.crosswalks() == null ? List.<Crosswalk>of() : c.crosswalks()) {
                        associations.add(of(x.type(), null, c.identifier(), x.target()));
                    }
                }
            }
            return associations;
        }

        private static Association of(CrosswalkType type, Integer seq, UUID origin, NodeRef destination) {
            UUID id = StableIds.association(origin, type.caseName(), destination.identifier());
            return new Association(id, type, seq, node(origin), destination, null, null, null);
        }

        static NodeRef node(UUID id) {
            return new NodeRef(null, null, id, null, null);
        }
    }
}
