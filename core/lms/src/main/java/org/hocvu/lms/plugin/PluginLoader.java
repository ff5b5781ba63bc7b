package org.hocvu.lms.plugin;

import org.hocvu.lms.competency.Framework;
import org.hocvu.lms.shared.CanonicalJson;
import org.hocvu.lms.competency.StableIds;
import org.hocvu.lms.shared.Languages;
import org.hocvu.spi.DataFile;
import org.hocvu.spi.TargetGroupPlugin;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates the data of every plugin; plain Java, so plugin modules test their data
 * with it without starting the application. Either every plugin is valid, or
 * {@link PluginDataException} lists every problem with plugin, file and line.
 */
public final class PluginLoader {
    private static final Logger LOG = Logger.getLogger(PluginLoader.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private PluginLoader() {
    }

    /** The plugins' data in the configured {@link Languages} ({@value Languages#SHIPPED} when nothing is configured). */
    public static List<PluginData> load(Collection<? extends TargetGroupPlugin> plugins) {
        return load(plugins, Languages.configured());
    }

    public static List<PluginData> load(Collection<? extends TargetGroupPlugin> plugins, Languages languages) {
        Problems problems = new Problems();
        Map<String, TargetGroupPlugin> byId = new HashMap<>();
        List<PluginData> loaded = new ArrayList<>();
        for (TargetGroupPlugin plugin : plugins) {
            TargetGroupPlugin other = byId.putIfAbsent(plugin.id(), plugin);
            if (other != null) {
                problems.add(plugin.id(), null, 0, "two plugins have this id: " + other.getClass().getName()
                        + " and " + plugin.getClass().getName());
                continue;
            }
            PluginData data = loadOne(plugin, languages, problems);
            if (data != null) {
                loaded.add(data);
            }
        }
        checkAcrossPlugins(loaded, problems);
        problems.throwIfAny();
        return loaded;
    }

    private static PluginData loadOne(TargetGroupPlugin plugin, Languages languages, Problems problems) {
        String id = plugin.id();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(String.valueOf(id), null, 0, "a plugin id is lower-case letters, digits and hyphens, starting with a letter");
            return null;
        }
        if (plugin.version() == null || plugin.version().isBlank()) {
            problems.add(id, null, 0, "the plugin has no version");
        }
        if (!coreSatisfies(plugin.requiresCore())) {
            problems.add(id, null, 0, "the plugin requires core contract " + plugin.requiresCore()
                    + " but this core implements " + TargetGroupPlugin.CONTRACT_VERSION);
            return null;
        }
        String viFile = plugin.dataFolder() + DataFile.MESSAGES.fileName();
        PluginTexts texts = texts(plugin, languages, problems);
        if (texts == null) {
            return null;
        }
        DataNode frameworkRoot = yaml(plugin, DataFile.FRAMEWORK, problems);
        if (frameworkRoot == null) {
            return null;
        }
        Framework framework = FrameworkReader.read(frameworkRoot);
        PluginDataReader reader = new PluginDataReader(framework, texts, viFile);
        DataNode curriculumRoot = yaml(plugin, DataFile.CURRICULUM, problems);
        DataNode blueprintRoot = yaml(plugin, DataFile.BLUEPRINT, problems);
        DataNode eligibilityRoot = yaml(plugin, DataFile.ELIGIBILITY, problems);
        DataNode skillsRoot = yaml(plugin, DataFile.PRACTICAL_SKILLS, problems);
        DataNode indicatorsRoot = yaml(plugin, DataFile.INDICATORS, problems);
        if (curriculumRoot == null || blueprintRoot == null || eligibilityRoot == null || skillsRoot == null
                || indicatorsRoot == null) {
            return null;
        }
        List<PluginData.Course> curriculum = reader.curriculum(curriculumRoot);
        List<PluginData.PracticalSkill> skills = reader.practicalSkills(skillsRoot);
        return new PluginData(plugin, framework, CanonicalJson.sha256(frameworkRoot.plain()), curriculum, reader.blueprint(blueprintRoot),
                reader.eligibility(eligibilityRoot), skills, reader.indicators(indicatorsRoot, curriculum, skills), texts);
    }

    /**
     * The Vietnamese bundle (required) and the bundle of every other configured language the
     * plugin ships; a language it does not ship is noted in the log and read in Vietnamese.
     */
    private static PluginTexts texts(TargetGroupPlugin plugin, Languages languages, Problems problems) {
        String id = plugin.id();
        PluginTexts.Bundle vi = bundle(plugin, Languages.VIETNAMESE.getLanguage(), true, problems);
        if (vi == null) {
            return null;
        }
        Map<String, PluginTexts.Bundle> others = new LinkedHashMap<>();
        for (String language : languages.codes()) {
            if (!language.equals(Languages.VIETNAMESE.getLanguage())) {
                PluginTexts.Bundle bundle = bundle(plugin, language, false, problems);
                if (bundle != null) {
                    others.put(language, bundle);
                } else if (plugin.messages(language) == null) {
                    LOG.infof("plugin %s has no %s: its texts in '%s' are shown in Vietnamese", id,
                            DataFile.messagesIn(language), language);
                }
            }
        }
        PluginTexts texts = PluginTexts.of(id, vi, others, problems);
        for (String key : List.of("plugin.name", "plugin.description")) {
            if (!texts.has(key)) {
                problems.add(id, vi.file(), 0, "message key '" + key + "' is missing");
            }
        }
        return texts;
    }

    /** Frameworks have one owner each; a crosswalk into a framework loaded here must name a code it has. */
    private static void checkAcrossPlugins(List<PluginData> loaded, Problems problems) {
        Map<String, String> owners = new HashMap<>();
        for (PluginData p : loaded) {
            String owner = owners.putIfAbsent(p.framework().key(), p.id());
            if (owner != null) {
                problems.add(p.id(), p.plugin().dataFolder() + DataFile.FRAMEWORK.fileName(), 0,
                        "framework id '" + p.framework().key() + "' is already used by plugin " + owner);
            }
        }
        Map<String, Set<UUID>> nodes = loaded.stream().collect(Collectors.toMap(p -> p.framework().key(),
                p -> p.framework().codes().map(c -> StableIds.item(p.framework().key(), c)).collect(Collectors.toSet()),
                (a, b) -> a));
        for (PluginData p : loaded) {
            p.framework().competencies().forEach(c -> c.crosswalks().forEach(x -> {
                String target = x.target().framework();
                if (nodes.containsKey(target) && !nodes.get(target).contains(x.target().identifier())) {
                    problems.add(p.id(), p.plugin().dataFolder() + DataFile.FRAMEWORK.fileName(), 0,
                            "competency " + c.code() + ": crosswalk target '" + target + ":" + x.target().code()
                                    + "' is not in framework " + target);
                }
            }));
        }
    }

    /**
     * The plugin's standard-test bank ({@value TestBank#FILE_NAME}), read and checked against its framework
     * and blueprint. Its problems do not stop the start (banks are written while the plugin is in use):
     * they are returned with the bank, which is then not usable for the standard test.
     */
    public static TestBank testBank(PluginData data) {
        TargetGroupPlugin plugin = data.plugin();
        String path = plugin.dataFolder() + TestBank.FILE_NAME;
        Problems problems = new Problems();
        URL url = plugin.dataFile(TestBank.FILE_NAME);
        if (url == null) {
            problems.add(plugin.id(), path, 0, "the file is missing: the standard test cannot be taken");
            return new TestBank(plugin.id(), path, false, List.of(), problems.list());
        }
        List<TestItem> items = List.of();
        try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            DataNode root = DataNode.parse(plugin.id(), path, reader, problems);
            if (root != null) {
                TestBankReader bankReader = new TestBankReader(data.framework());
                items = bankReader.items(root);
                bankReader.checkSupply(root, items, data.blueprint());
            }
        } catch (IOException e) {
            problems.add(plugin.id(), path, 0, "cannot be read: " + e.getMessage());
        }
        return new TestBank(plugin.id(), path, true, items, problems.list());
    }

    static boolean coreSatisfies(String required) {
        if (required == null) {
            return false;
        }
        String[] want = required.trim().split("\\.");
        String[] have = TargetGroupPlugin.CONTRACT_VERSION.split("\\.");
        try {
            return want.length >= 1 && Integer.parseInt(want[0]) == Integer.parseInt(have[0])
                    && (want.length < 2 || Integer.parseInt(want[1]) <= Integer.parseInt(have[1]));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static DataNode yaml(TargetGroupPlugin plugin, DataFile file, Problems problems) {
        String path = plugin.dataFolder() + file.fileName();
        URL url = plugin.dataFile(file);
        if (url == null) {
            problems.add(plugin.id(), path, 0, "the file is missing");
            return null;
        }
        try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            return DataNode.parse(plugin.id(), path, reader, problems);
        } catch (IOException e) {
            problems.add(plugin.id(), path, 0, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** A language's bundle, or {@code null}: when it is missing (a problem only if it is {@code required}) or unreadable. */
    private static PluginTexts.Bundle bundle(TargetGroupPlugin plugin, String language, boolean required, Problems problems) {
        String path = plugin.dataFolder() + DataFile.messagesIn(language);
        URL url = plugin.messages(language);
        if (url == null) {
            if (required) {
                problems.add(plugin.id(), path, 0, "the file is missing");
            }
            return null;
        }
        try (InputStream in = url.openStream()) {
            return PluginTexts.read(path, in);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(plugin.id(), path, 0, "cannot be read: " + e.getMessage());
            return null;
        }
    }
}
