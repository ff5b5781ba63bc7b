package org.hocvu.lms.plugin;

import org.hocvu.lms.competency.Framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a plugin's curriculum, blueprint, eligibility, practical skills and indicators, checking
 * every competency, domain and level they name against the plugin's framework as it goes, so a
 * wrong reference is reported on the line that makes it.
 */
final class PluginDataReader {

    private final Framework framework;
    private final PluginTexts texts;
    private final String messagesFile;

    PluginDataReader(Framework framework, PluginTexts texts, String messagesFile) {
        this.framework = framework;
        this.texts = texts;
        this.messagesFile = messagesFile;
    }

    /** {@code courses: [{id, level, competencies: [codes], packages: [lesson package ids]}]} */
    List<PluginData.Course> curriculum(DataNode root) {
        List<PluginData.Course> courses = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataNode c : root.list("courses")) {
            String id = uniqueId(c, ids, "course");
            requireText(c, "course." + id + ".title");
            String level = c.text("level");
            checkLevel(c.get("level"), level);
            List<String> competencies = competencies(c, "competencies");
            List<String> packages = c.strings("packages");
            if (packages.isEmpty()) {
                c.problem("course " + id + " names no lesson packages");
            }
            courses.add(new PluginData.Course(id, level, competencies, packages));
        }
        if (courses.isEmpty()) {
            root.problem("the curriculum has no courses");
        }
        return courses;
    }

    /** See {@link PluginData.Blueprint}; areas are {@code [{domain, items, passMark}]}. */
    PluginData.Blueprint blueprint(DataNode root) {
        String level = root.text("level");
        checkLevel(root.get("level"), level);
        Map<Difficulty, Integer> mix = new EnumMap<>(Difficulty.class);
        DataNode mixNode = root.get("difficultyMix");
        if (mixNode == null) {
            root.problem("'difficultyMix' is missing");
        } else {
            mixNode.entries().forEach((name, share) -> {
                Difficulty difficulty = Difficulty.ofDataName(name).orElse(null);
                String value = share.scalar("the share of " + name + " items");
                int percent = value == null ? 0 : share.toInteger(value, "the share of " + name + " items", 0, 100);
                if (difficulty == null) {
                    share.problem("difficulty '" + name + "' is not one of "
                            + Arrays.stream(Difficulty.values()).map(Difficulty::dataName).toList());
                } else {
                    mix.put(difficulty, percent);
                }
            });
            int total = mix.values().stream().mapToInt(Integer::intValue).sum();
            if (total != 100) {
                mixNode.problem("the difficulty mix adds up to " + total + "%, not 100%");
            }
        }
        List<PluginData.Area> areas = new ArrayList<>();
        Set<String> domains = new HashSet<>();
        for (DataNode a : root.list("areas")) {
            String domain = a.text("domain");
            if (domain != null && framework.domain(domain).isEmpty()) {
                a.get("domain").problem("domain '" + domain + "' is not in framework " + framework.key());
            } else if (domain != null && !domains.add(domain)) {
                a.get("domain").problem("domain '" + domain + "' has two areas");
            }
            areas.add(new PluginData.Area(domain, a.integer("items", 1, 200), a.integer("passMark", 0, 100)));
        }
        if (areas.isEmpty()) {
            root.problem("the blueprint has no areas");
        }
        return new PluginData.Blueprint(level, root.integer("passMark", 0, 100), root.integer("timeLimitMinutes", 1, 600),
                root.integer("attempts", 1, 100), root.integer("coolDownHours", 0, 8760), mix, areas);
    }

    /** {@code rules: [{conditions: [{attribute, in: [...]} | {attribute, atLeast, atMost}]}]} */
    PluginData.Eligibility eligibility(DataNode root) {
        requireText(root, "eligibility.description");
        List<PluginData.Rule> rules = new ArrayList<>();
        for (DataNode r : root.list("rules")) {
            List<PluginData.Condition> conditions = new ArrayList<>();
            for (DataNode c : r.list("conditions")) {
                List<String> in = c.has("in") ? c.strings("in") : List.of();
                Integer atLeast = c.has("atLeast") ? c.integer("atLeast", 0, 1_000_000) : null;
                Integer atMost = c.has("atMost") ? c.integer("atMost", 0, 1_000_000) : null;
                if (in.isEmpty() && atLeast == null && atMost == null) {
                    c.problem("a condition needs 'in', 'atLeast' or 'atMost'");
                }
                conditions.add(new PluginData.Condition(c.text("attribute"), in, atLeast, atMost));
            }
            if (conditions.isEmpty()) {
                r.problem("a rule needs at least one condition");
            }
            rules.add(new PluginData.Rule(conditions));
        }
        if (rules.isEmpty()) {
            root.problem("eligibility has no rules: nobody could be a member");
        }
        return new PluginData.Eligibility(rules);
    }

    /** {@code skills: [{id, competencies: [codes]}]} */
    List<PluginData.PracticalSkill> practicalSkills(DataNode root) {
        List<PluginData.PracticalSkill> skills = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataNode s : root.list("skills")) {
            String id = uniqueId(s, ids, "skill");
            requireText(s, "skill." + id + ".name");
            requireText(s, "skill." + id + ".how");
            skills.add(new PluginData.PracticalSkill(id, competencies(s, "competencies")));
        }
        return skills;
    }

    /** {@code indicators: [{id, kind, refs?: [...], targets?: {year: percent}}]} */
    List<PluginData.Indicator> indicators(DataNode root, List<PluginData.Course> courses,
                                          List<PluginData.PracticalSkill> skills) {
        List<PluginData.Indicator> indicators = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<IndicatorKind> kinds = EnumSet.noneOf(IndicatorKind.class);
        for (DataNode i : root.list("indicators")) {
            String id = uniqueId(i, ids, "indicator");
            requireText(i, "indicator." + id + ".name");
            requireText(i, "indicator." + id + ".description");
            String kindName = i.text("kind");
            IndicatorKind kind = kindName == null ? null : IndicatorKind.ofDataName(kindName).orElse(null);
            List<String> refs = i.optionalList("refs").isEmpty() ? List.of() : i.strings("refs");
            if (kindName != null && kind == null) {
                i.get("kind").problem("indicator kind '" + kindName + "' is not one of "
                        + Arrays.stream(IndicatorKind.values()).map(IndicatorKind::dataName).toList());
            } else if (kind == IndicatorKind.COMPLETED_COURSES) {
                checkRefs(i, refs, courses.stream().map(PluginData.Course::id).toList(), kind.refersTo());
            } else if (kind == IndicatorKind.VERIFIED_SKILLS) {
                checkRefs(i, refs, skills.stream().map(PluginData.PracticalSkill::id).toList(), kind.refersTo());
            }
            if (kind != null) {
                kinds.add(kind);
            }
            Map<String, Integer> targets = new LinkedHashMap<>();
            if (i.has("targets")) {
                i.get("targets").entries().forEach((year, pct) -> {
                    pct.toInteger(year, "year", 2020, 2100);
                    String value = pct.scalar("the target for " + year);
                    targets.put(year, value == null ? 0 : pct.toInteger(value, "the target for " + year, 0, 100));
                });
            }
            indicators.add(new PluginData.Indicator(id, kind, refs, targets));
        }
        for (IndicatorKind required : IndicatorKind.REQUIRED) {
            if (!kinds.contains(required)) {
                root.problem("every group is measured by a '" + required.dataName() + "' indicator; this plugin has none");
            }
        }
        return indicators;
    }

    /**
     * Texts people read come from the message bundles; a key that is named must be there. An item
     * without an id is already reported, so its key (with "null" in it) is not reported again.
     */
    private void requireText(DataNode at, String key) {
        if (!key.contains(".null.") && !texts.has(key)) {
            at.problem("message key '" + key + "' is missing from " + messagesFile);
        }
    }

    private static void checkRefs(DataNode i, List<String> refs, List<String> known, String what) {
        if (refs.isEmpty()) {
            i.problem("this indicator kind needs 'refs' naming the " + what + "s it counts");
        }
        refs.stream().filter(r -> !known.contains(r))
                .forEach(r -> i.get("refs").problem(what + " '" + r + "' is not defined by this plugin"));
    }

    private List<String> competencies(DataNode n, String key) {
        List<String> codes = n.strings(key);
        for (String code : codes) {
            if (framework.competency(code).isEmpty()) {
                n.get(key).problem("competency '" + code + "' is not in framework " + framework.key());
            }
        }
        if (codes.isEmpty()) {
            n.problem("'" + key + "' names no competency");
        }
        return codes;
    }

    private void checkLevel(DataNode at, String level) {
        if (level != null && framework.level(level).isEmpty()) {
            at.problem("level '" + level + "' is out of range: framework " + framework.key() + " has levels "
                    + framework.levels().stream().map(Framework.Level::code).toList());
        }
    }

    private static String uniqueId(DataNode n, Set<String> ids, String what) {
        String id = n.text("id");
        if (id != null && !ids.add(id)) {
            n.get("id").problem("duplicate " + what + " id '" + id + "'");
        }
        return id;
    }
}
