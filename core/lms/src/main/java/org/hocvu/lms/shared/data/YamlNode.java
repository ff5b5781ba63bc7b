package org.hocvu.lms.shared.data;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a YAML document that knows its file and line, for readers that must report every
 * problem of a document at once (a partner's package, a plugin's data) instead of the first one.
 * Readers ask for what they need; what is missing or of the wrong shape goes to the
 * {@link ProblemSink} as a message key of the {@code yaml} bundle and an empty value comes back,
 * so reading goes on. Anchors and aliases are refused: a hostile document cannot expand itself.
 */
public final class YamlNode {
    /** Where problems go: a message key with its arguments, at a file and 1-based line (0: the whole file). */
    @FunctionalInterface
    public interface ProblemSink {
        void problem(String file, int line, String messageKey, Object... args);
    }

    private final String file;
    private final Node node;
    private final ProblemSink problems;
    private final Map<String, YamlNode> entries = new LinkedHashMap<>();

    private YamlNode(String file, Node node, ProblemSink problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (entries.putIfAbsent(key, new YamlNode(file, t.getValueNode(), problems)) != null) {
                    problems.problem(file, line(t.getKeyNode()), "yaml.duplicate-key", key);
                }
            }
        }
    }

    /** The document's root, or {@code null} (with the problem recorded) when it is empty or not YAML. */
    public static YamlNode parse(String file, Reader reader, ProblemSink problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by the node with its line, not thrown
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(4 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.problem(file, 0, "yaml.empty");
                return null;
            }
            return new YamlNode(file, root, problems);
        } catch (MarkedYAMLException e) {
            problems.problem(file, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1, "yaml.invalid",
                    String.valueOf(e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problems.problem(file, 0, "yaml.invalid", e.getMessage());
            return null;
        }
    }

    public String file() {
        return file;
    }

    public int line() {
        return line(node);
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** Records a problem at this node's line. */
    public void problem(String messageKey, Object... args) {
        problems.problem(file, line(), messageKey, args);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public YamlNode get(String key) {
        return entries.get(key);
    }

    public Map<String, YamlNode> entries() {
        return entries;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** This node's scalar value, or {@code null} with a problem when it is not a non-empty scalar. */
    public String scalar(String what) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        problem("yaml.not-a-value", what);
        return null;
    }

    /** A required scalar entry of this mapping. */
    public String text(String key) {
        YamlNode child = required(key);
        return child == null ? null : child.scalar(key);
    }

    public String optionalText(String key) {
        return has(key) ? get(key).scalar(key) : null;
    }

    /** A required whole number entry within {@code min..max}; {@code null} (with the problem) otherwise. */
    public Integer integer(String key, int min, int max) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                get(key).problem("yaml.out-of-range", key, n, min, max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            get(key).problem("yaml.not-a-number", key, value);
            return null;
        }
    }

    /** A required list entry; empty (with the problem) when missing or not a list. */
    public List<YamlNode> list(String key) {
        YamlNode child = required(key);
        return child == null ? List.of() : child.items(key);
    }

    public List<YamlNode> optionalList(String key) {
        return has(key) ? get(key).items(key) : List.of();
    }

    /** The elements of this sequence node. */
    public List<YamlNode> items(String what) {
        if (node instanceof SequenceNode seq) {
            List<YamlNode> out = new ArrayList<>();
            seq.getValue().forEach(n -> out.add(new YamlNode(file, n, problems)));
            return out;
        }
        problem("yaml.not-a-list", what);
        return List.of();
    }

    /** A required list of scalars, e.g. codes or language tags. */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            String value = item.scalar(key);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /**
     * A required text given once per language, {@code {vi: ..., en: ...}}: each of {@code languages}
     * must be there (a missing translation is a problem), and no other.
     */
    public Map<String, String> texts(String key, List<String> languages) {
        YamlNode child = required(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (child == null) {
            return out;
        }
        if (!child.isMapping()) {
            child.problem("yaml.not-a-language-map", key);
            return out;
        }
        for (String language : languages) {
            if (child.has(language)) {
                String value = child.get(language).scalar(key + "." + language);
                if (value != null) {
                    out.put(language, value);
                }
            } else {
                child.problem("yaml.missing-translation", key, language);
            }
        }
        child.entries().keySet().stream().filter(l -> !languages.contains(l))
                .forEach(l -> child.get(l).problem("yaml.undeclared-language", key, l));
        return out;
    }

    private YamlNode required(String key) {
        if (!(node instanceof MappingNode)) {
            problem("yaml.not-a-mapping", key);
            return null;
        }
        YamlNode child = entries.get(key);
        if (child == null) {
            problem("yaml.missing", key);
        }
        return child;
    }
}
