package org.hocvu.lms.plugin;

import org.hocvu.lms.competency.CrosswalkType;
import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.competency.NodeRef;
import org.hocvu.lms.competency.StableIds;
import org.hocvu.lms.competency.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a plugin's {@code framework.yaml}: id, version, lastChange, source, title, description,
 * levels (code, step, name, note), domains → competencies (code, name, description, a descriptor
 * per level, crosswalks as {@code exactMatchOf} / {@code isRelatedTo} lists of {@code framework:code}).
 */
final class FrameworkReader {
    /** The crosswalks a plugin framework writes, as lists of {@code framework:code} under the CASE type name. */
    static final List<CrosswalkType> CROSSWALK_TYPES = List.of(CrosswalkType.EXACT_MATCH_OF, CrosswalkType.IS_RELATED_TO);
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private FrameworkReader() {
    }

    static Framework read(DataNode root) {
        String key = root.text("id");
        if (key != null && !KEY.matcher(key).matches()) {
            root.get("id").problem("framework id '" + key + "' must be lower-case letters, digits, dots and hyphens");
        }
        List<Framework.Level> levels = levels(root);
        Map<String, Integer> codeLines = new HashMap<>();
        Map<Framework.Competency, DataNode> nodes = new LinkedHashMap<>();
        List<Framework.Domain> domains = new ArrayList<>();
        for (DataNode d : root.list("domains")) {
            String code = unique(d, codeLines);
            List<Framework.Competency> competencies = new ArrayList<>();
            for (DataNode c : d.list("competencies")) {
                Framework.Competency competency = competency(key, c, levels, codeLines);
                nodes.put(competency, c);
                competencies.add(competency);
            }
            if (competencies.isEmpty()) {
                d.problem("domain " + code + " has no competencies");
            }
            domains.add(new Framework.Domain(code, id(key, code), d.multilingual("name"), competencies));
        }
        if (domains.isEmpty()) {
            root.problem("the framework has no domains");
        }
        checkDescriptorsComplete(levels, nodes);
        return new Framework(key, root.text("version"), key == null ? null : StableIds.framework(key),
                root.multilingual("title"), root.optionalMultilingual("description"), root.text("source"),
                root.text("lastChange"), null, levels, domains);
    }

    private static List<Framework.Level> levels(DataNode root) {
        List<Framework.Level> levels = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        int lastStep = 0;
        for (DataNode l : root.list("levels")) {
            String code = unique(l, codes);
            int step = l.integer("step", 1, 20);
            if (step <= lastStep) {
                l.get("step").problem("level steps must rise one by one from 1; " + step + " follows " + lastStep);
            }
            lastStep = step;
            levels.add(new Framework.Level(code, step, l.multilingual("name"), l.optionalMultilingual("note")));
        }
        if (levels.isEmpty()) {
            root.problem("the framework has no levels");
        }
        return levels;
    }

    private static Framework.Competency competency(String key, DataNode c, List<Framework.Level> levels,
                                                   Map<String, Integer> codeLines) {
        String code = unique(c, codeLines);
        Map<String, Text> descriptors = new LinkedHashMap<>();
        if (c.has("levels")) {
            c.get("levels").entries().forEach((level, text) -> {
                if (levels.stream().noneMatch(l -> l.code().equals(level))) {
                    text.problem("competency " + code + ": level '" + level + "' is not one of the framework's levels");
                }
                descriptors.put(level, text.asText());
            });
        }
        List<Framework.Crosswalk> crosswalks = new ArrayList<>();
        for (CrosswalkType type : CROSSWALK_TYPES) {
            for (DataNode target : c.optionalList(type.caseName())) {
                String ref = target.scalar("a crosswalk target");
                int colon = ref == null ? -1 : ref.indexOf(':');
                if (colon <= 0 || colon == ref.length() - 1) {
                    target.problem("crosswalk target '" + ref + "' must be written framework:code, e.g. eu-digcomp-2.2:1.1");
                    continue;
                }
                String framework = ref.substring(0, colon);
                String targetCode = ref.substring(colon + 1);
                crosswalks.add(new Framework.Crosswalk(type, NodeRef.byCode(framework, targetCode)));
            }
        }
        return new Framework.Competency(code, id(key, code), c.multilingual("name"), c.optionalMultilingual("description"),
                descriptors, crosswalks);
    }

    /**
     * Level descriptors are all or nothing: a framework that describes levels describes every level of
     * every competency, so a learner's level means the same across its competencies.
     */
    private static void checkDescriptorsComplete(List<Framework.Level> levels, Map<Framework.Competency, DataNode> nodes) {
        if (nodes.keySet().stream().allMatch(c -> c.levels().isEmpty())) {
            return;
        }
        List<String> scale = levels.stream().map(Framework.Level::code).toList();
        nodes.forEach((c, node) -> {
            if (!c.levels().keySet().containsAll(scale)) {
                node.problem("competency " + c.code() + " lacks descriptors for levels "
                        + scale.stream().filter(l -> !c.levels().containsKey(l)).toList()
                        + "; when one competency describes its levels, all must");
            }
        });
    }

    /** The node's {@code code}, recorded so a second use of it is reported with both lines. */
    private static String unique(DataNode n, Map<String, Integer> seen) {
        String code = n.text("code");
        if (code != null) {
            Integer first = seen.putIfAbsent(code, n.line());
            if (first != null) {
                n.get("code").problem("duplicate code '" + code + "' (first used on line " + first + ")");
            }
        }
        return code;
    }

    private static java.util.UUID id(String key, String code) {
        return key == null || code == null ? null : StableIds.item(key, code);
    }
}
