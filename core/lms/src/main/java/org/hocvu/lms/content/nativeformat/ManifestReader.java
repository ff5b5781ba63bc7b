package org.hocvu.lms.content.nativeformat;

import org.hocvu.lms.content.PackageDescription;
import org.hocvu.lms.content.PackageDescription.CompetencyLevel;
import org.hocvu.lms.content.PackageDescription.Lesson;
import org.hocvu.lms.content.PackageKind;
import org.hocvu.lms.content.check.KnownFrameworks;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.shared.data.YamlNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code package.yaml}, the manifest of a native package, checking its format version first
 * and then every field, so the report lists every problem with its line. The quiz of a lesson is
 * {@code quiz/<lesson id>.yaml} when the lesson says {@code quiz: true}.
 */
public final class ManifestReader {
    public static final String MANIFEST = "package.yaml";
    /** The format versions this reader understands; a newer package asks for a newer HọcVụ. */
    public static final int FORMAT = 1;
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{2,63}");
    static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})(-[0-9A-Za-z.-]{1,32})?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** The manifest as read, with each lesson's quiz flag (the description has no place for it). */
    public record Manifest(PackageDescription description, Set<String> lessonsWithQuiz, YamlNode root) {
    }

    private ManifestReader() {
    }

    /** The manifest, or {@code null} when it is missing or unreadable as a whole (the report says why). */
    public static Manifest read(Path folder, KnownFrameworks frameworks, Report report) throws IOException {
        Path file = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            report.add(null, "content.native.no-manifest");
            return null;
        }
        YamlNode root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = YamlNode.parse(MANIFEST, reader, report);
        } catch (java.nio.charset.MalformedInputException e) {
            report.add(MANIFEST, "content.native.not-utf8");
            return null;
        }
        if (root == null) {
            return null;
        }
        if (!root.isMapping()) {
            root.problem("yaml.not-a-mapping", "format");
            return null;
        }
        Integer format = root.integer("format", 1, 1_000);
        if (format == null) {
            return null;
        }
        if (format > FORMAT) {
            root.get("format").problem("content.native.format-unsupported", format, FORMAT);
            return null;
        }
        String id = root.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            root.get("id").problem("content.native.bad-id", id);
        }
        String version = root.text("version");
        if (version != null && !SEMVER.matcher(version).matches()) {
            root.get("version").problem("content.native.bad-version", version);
        }
        List<String> languages = languages(root);
        List<String> groups = new ArrayList<>();
        for (YamlNode g : root.list("targetGroups")) {
            String group = g.scalar("targetGroups");
            if (group != null && !frameworks.hasGroup(group)) {
                g.problem("content.native.unknown-group", group, String.join(", ", frameworks.groups().keySet()));
            }
            if (group != null) {
                groups.add(group);
            }
        }
        Set<String> withQuiz = new HashSet<>();
        List<Lesson> lessons = lessons(root, languages, groups, frameworks, withQuiz);
        PackageDescription description = new PackageDescription(id, version, PackageKind.NATIVE, languages,
                catalogTexts(root, "title", languages), catalogTexts(root, "summary", languages), root.text("publisher"),
                root.text("licence"), groups, root.integer("estimatedMinutes", 1, 6_000), lessons);
        return new Manifest(description, withQuiz, root);
    }

    /**
     * The title, summary or lesson title shown in the catalog: required in every declared language, and it may
     * also carry other languages (never required), so that a package whose lessons are written only in
     * Vietnamese can still be found by its English title.
     */
    private static Map<String, String> catalogTexts(YamlNode node, String key, List<String> languages) {
        if (!node.has(key) || !node.get(key).isMapping()) {
            return node.texts(key, languages);
        }
        YamlNode child = node.get(key);
        List<String> given = new ArrayList<>(languages);
        for (String extra : child.entries().keySet()) {
            if (languages.contains(extra)) {
                continue;
            }
            if (!LANGUAGE.matcher(extra).matches()) {
                child.get(extra).problem("content.native.bad-language", extra);
            }
            given.add(extra);
        }
        return node.texts(key, given);
    }

    private static List<String> languages(YamlNode root) {
        List<String> languages = new ArrayList<>();
        for (YamlNode node : root.list("languages")) {
            String tag = node.scalar("languages");
            if (tag == null) {
                continue;
            }
            if (!LANGUAGE.matcher(tag).matches()) {
                node.problem("content.native.bad-language", tag);
            } else if (languages.contains(tag)) {
                node.problem("content.native.duplicate", "languages", tag);
            } else {
                languages.add(tag);
            }
        }
        if (root.has("languages") && !languages.contains("vi")) {
            root.get("languages").problem("content.native.vietnamese-required");
        }
        return languages;
    }

    private static List<Lesson> lessons(YamlNode root, List<String> languages, List<String> groups,
                                        KnownFrameworks frameworks, Set<String> withQuiz) {
        List<Lesson> lessons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<YamlNode> nodes = root.list("lessons");
        if (root.has("lessons") && nodes.isEmpty()) {
            root.get("lessons").problem("content.native.no-lessons");
        }
        for (YamlNode node : nodes) {
            String id = node.text("id");
            if (id != null && !ID.matcher(id).matches()) {
                node.get("id").problem("content.native.bad-id", id);
            } else if (id != null && !ids.add(id)) {
                node.get("id").problem("content.native.duplicate", "lessons", id);
            }
            List<CompetencyLevel> competencies = new ArrayList<>();
            for (YamlNode c : node.list("competencies")) {
                String code = c.text("code");
                String level = c.text("level");
                if (code != null && !frameworks.hasCode(groups, code)) {
                    c.get("code").problem("content.native.unknown-competency", code, String.join(", ", groups));
                }
                if (level != null && !frameworks.hasLevel(groups, level)) {
                    c.get("level").problem("content.native.unknown-level", level, String.join(", ", groups));
                }
                if (code != null && level != null) {
                    competencies.add(new CompetencyLevel(code, level));
                }
            }
            if (node.has("quiz") && "true".equals(node.optionalText("quiz")) && id != null) {
                withQuiz.add(id);
            }
            Map<String, String> title = catalogTexts(node, "title", languages);
            String launch = id == null || languages.isEmpty() ? null : LessonFiles.rendered(id, languages.get(0));
            lessons.add(new Lesson(id, title, competencies, node.integer("minutes", 1, 600), launch));
        }
        return lessons;
    }
}
