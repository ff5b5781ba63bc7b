package org.hocvu.lms.plugin;

import org.hocvu.lms.competency.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
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
import java.util.regex.Pattern;

/**
 * A node of a plugin's YAML file that knows its line, so every problem found while reading
 * names plugin, file and line. Readers ask for what they need; what is missing or of the wrong
 * shape is recorded in {@link Problems} and an empty value returned, so reading goes on and one
 * start-up reports everything.
 */
final class DataNode {
    private final String plugin;
    private final String file;
    private final Node node;
    private final Problems problems;
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private final Map<String, DataNode> entries = new LinkedHashMap<>();

    private DataNode(String plugin, String file, Node node, Problems problems) {
        this.plugin = plugin;
        this.file = file;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (entries.putIfAbsent(key, new DataNode(plugin, file, t.getValueNode(), problems)) != null) {
                    problems.add(plugin, file, line(t.getKeyNode()), "duplicate key '" + key + "'");
                }
            }
        }
    }

    /** The document's root, or {@code null} (with the problem recorded) when it is not YAML. */
    static DataNode parse(String plugin, String file, Reader reader, Problems problems) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                problems.add(plugin, file, 0, "the file is empty");
                return null;
            }
            return new DataNode(plugin, file, root, problems);
        } catch (MarkedYAMLException e) {
            problems.add(plugin, file, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
            return null;
        }
    }

    int line() {
        return line(node);
    }

    /**
     * The node as plain data (maps, lists, scalar texts), for a hash of the source that does not
     * depend on the records it is read into. Scalars stay texts: {@code 1} and {@code "1"} are one value.
     */
    Object plain() {
        return plain(node);
    }

    private static Object plain(Node n) {
        if (n instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.getValue().forEach(t -> map.put(t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?", plain(t.getValueNode())));
            return map;
        }
        if (n instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(DataNode::plain).toList();
        }
        return n instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** Records a problem at this node. */
    void problem(String message) {
        problems.add(plugin, file, line(), message);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    DataNode get(String key) {
        return entries.get(key);
    }

    Map<String, DataNode> entries() {
        return entries;
    }

    /** This node's scalar value, or {@code null} with a problem when it is not a scalar. */
    String scalar(String what) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue();
        }
        problem(what + " must be a non-empty value");
        return null;
    }

    String text(String key) {
        DataNode child = required(key);
        return child == null ? null : child.scalar("'" + key + "'");
    }

    String optionalText(String key) {
        return has(key) ? get(key).scalar("'" + key + "'") : null;
    }

    int integer(String key, int min, int max) {
        String value = text(key);
        return value == null ? min : toInteger(get(key), value, "'" + key + "'", min, max);
    }

    int toInteger(String value, String what, int min, int max) {
        return toInteger(this, value, what, min, max);
    }

    private static int toInteger(DataNode at, String value, String what, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                at.problem(what + " is " + n + ", out of range " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            at.problem(what + " must be a whole number, not '" + value + "'");
            return min;
        }
    }

    /** A text per language: {@code {vi: ..., en: ..., km: ...}}; Vietnamese is required, the others optional. */
    Text multilingual(String key) {
        DataNode child = required(key);
        return child == null ? Text.EMPTY : child.asText();
    }

    Text optionalMultilingual(String key) {
        return has(key) ? multilingual(key) : null;
    }

    /** This node as a text per language; each key a language code (ISO 639, lower case). */
    Text asText() {
        if (!(node instanceof MappingNode)) {
            problem("a text must be written per language, e.g. {vi: ..., en: ...}");
            return Text.EMPTY;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        text("vi");
        entries.forEach((language, value) -> {
            if (!LANGUAGE_CODE.matcher(language).matches()) {
                value.problem("'" + language + "' is not a language code (ISO 639, lower case, e.g. vi, en, km)");
            }
            byLanguage.put(language, value.scalar("the text in '" + language + "'"));
        });
        return new Text(byLanguage);
    }

    List<DataNode> list(String key) {
        DataNode child = required(key);
        return child == null ? List.of() : child.items("'" + key + "'");
    }

    List<DataNode> optionalList(String key) {
        return has(key) ? get(key).items("'" + key + "'") : List.of();
    }

    /** The elements of a sequence node. */
    List<DataNode> items(String what) {
        if (node instanceof SequenceNode seq) {
            List<DataNode> out = new ArrayList<>();
            seq.getValue().forEach(n -> out.add(new DataNode(plugin, file, n, problems)));
            return out;
        }
        problem(what + " must be a list");
        return List.of();
    }

    /** A list of scalars, e.g. competency codes. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (DataNode item : list(key)) {
            String value = item.scalar("an element of '" + key + "'");
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private DataNode required(String key) {
        if (!(node instanceof MappingNode)) {
            problem("expected a mapping with '" + key + "'");
            return null;
        }
        DataNode child = entries.get(key);
        if (child == null) {
            problem("'" + key + "' is missing");
        }
        return child;
    }
}
