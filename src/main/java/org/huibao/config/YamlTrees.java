package org.huibao.config;

import org.yaml.snakeyaml.nodes.Node;

/**
 * YAML files other than the configuration (rule files) read the way the configuration is: plain values
 * only, every node knowing its line, and syntax errors as one "file:line: …" line.
 */
public final class YamlTrees {

    private YamlTrees() {
    }

    /**
     * The node tree of one YAML document; null when the text holds none (empty, or only comments).
     *
     * @param name   the file as messages name it
     * @param holder what the file is, for messages ("a rule file")
     */
    public static Node read(String text, String name, String holder) throws ConfigException {
        return YamlSource.tree(text, name, holder);
    }

    /** The 1-based line a node starts on. */
    public static int line(Node node) {
        return YamlSource.line(node);
    }

    /** True for an empty value ({@code key:} or {@code ~}). */
    public static boolean isNull(Node node) {
        return YamlSource.isNull(node);
    }
}
