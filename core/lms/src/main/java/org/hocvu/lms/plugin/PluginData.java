package org.hocvu.lms.plugin;

import org.hocvu.lms.competency.Framework;
import org.hocvu.spi.TargetGroupPlugin;

import java.util.List;
import java.util.Map;

/**
 * Everything a plugin's data files say, read and validated. Texts people read are message keys
 * resolved through {@link #texts()}: {@code plugin.name}, {@code plugin.description},
 * {@code eligibility.description}, {@code course.<id>.title}, {@code skill.<id>.name},
 * {@code skill.<id>.how}, {@code indicator.<id>.name}, {@code indicator.<id>.description}.
 * {@code frameworkSourceHash} identifies the framework file's content (see {@code CanonicalJson}).
 */
public record PluginData(TargetGroupPlugin plugin, Framework framework, String frameworkSourceHash,
                         List<Course> curriculum, Blueprint blueprint, Eligibility eligibility,
                         List<PracticalSkill> practicalSkills, List<Indicator> indicators, PluginTexts texts) {

    public String id() {
        return plugin.id();
    }

    /** A course of the learning path: the level it aims at, the competencies it covers, its lesson packages. */
    public record Course(String id, String level, List<String> competencies, List<String> packages) {
    }

    /**
     * The standard test: the level it certifies, pass mark in percent overall and per area, time limit,
     * attempts before the cool-down and the cool-down itself, and the share of easy, medium and hard items.
     */
    public record Blueprint(String level, int passMark, int timeLimitMinutes, int attempts, int coolDownHours,
                            Map<Difficulty, Integer> difficultyMix, List<Area> areas) {
        public int items() {
            return areas.stream().mapToInt(Area::items).sum();
        }

        /**
         * How many items of each difficulty an area draws: the area's items shared by the difficulty
         * mix, rounded by largest remainder so the counts add up to the area's items exactly.
         */
        public Map<Difficulty, Integer> quota(Area area) {
            Map<Difficulty, Integer> counts = new java.util.EnumMap<>(Difficulty.class);
            Map<Difficulty, Double> remainders = new java.util.EnumMap<>(Difficulty.class);
            int given = 0;
            for (Difficulty d : Difficulty.values()) {
                double exact = area.items() * difficultyMix.getOrDefault(d, 0) / 100.0;
                counts.put(d, (int) Math.floor(exact));
                remainders.put(d, exact - Math.floor(exact));
                given += (int) Math.floor(exact);
            }
            List<Difficulty> byRemainder = remainders.entrySet().stream()
                    .sorted(Map.Entry.<Difficulty, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
            for (int i = 0; given < area.items(); i++, given++) {
                counts.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
            }
            return counts;
        }
    }

    /** Items drawn from one domain (competency area) of the framework, and the pass mark in it. */
    public record Area(String domain, int items, int passMark) {
    }

    /** A person is a member when any rule matches; a rule matches when all its conditions hold. */
    public record Eligibility(List<Rule> rules) {
        public boolean admits(Map<String, String> attributes) {
            return rules.stream().anyMatch(r -> r.conditions().stream()
                    .allMatch(c -> c.holds(attributes.get(c.attribute()))));
        }
    }

    public record Rule(List<Condition> conditions) {
    }

    /** A profile attribute is one of {@code in}, or a number within {@code atLeast}..{@code atMost}. */
    public record Condition(String attribute, List<String> in, Integer atLeast, Integer atMost) {
        public boolean holds(String value) {
            if (value == null) {
                return false;
            }
            if (in != null && !in.isEmpty()) {
                return in.contains(value);
            }
            try {
                int n = Integer.parseInt(value.trim());
                return (atLeast == null || n >= atLeast) && (atMost == null || n <= atMost);
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    /** A skill a facilitator sees the learner perform, and the competencies it evidences. */
    public record PracticalSkill(String id, List<String> competencies) {
    }

    /**
     * A campaign indicator: share of the group's members who did something, with yearly targets in
     * percent; {@code refs} are the course or skill ids of the kinds that take them.
     */
    public record Indicator(String id, IndicatorKind kind, List<String> refs, Map<String, Integer> targets) {
    }
}
