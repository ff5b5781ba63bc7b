package org.hocvu.lms.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.xapi.feed.StatementFeed;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Competency profiles as the frameworks' trees, and their rebuild from the statement log. */
@ApplicationScoped
public class ProfileService {
    @Inject
    CompetencyProfiles profiles;
    @Inject
    PluginRegistry plugins;
    @Inject
    StatementFeed feed;

    /** The learner's groups and every group they have results in, each as its framework's tree. */
    public CompetencyProfileView of(UUID learner, Collection<String> groups, Locale locale) {
        Map<String, List<CompetencyProfiles.Reached>> byTest = profiles.of(learner).stream()
                .collect(Collectors.groupingBy(CompetencyProfiles.Reached::testId));
        TreeSet<String> tests = new TreeSet<>(groups);
        tests.addAll(byTest.keySet());
        tests.retainAll(plugins.targetGroupIds());
        return new CompetencyProfileView(tests.stream().map(t -> group(t, byTest.getOrDefault(t, List.of()), locale)).toList());
    }

    private CompetencyProfileView.GroupCompetencyProfile group(String testId, List<CompetencyProfiles.Reached> reached, Locale locale) {
        Framework f = plugins.plugin(testId).framework();
        Map<String, CompetencyProfiles.Reached> byCode = reached.stream()
                .collect(Collectors.toMap(CompetencyProfiles.Reached::competency, Function.identity()));
        return new CompetencyProfileView.GroupCompetencyProfile(testId, f.title().in(locale), f.domains().stream()
                .map(d -> new CompetencyProfileView.DomainNode(d.code(), d.name().in(locale), d.competencies().stream().map(c -> {
                    CompetencyProfiles.Reached r = byCode.get(c.code());
                    return r == null ? new CompetencyProfileView.CompetencyNode(c.code(), c.name().in(locale), null, null, null, null)
                            : new CompetencyProfileView.CompetencyNode(c.code(), c.name().in(locale), r.level(),
                            f.level(r.level()).map(l -> l.name().in(locale)).orElse(r.level()), r.reachedAt(), r.evidence());
                }).toList())).toList());
    }

    /** Forgets every profile and builds them again from statement zero. */
    public void rebuild() {
        clear();
        feed.replay(CompetencyProfiles.NAME);
        feed.drain(CompetencyProfiles.NAME);
    }

    @Transactional
    void clear() {
        profiles.clear();
    }
}
