package org.hocvu.lms.content.scorm;

import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.scorm.ScormManifestReader.Xml;
import org.hocvu.lms.content.scorm.ScormStructure.Item;
import org.hocvu.lms.content.scorm.ScormStructure.Prerequisite;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SCORM 2004 simple sequencing HọcVụ follows, and the refusal of what it does not (see the
 * SCORM section of docs/content-package-format.md). Followed: the organization's control mode
 * {@code choice} and {@code flow}; a {@code primaryObjective}'s {@code satisfiedByMeasure} passing
 * score; a pre-condition rule with action {@code disabled} (or {@code hiddenFromChoice}, shown
 * disabled) whose conditions test {@code completed}, {@code satisfied}, {@code attempted},
 * {@code activityProgressKnown} or {@code objectiveStatusKnown} of an objective that reads a global
 * objective (mapInfo) another item's primary objective writes: a prerequisite. Ignored (they do not
 * change which SCO a learner may open): rollup rules and considerations, delivery controls,
 * constrained choice, navigation presentation. Refused: anything else that decides which activity
 * comes next or may be attempted — randomization and selection, limit conditions, post- and
 * exit-condition rules, other pre-condition actions ({@code skip}, {@code stopForwardTraversal})
 * and conditions (measures, time limits, {@code always}).
 */
final class ScormSequencing {
    static final Set<String> REFUSED = Set.of("randomizationControls", "limitConditions", "postConditionRule",
            "exitConditionRule");
    static final Set<String> ACTIONS = Set.of("disabled", "hiddenFromChoice");
    static final Set<String> CONDITIONS = Set.of("completed", "satisfied", "attempted", "activityProgressKnown",
            "objectiveStatusKnown");

    /** A global objective an item's objective reads or writes. */
    private record Mapping(String objective, String target, boolean completion, boolean satisfaction, boolean write) {
    }

    private record Rule(String objective, boolean satisfied) {
    }

    private final Map<String, Element> collection = new HashMap<>();
    private final Report report;
    private final Map<String, List<Mapping>> mappings = new LinkedHashMap<>();
    private final Map<String, String> primary = new HashMap<>();
    private final Map<String, List<Rule>> rules = new HashMap<>();
    private final Map<String, List<Prerequisite>> prerequisites = new HashMap<>();

    ScormSequencing(Element manifest, Report report) {
        this.report = report;
        for (Element s : Xml.children(Xml.child(manifest, "sequencingCollection"), "sequencing")) {
            collection.put(s.getAttribute("ID").strip(), s);
        }
    }

    boolean choice(Element organization) {
        return controlMode(organization, "choice", true);
    }

    boolean flow(Element organization) {
        return controlMode(organization, "flow", false);
    }

    private boolean controlMode(Element organization, String name, boolean fallback) {
        for (Element s : sequencing(organization)) {
            Element mode = Xml.child(s, "controlMode");
            if (mode != null && mode.hasAttribute(name)) {
                return Boolean.parseBoolean(mode.getAttribute(name).strip());
            }
        }
        return fallback;
    }

    /** Checks the organization's own sequencing (its items are checked as they are read). */
    void check(Element organization) {
        for (Element s : sequencing(organization)) {
            refuseUnsupported(s);
        }
    }

    Double scaledPassingScore(Element item) {
        for (Element s : sequencing(item)) {
            Element objective = Xml.child(Xml.child(s, "objectives"), "primaryObjective");
            if (objective != null && Boolean.parseBoolean(objective.getAttribute("satisfiedByMeasure").strip())) {
                String measure = Xml.text(Xml.child(objective, "minNormalizedMeasure"));
                try {
                    return measure.isEmpty() ? 100.0 : Double.parseDouble(measure) * 100;
                } catch (NumberFormatException e) {
                    report.problem(ScormManifestReader.FILE, Xml.line(objective), "content.scorm.sequencing.bad-measure", measure);
                }
            }
        }
        return null;
    }

    /** Reads one item's objectives, mappings and pre-condition rules; refuses what is not followed. */
    void readItem(Element item, String id) {
        for (Element s : sequencing(item)) {
            refuseUnsupported(s);
            // imsss:objectives (satisfaction) and adlseq:objectives (completion) both name objectives by objectiveID
            for (Element objectives : Xml.children(s, "objectives")) {
                for (Element objective : Xml.children(objectives, null)) {
                    String objectiveId = objective.getAttribute("objectiveID").strip();
                    if (objective.getLocalName().equals("primaryObjective")) {
                        primary.put(id, objectiveId);
                    }
                    mapInfo(id, objectiveId, objective);
                }
            }
            for (Element rule : Xml.children(Xml.child(s, "sequencingRules"), "preConditionRule")) {
                readRule(id, rule);
            }
        }
    }

    private void readRule(String id, Element rule) {
        String action = Xml.child(rule, "ruleAction") == null ? "" : Xml.child(rule, "ruleAction").getAttribute("action").strip();
        if (!ACTIONS.contains(action)) {
            report.problem(ScormManifestReader.FILE, Xml.line(rule), "content.scorm.sequencing.unsupported-action", action);
            return;
        }
        for (Element condition : Xml.children(Xml.child(rule, "ruleConditions"), "ruleCondition")) {
            String kind = condition.getAttribute("condition").strip();
            if (!CONDITIONS.contains(kind)) {
                report.problem(ScormManifestReader.FILE, Xml.line(condition), "content.scorm.sequencing.unsupported-condition", kind);
                continue;
            }
            String objective = condition.getAttribute("referencedObjective").strip();
            if (!objective.isEmpty()) {
                rules.computeIfAbsent(id, k -> new ArrayList<>()).add(new Rule(objective, kind.equals("satisfied")
                        || kind.equals("objectiveStatusKnown")));
            }
        }
    }

    private void mapInfo(String item, String objective, Element element) {
        for (Element map : Xml.children(element, "mapInfo")) {
            boolean adl = map.hasAttribute("readCompletionStatus") || map.hasAttribute("writeCompletionStatus");
            boolean write = Boolean.parseBoolean(map.getAttribute(adl ? "writeCompletionStatus" : "writeSatisfiedStatus"))
                    || Boolean.parseBoolean(map.getAttribute("writeNormalizedMeasure"));
            mappings.computeIfAbsent(item, k -> new ArrayList<>()).add(new Mapping(objective,
                    map.getAttribute("targetObjectiveID").strip(), adl, !adl, write));
        }
    }

    /** Turns each rule into prerequisites: the items whose primary objective writes the global objective the rule reads. */
    void resolvePrerequisites(List<Item> launchables, Report report) {
        for (Map.Entry<String, List<Rule>> entry : rules.entrySet()) {
            List<Prerequisite> found = new ArrayList<>();
            for (Rule rule : entry.getValue()) {
                List<Prerequisite> writers = writersOf(entry.getKey(), rule);
                if (writers.isEmpty()) {
                    report.add(ScormManifestReader.FILE, "content.scorm.sequencing.unresolved-rule", entry.getKey(), rule.objective());
                }
                writers.stream().filter(p -> !found.contains(p)).forEach(found::add);
            }
            prerequisites.put(entry.getKey(), found);
        }
    }

    private List<Prerequisite> writersOf(String item, Rule rule) {
        List<Prerequisite> out = new ArrayList<>();
        for (Mapping read : mappings.getOrDefault(item, List.of())) {
            if (!read.objective().equals(rule.objective()) || read.write()) {
                continue;
            }
            mappings.forEach((writer, maps) -> maps.stream()
                    .filter(m -> m.write() && m.target().equals(read.target()) && m.objective().equals(primary.get(writer))
                            && !writer.equals(item))
                    .forEach(m -> out.add(new Prerequisite(writer, rule.satisfied()))));
        }
        return out;
    }

    ScormStructure withPrerequisites(ScormStructure structure) {
        return new ScormStructure(structure.version(), structure.identifier(), structure.title(), structure.language(),
                structure.choice(), structure.flow(), structure.items().stream().map(this::withPrerequisites).toList());
    }

    private Item withPrerequisites(Item item) {
        return new Item(item.id(), item.title(), item.launch(), item.sco(), item.launchData(), item.masteryScore(),
                prerequisites.getOrDefault(item.id(), List.of()), item.children().stream().map(this::withPrerequisites).toList());
    }

    private void refuseUnsupported(Element sequencing) {
        for (Element e : descendants(sequencing)) {
            if (REFUSED.contains(e.getLocalName())) {
                report.problem(ScormManifestReader.FILE, Xml.line(e), "content.scorm.sequencing.unsupported", e.getLocalName());
            }
        }
    }

    private static List<Element> descendants(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element child : Xml.children(e, null)) {
            out.add(child);
            out.addAll(descendants(child));
        }
        return out;
    }

    /** An element's sequencing: the collection entry its IDRef names, then its own. */
    private List<Element> sequencing(Element owner) {
        List<Element> out = new ArrayList<>();
        for (Element s : Xml.children(owner, "sequencing")) {
            Element shared = collection.get(s.getAttribute("IDRef").strip());
            if (shared != null) {
                out.add(shared);
            }
            out.add(s);
        }
        return out;
    }
}
