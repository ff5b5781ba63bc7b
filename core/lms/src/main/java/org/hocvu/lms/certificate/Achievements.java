package org.hocvu.lms.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.competency.CasePackage;
import org.hocvu.lms.competency.CompetencyService;
import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.xapi.vocabulary.Activities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a certificate certifies: a target group's standard test at the level its blueprint sets,
 * aligned to the framework's CASE items the test covers (their provider API URIs).
 */
@ApplicationScoped
public class Achievements {
    private static final Locale VI = Languages.VIETNAMESE;

    @Inject
    PluginRegistry plugins;
    @Inject
    CompetencyService competencies;
    @Inject
    Activities activities;

    /** One alignment: a CASE item the test covers. */
    public record Alignment(String name, String url, String code, String framework) {
    }

    /** The achievement in Vietnamese (certificates are printed and verified in Vietnamese). */
    public record Achievement(String id, String targetGroup, String name, String description, String criteria,
                             String level, List<Alignment> alignments) {
    }

    /** The target group whose standard test this statement object is, if any. */
    public Optional<String> targetGroupOfTest(String objectId) {
        return plugins.targetGroupIds().stream()
                .filter(id -> activities.standardTest(id, null).id().equals(objectId)).findFirst();
    }

    public Achievement of(String targetGroup) {
        PluginData plugin = plugins.plugin(targetGroup);
        PluginData.Blueprint blueprint = plugin.blueprint();
        Framework framework = plugin.framework();
        String group = plugins.groupName(targetGroup, VI);
        String level = framework.level(blueprint.level()).map(l -> l.name().in(VI)).orElse(blueprint.level());
        Set<String> domains = blueprint.areas().stream().map(PluginData.Area::domain).collect(Collectors.toSet());
        CasePackage exported = competencies.export(framework.key(), framework.version(), VI);
        String frameworkTitle = exported.document().title();
        List<Alignment> alignments = exported.items().stream()
                .filter(i -> domains.contains(i.humanCodingScheme()))
                .map(i -> new Alignment(i.fullStatement(), i.uri(), i.humanCodingScheme(), frameworkTitle))
                .toList();
        return new Achievement(activities.standardTest(targetGroup, Map.of()).id(), targetGroup,
                Messages.get(VI, "certificate.achievement.name", group, level),
                Messages.get(VI, "certificate.achievement.description", group, level, frameworkTitle),
                Messages.get(VI, "certificate.achievement.criteria", group, blueprint.passMark()),
                level, alignments);
    }
}
