package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators of every target-group plugin, and what in a statement counts towards them. A
 * "fact" is the IRI of what the learner achieved: the standard test passed, the course or lesson
 * package (any version) completed, the practical skill verified, the certificate earned.
 */
@ApplicationScoped
public class IndicatorCatalog {
    /** Longest fact kept: longer IRIs are none of ours. */
    static final int MAX_FACT = 1024;

    @Inject
    PluginRegistry plugins;
    @Inject
    Activities activities;

    public List<CampaignIndicator> all() {
        List<CampaignIndicator> all = new ArrayList<>();
        for (String group : plugins.targetGroupIds()) {
            all.addAll(ofGroup(group));
        }
        return all;
    }

    /** The target groups, in the registry's order. */
    public List<String> groups() {
        return List.copyOf(plugins.targetGroupIds());
    }

    public List<CampaignIndicator> ofGroup(String group) {
        return plugins.plugin(group).indicators().stream()
                .map(i -> new CampaignIndicator(group, i.id(), i.kind(), i.refs() == null ? List.of() : i.refs(), i.targets()))
                .toList();
    }

    public Optional<CampaignIndicator> find(String group, String indicator) {
        if (group == null || !plugins.targetGroupIds().contains(group)) {
            return Optional.empty();
        }
        return ofGroup(group).stream().filter(i -> i.id().equals(indicator)).findFirst();
    }

    public String groupName(String group, Locale locale) {
        return plugins.groupName(group, locale);
    }

    public String indicatorName(String group, String indicator, Locale locale) {
        String name = plugins.plugin(group).texts().find("indicator." + indicator + ".name", locale);
        return name == null ? indicator : name;
    }

    /** The fact a statement proves, if it proves one an indicator may count. */
    Optional<String> factOf(LearningStatement s) {
        if (s.voiding() || s.learner() == null || s.objectId() == null || s.objectId().length() > MAX_FACT) {
            return Optional.empty();
        }
        String object = s.objectId();
        if (Verb.PASSED.iri().equals(s.verb()) && object.startsWith(strip(activities.standardTest("x", null).id(), "x"))) {
            return Optional.of(object);
        }
        if (Verb.COMPLETED.iri().equals(s.verb())) {
            if (object.startsWith(strip(activities.course("x", null).id(), "x"))) {
                return Optional.of(object);
            }
            String packages = strip(activities.lessonPackage("x", "y", null).id(), "x/y");
            if (object.startsWith(packages)) {
                String rest = object.substring(packages.length());
                int slash = rest.indexOf('/');
                // a package version ("<id>/<version>"), not one of its lessons
                if (slash > 0 && rest.indexOf('/', slash + 1) < 0) {
                    return Optional.of(object.substring(0, packages.length() + slash));
                }
            }
        }
        if (Verb.VERIFIED.iri().equals(s.verb()) && object.startsWith(strip(activities.practicalSkill("x", "y", null).id(), "x/y"))) {
            return Optional.of(object);
        }
        if (Verb.EARNED.iri().equals(s.verb()) && object.startsWith(strip(activities.certificate("x", null).id(), "x"))) {
            return Optional.of(object);
        }
        return Optional.empty();
    }

    /** The day each indicator of every group was first achieved, given the day each fact was first proven. */
    Map<String, LocalDate> achievements(Map<String, LocalDate> facts) {
        Map<String, LocalDate> achieved = new java.util.TreeMap<>();
        for (CampaignIndicator indicator : all()) {
            LocalDate day = achievedOn(indicator, facts);
            if (day != null) {
                achieved.put(indicator.key(), day);
            }
        }
        return achieved;
    }

    private LocalDate achievedOn(CampaignIndicator indicator, Map<String, LocalDate> facts) {
        PluginData plugin = plugins.plugin(indicator.group());
        return switch (indicator.kind()) {
            case PASSED_STANDARD_TEST -> facts.get(activities.standardTest(indicator.group(), null).id());
            case COMPLETED_CURRICULUM -> allOf(plugin.curriculum().stream().map(c -> courseDone(c, facts)).toList());
            case COMPLETED_COURSES -> allOf(indicator.refs().stream()
                    .map(ref -> course(ref).map(c -> courseDone(c, facts)).orElse(facts.get(activities.course(ref, null).id())))
                    .toList());
            case VERIFIED_SKILLS -> allOf(indicator.refs().stream()
                    .map(ref -> facts.get(activities.practicalSkill(indicator.group(), ref, null).id())).toList());
        };
    }

    /** A course is done when it was completed as a whole, or when every lesson package of it was. */
    private LocalDate courseDone(PluginData.Course course, Map<String, LocalDate> facts) {
        LocalDate whole = facts.get(activities.course(course.id(), null).id());
        LocalDate packages = course.packages() == null || course.packages().isEmpty() ? null
                : allOf(course.packages().stream().map(p -> facts.get(packageFact(p))).toList());
        if (whole == null) {
            return packages;
        }
        return packages == null || whole.isBefore(packages) ? whole : packages;
    }

    private String packageFact(String packageId) {
        return strip(activities.lessonPackage(packageId, "v", null).id(), "/v");
    }

    private Optional<PluginData.Course> course(String id) {
        return plugins.targetGroupIds().stream().flatMap(g -> plugins.plugin(g).curriculum().stream())
                .filter(c -> c.id().equals(id)).findFirst();
    }

    /** The day the last of them was done, or null while one is not (or there are none). */
    private static LocalDate allOf(Collection<LocalDate> days) {
        if (days.isEmpty() || days.contains(null)) {
            return null;
        }
        return days.stream().max(LocalDate::compareTo).orElseThrow();
    }

    /** The IRI without the given ending (the sample ids it was built with). */
    private static String strip(String iri, String ending) {
        return iri.substring(0, iri.length() - ending.length());
    }
}
