package org.huibao.kinds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.huibao.api.Message;
import org.huibao.config.DidYouMean;
import org.huibao.config.YamlTrees;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a rule file, read key by key. A bad value is noted as a problem at its own line (in
 * {@code problems}, which collects every problem of the files being read) and read as absent, so that
 * one run names every mistake of a file, not only the first.
 *
 * {@code path}: where the mapping sits, for messages ("then", "examples"); empty at the top of a rule.
 */
final class Fields {
    private final String file;
    private final MappingNode node;
    private final String path;
    private final Map<String, NodeTuple> entries;
    private final Problems problems;
    /** Known keys that unknown ones were probably meant to be ({@link #allow}): not to be reported missing too. */
    private final Set<String> meant = new HashSet<>();

    private Fields(String file, MappingNode node, String path, Map<String, NodeTuple> entries, Problems problems) {
        this.file = file;
        this.node = node;
        this.path = path;
        this.entries = entries;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    /** True when a key is missing because it was given misspelt: that mistake is reported already. */
    boolean misspelt(String key) {
        return meant.contains(key);
    }

    static Fields of(String file, MappingNode node, String path, Problems problems) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            Node key = t.getKeyNode();
            if (!(key instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.MERGE)) {
                problems.add(file, YamlTrees.line(key), file + ":" + YamlTrees.line(key)
                        + ": a key must be a plain name, got " + describe(key));
            } else if (entries.putIfAbsent(scalar.getValue(), t) != null) {
                problems.add(file, YamlTrees.line(key), file + ":" + YamlTrees.line(key) + ": duplicate key \""
                        + join(path, scalar.getValue()) + "\"");
            }
        }
        return new Fields(file, node, path, entries, problems);
    }

    int line() {
        return YamlTrees.line(node);
    }

    /** Notes every key not among {@code known}, each with the nearest known one. */
    void allow(Collection<String> known) {
        allow(known, key -> Optional.empty());
    }

    /**
     * Notes every key not among {@code known}, each with the nearest known one or, when none is near,
     * what {@code otherwise} says of it.
     *
     * Keys they were probably meant to be count as {@link #misspelt}.
     */
    void allow(Collection<String> known, Function<String, Optional<String>> otherwise) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                Optional<String> near = DidYouMean.suggest(e.getKey(), known);
                near.ifPresent(meant::add);
                String hint = near.map(k -> " (did you mean \"" + join(path, k) + "\"?)")
                        .or(() -> otherwise.apply(e.getKey()).map(h -> " (" + h + ")")).orElse("");
                problem(e.getValue().getKeyNode(), "unknown key \"" + join(path, e.getKey()) + "\"" + hint);
            }
        }
    }

    void problem(Node at, String message) {
        problem(YamlTrees.line(at), message);
    }

    void problem(int line, String message) {
        problems.add(file, line, file + ":" + line + ": " + message);
    }

    /** The value under a key, absent when not given or empty ({@code key:}). */
    Optional<Node> value(String key) {
        NodeTuple t = entries.get(key);
        return t == null || YamlTrees.isNull(t.getValueNode()) ? Optional.empty() : Optional.of(t.getValueNode());
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    /** The line of a key, or of the mapping when it lacks the key. */
    int lineOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? line() : YamlTrees.line(t.getKeyNode());
    }

    String name(String key) {
        return join(path, key);
    }

    /** A text value; "" when absent or not text (noted). */
    String text(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return "";
        }
        if (v.get() instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(v.get(), name(key) + " must be text, got " + describe(v.get()));
        return "";
    }

    Optional<Boolean> bool(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            String b = s.getValue().toLowerCase(java.util.Locale.ROOT);
            return Optional.of(b.equals("true") || b.equals("yes") || b.equals("on") || b.equals("y"));
        }
        problem(v.get(), name(key) + " must be true or false, got " + describe(v.get()));
        return Optional.empty();
    }

    /** A list of texts; one text alone counts as a list of one. Empty texts are noted. */
    List<Text> texts(String key) {
        Optional<Node> v = value(key);
        List<Text> out = new ArrayList<>();
        if (v.isEmpty()) {
            return out;
        }
        List<Node> items = v.get() instanceof SequenceNode seq ? seq.getValue() : List.of(v.get());
        for (Node item : items) {
            if (item instanceof ScalarNode s && !YamlTrees.isNull(s) && !s.getValue().isEmpty()) {
                out.add(new Text(s.getValue(), YamlTrees.line(s)));
            } else {
                problem(item, name(key) + " must be a list of texts, got " + describe(item));
            }
        }
        return out;
    }

    /** Text with the line it is on. */
    record Text(String value, int line) {
    }

    /** A mapping under a key; absent when not given or not a mapping (noted). */
    Optional<Fields> map(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof MappingNode m) {
            return Optional.of(of(file, m, name(key), problems));
        }
        problem(v.get(), name(key) + " must be a mapping, got " + describe(v.get()));
        return Optional.empty();
    }

    /** A text in both languages: "text" (Chinese), or {@code {zh: …, en: …}}. */
    Message message(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return Message.NONE;
        }
        if (v.get() instanceof ScalarNode s) {
            return new Message(s.getValue(), "");
        }
        if (v.get() instanceof MappingNode m) {
            Fields f = of(file, m, name(key), problems);
            f.allow(List.of("zh", "en"));
            return new Message(f.text("zh"), f.text("en"));
        }
        problem(v.get(), name(key) + " must be text or {zh: …, en: …}, got " + describe(v.get()));
        return Message.NONE;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (YamlTrees.isNull(scalar)) {
            return "nothing";
        }
        String text = scalar.getValue();
        if (text.codePointCount(0, text.length()) > 40) {
            text = text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
        }
        return "\"" + text.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
