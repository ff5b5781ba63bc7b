package org.hocvu.lms.content.scorm;

import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.PackageDescription.CompetencyLevel;
import org.hocvu.lms.content.PackageDescription.Lesson;
import org.hocvu.lms.content.check.KnownFrameworks;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.cmi5.PackageIds;
import org.hocvu.lms.content.nativeformat.ManifestReader;
import org.hocvu.lms.content.zip.Unpacked;
import org.hocvu.lms.shared.data.YamlNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SCORM zip as a HọcVụ package: the manifest gives the structure (its launchable items are the
 * lessons), the title, description and language; the optional sidecar {@code hocvu.yaml} adds
 * what SCORM lacks — target groups, competency codes and levels — and may set the id, version,
 * language, publisher, licence and time (format in docs/content-package-format.md).
 */
public final class ScormImport {
    public static final String SIDECAR = "hocvu.yaml";
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private ScormImport() {
    }

    public static boolean isScorm(Unpacked files) {
        return files.has(ScormManifestReader.FILE);
    }

    /** The package's description, or empty with the report saying why. */
    public static Optional<PackageDescription> describe(Unpacked files, KnownFrameworks frameworks, Report report)
            throws IOException {
        byte[] xml = Files.readAllBytes(files.file(ScormManifestReader.FILE));
        Optional<ScormStructure> read = ScormManifestReader.read(xml, files::has, report);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        ScormStructure structure = read.get();
        ScormManifestReader.Lom lom = ScormManifestReader.metadata(xml);
        YamlNode sidecar = sidecar(files, report);
        String id = PackageIds.fromIdentifier("scorm-", structure.identifier().isEmpty() ? "package" : structure.identifier());
        String version = null;
        String language = structure.language();
        Map<String, String> extraTitle = Map.of();
        Map<String, String> extraSummary = Map.of();
        List<String> groups = new ArrayList<>();
        List<CompetencyLevel> competencies = new ArrayList<>();
        Map<String, List<CompetencyLevel>> perItem = new LinkedHashMap<>();
        String publisher = null;
        String licence = null;
        Integer minutes = null;
        if (sidecar != null) {
            id = matching(sidecar, "id", ManifestReader.ID, id);
            version = matching(sidecar, "version", SEMVER, null);
            language = matching(sidecar, "language", LANGUAGE, language);
            groups = groups(sidecar, frameworks);
            competencies = competencies(sidecar.optionalList("competencies"), groups, frameworks);
            if (sidecar.has("items") && sidecar.get("items").isMapping()) {
                for (var entry : sidecar.get("items").entries().entrySet()) {
                    if (structure.item(entry.getKey()) == null) {
                        entry.getValue().problem("content.scorm.sidecar.unknown-item", entry.getKey());
                    }
                    perItem.put(entry.getKey(), competencies(entry.getValue().items("items"), groups, frameworks));
                }
            }
            extraTitle = languageMap(sidecar, "title");
            extraSummary = languageMap(sidecar, "summary");
            publisher = sidecar.has("publisher") ? sidecar.optionalText("publisher") : null;
            licence = sidecar.has("licence") ? sidecar.optionalText("licence") : null;
            minutes = sidecar.has("estimatedMinutes") ? sidecar.integer("estimatedMinutes", 1, 6_000) : null;
        }
        String lang = language == null ? "und" : language;
        Map<String, String> title = new LinkedHashMap<>();
        title.put(lang, structure.title().values().iterator().next());
        title.putAll(extraTitle);
        Map<String, String> summary = new LinkedHashMap<>();
        if (!lom.description().isEmpty()) {
            summary.put(lang, lom.description());
        }
        summary.putAll(extraSummary);
        List<Lesson> lessons = new ArrayList<>();
        for (ScormStructure.Item item : structure.launchables()) {
            lessons.add(new Lesson(item.id(), Map.of(lang, item.title()), perItem.getOrDefault(item.id(), competencies),
                    null, item.launch()));
        }
        LinkedHashSet<String> languages = new LinkedHashSet<>(title.keySet());
        languages.addAll(summary.keySet());
        return Optional.of(new PackageDescription(id, version, structure.version().kind(), List.copyOf(languages), title,
                summary, publisher, licence, List.copyOf(groups), minutes, List.copyOf(lessons)));
    }

    private static YamlNode sidecar(Unpacked files, Report report) throws IOException {
        if (!files.has(SIDECAR)) {
            return null;
        }
        try (Reader reader = Files.newBufferedReader(files.file(SIDECAR), StandardCharsets.UTF_8)) {
            YamlNode root = YamlNode.parse(SIDECAR, reader, report);
            if (root != null && !root.isMapping()) {
                root.problem("yaml.not-a-mapping", SIDECAR);
                return null;
            }
            return root;
        } catch (java.nio.charset.MalformedInputException e) {
            report.add(SIDECAR, "content.native.not-utf8");
            return null;
        }
    }

    private static String matching(YamlNode sidecar, String key, Pattern pattern, String fallback) {
        if (!sidecar.has(key)) {
            return fallback;
        }
        String value = sidecar.optionalText(key);
        if (value != null && !pattern.matcher(value).matches()) {
            sidecar.get(key).problem("content.scorm.sidecar.bad-value", key, value);
            return fallback;
        }
        return value == null ? fallback : value;
    }

    private static List<String> groups(YamlNode sidecar, KnownFrameworks frameworks) {
        List<String> groups = new ArrayList<>();
        for (YamlNode g : sidecar.optionalList("targetGroups")) {
            String group = g.scalar("targetGroups");
            if (group != null && !frameworks.hasGroup(group)) {
                g.problem("content.native.unknown-group", group, String.join(", ", frameworks.groups().keySet()));
            } else if (group != null) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static List<CompetencyLevel> competencies(List<YamlNode> nodes, List<String> groups, KnownFrameworks frameworks) {
        List<CompetencyLevel> out = new ArrayList<>();
        for (YamlNode c : nodes) {
            String code = c.text("code");
            String level = c.text("level");
            if (code != null && !frameworks.hasCode(groups, code)) {
                c.get("code").problem("content.native.unknown-competency", code, String.join(", ", groups));
            } else if (level != null && !frameworks.hasLevel(groups, level)) {
                c.get("level").problem("content.native.unknown-level", level, String.join(", ", groups));
            } else if (code != null && level != null) {
                out.add(new CompetencyLevel(code, level));
            }
        }
        return out;
    }

    private static Map<String, String> languageMap(YamlNode sidecar, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!sidecar.has(key)) {
            return out;
        }
        YamlNode node = sidecar.get(key);
        if (!node.isMapping()) {
            node.problem("yaml.not-a-language-map", key);
            return out;
        }
        node.entries().forEach((language, text) -> {
            String value = text.scalar(key + "." + language);
            if (!LANGUAGE.matcher(language).matches()) {
                text.problem("content.native.bad-language", language);
            } else if (value != null) {
                out.put(language, value);
            }
        });
        return out;
    }
}
