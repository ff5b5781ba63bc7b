package org.hocvu.lms.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** What the plugin API shows, in the caller's language. */
public final class PluginViews {
    private PluginViews() {
    }

    public record FrameworkRef(String key, String version, String title) {
    }

    public record Summary(String id, String version, String requiresCore, String name, String description,
                          FrameworkRef framework, int courses, int practicalSkills, int indicators) {
    }

    public record Detail(String id, String version, String requiresCore, String name, String description,
                         FrameworkRef framework, EligibilityView eligibility, List<IndicatorView> indicators,
                         List<SkillView> practicalSkills, BlueprintView blueprint, List<CourseView> curriculum) {
    }

    public record EligibilityView(String description, List<PluginData.Rule> rules) {
    }

    public record IndicatorView(String id, String kind, String name, String description, List<String> refs,
                                Map<String, Integer> targets) {
    }

    public record SkillView(String id, String name, String how, List<String> competencies) {
    }

    public record AreaView(String domain, String name, int items, int passMark) {
    }

    public record BlueprintView(String level, int items, int passMark, int timeLimitMinutes, int attempts,
                                int coolDownHours, Map<String, Integer> difficultyMix, List<AreaView> areas) {
    }

    /** {@code status} is {@code published} or {@code pending}. */
    public record PackageRef(String id, String status) {
    }

    public record CourseView(String id, String title, String level, List<String> competencies, List<PackageRef> packages) {
    }

    static Summary summary(PluginData p, Locale l) {
        return new Summary(p.id(), p.plugin().version(), p.plugin().requiresCore(), p.texts().get("plugin.name", l),
                p.texts().get("plugin.description", l), frameworkRef(p, l), p.curriculum().size(),
                p.practicalSkills().size(), p.indicators().size());
    }

    static Detail detail(PluginData p, Locale l, Predicate<String> published) {
        PluginTexts t = p.texts();
        var indicators = p.indicators().stream().map(i -> new IndicatorView(i.id(), i.kind().dataName(),
                t.get("indicator." + i.id() + ".name", l), t.get("indicator." + i.id() + ".description", l),
                i.refs(), i.targets())).toList();
        var skills = p.practicalSkills().stream().map(s -> new SkillView(s.id(), t.get("skill." + s.id() + ".name", l),
                t.get("skill." + s.id() + ".how", l), s.competencies())).toList();
        PluginData.Blueprint b = p.blueprint();
        var areas = b.areas().stream().map(a -> new AreaView(a.domain(),
                p.framework().domain(a.domain()).map(d -> d.name().in(l)).orElse(a.domain()), a.items(), a.passMark()))
                .toList();
        var blueprint = new BlueprintView(b.level(), b.items(), b.passMark(), b.timeLimitMinutes(), b.attempts(),
                b.coolDownHours(), mix(b.difficultyMix()), areas);
        var courses = p.curriculum().stream().map(c -> new CourseView(c.id(), t.get("course." + c.id() + ".title", l),
                c.level(), c.competencies(), c.packages().stream()
                .map(id -> new PackageRef(id, published.test(id) ? "published" : "pending")).toList())).toList();
        return new Detail(p.id(), p.plugin().version(), p.plugin().requiresCore(), t.get("plugin.name", l),
                t.get("plugin.description", l), frameworkRef(p, l),
                new EligibilityView(t.get("eligibility.description", l), p.eligibility().rules()),
                indicators, skills, blueprint, courses);
    }

    /** The mix as data files write it, in the order easy, medium, hard. */
    private static Map<String, Integer> mix(Map<Difficulty, Integer> mix) {
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        mix.forEach((d, percent) -> named.put(d.dataName(), percent));
        return named;
    }

    private static FrameworkRef frameworkRef(PluginData p, Locale l) {
        return new FrameworkRef(p.framework().key(), p.framework().version(), p.framework().title().in(l));
    }
}
