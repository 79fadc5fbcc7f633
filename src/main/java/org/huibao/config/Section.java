package org.huibao.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of the configuration seen through all layers at once, later layers over earlier ones:
 * mappings merge key by key, anything else (numbers, strings, lists) is taken whole from the last layer
 * that gives it. A key whose value is empty ({@code key:} or {@code ~}) counts as not given, so a section
 * whose entries are all commented out does not wipe the built-in values.
 */
final class Section {

    private record Layer(YamlSource source, Map<String, NodeTuple> entries) {
    }

    private final String path;
    private final YamlSource base;
    private final List<Layer> layers;
    private final UnknownKeys unknown;

    private Section(String path, YamlSource base, List<Layer> layers, UnknownKeys unknown) {
        this.path = path;
        this.base = base;
        this.layers = layers;
        this.unknown = unknown;
    }

    /**
     * The top level of the given sources, the first being the built-in defaults.
     *
     * @param unknown where {@link #allow} notes the keys it does not know, so that one run names them all
     */
    static Section root(List<YamlSource> sources, UnknownKeys unknown) throws ConfigException {
        List<Layer> layers = new ArrayList<>();
        for (YamlSource source : sources) {
            if (source.root() != null) {
                layers.add(layer(source, source.root(), ""));
            }
        }
        return new Section("", sources.get(0), layers, unknown);
    }

    private static Layer layer(YamlSource source, MappingNode node, String path) throws ConfigException {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                throw new ConfigException(source.name() + ":" + YamlSource.line(key)
                        + ": a key must be a plain name, got " + Value.describe(key));
            }
            if (scalar.getTag().equals(Tag.MERGE)) {
                throw new ConfigException(source.name() + ":" + YamlSource.line(key)
                        + ": merge keys (<<) are not supported; write the values out");
            }
            if (entries.putIfAbsent(scalar.getValue(), tuple) != null) {
                throw new ConfigException(source.name() + ":" + YamlSource.line(key)
                        + ": duplicate key \"" + join(path, scalar.getValue()) + "\"");
            }
        }
        return new Layer(source, entries);
    }

    String path() {
        return path;
    }

    /**
     * Notes the keys this section does not define, each with the nearest known one; the loader reports
     * them together once it has read the whole file. What is under an unknown key is not looked at.
     */
    Section allow(List<String> known) {
        for (Layer layer : layers) {
            for (Map.Entry<String, NodeTuple> entry : layer.entries().entrySet()) {
                String key = entry.getKey();
                if (!known.contains(key)) {
                    String hint = DidYouMean.suggest(key, known)
                            .map(k -> " (did you mean \"" + join(path, k) + "\"?)")
                            .orElse("");
                    int line = YamlSource.line(entry.getValue().getKeyNode());
                    unknown.add(layer.source().name(), line, layer.source().name() + ":" + line
                            + ": unknown key \"" + join(path, key) + "\"" + hint);
                }
            }
        }
        return this;
    }

    /** The keys given in any layer, for sections whose keys are names (rule ids), each as written last. */
    List<Value> keys() {
        Map<String, Value> keys = new LinkedHashMap<>();
        for (Layer layer : layers) {
            for (Map.Entry<String, NodeTuple> entry : layer.entries().entrySet()) {
                keys.remove(entry.getKey());
                keys.put(entry.getKey(), new Value(layer.source(), entry.getValue().getKeyNode(), path));
            }
        }
        return List.copyOf(keys.values());
    }

    /** The nested mapping under {@code key}, merged across layers; empty when no layer gives it. */
    Section section(String key) throws ConfigException {
        String childPath = join(path, key);
        List<Layer> children = new ArrayList<>();
        for (Layer layer : layers) {
            NodeTuple tuple = layer.entries().get(key);
            if (tuple == null || YamlSource.isNull(tuple.getValueNode())) {
                continue;
            }
            if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
                throw new Value(layer.source(), tuple.getValueNode(), childPath)
                        .error(childPath + " must be a mapping, got " + Value.describe(tuple.getValueNode()));
            }
            children.add(layer(layer.source(), mapping, childPath));
        }
        return new Section(childPath, base, children, unknown);
    }

    /** The value under {@code key} from the last layer that gives one. */
    Optional<Value> value(String key) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            NodeTuple tuple = layer.entries().get(key);
            if (tuple != null && !YamlSource.isNull(tuple.getValueNode())) {
                return Optional.of(new Value(layer.source(), tuple.getValueNode(), join(path, key)));
            }
        }
        return Optional.empty();
    }

    /** A value the built-in defaults always give; missing only if they are broken. */
    Value require(String key) throws ConfigException {
        Optional<Value> value = value(key);
        if (value.isEmpty()) {
            throw new ConfigException(base.name() + ": missing key \"" + join(path, key) + "\"");
        }
        return value.get();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
