package org.huibao.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

class PackagedTreesTest {

    private static Node compose(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    }

    /** Every built-in YAML file has its tree on the class path (the build wrote it), equal to a fresh parse. */
    @Test
    void builtInFilesAreFoundAndEqualTheirParse() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("config.yaml")));
        try (Stream<Path> rules = Files.list(Path.of("rules"))) {
            rules.filter(f -> f.toString().endsWith(".lexicon.yaml")).forEach(files::add);
        }
        assertTrue(files.size() > 5, "config.yaml and the word lists");
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Node packaged = PackagedTrees.find(text).orElseThrow(() -> new AssertionError("no tree for " + f));
            assertSameTree(compose(text), packaged, f.toString());
        }
    }

    @Test
    void aChangedTextIsNotFound() throws IOException {
        String text = Files.readString(Path.of("config.yaml"), StandardCharsets.UTF_8);
        assertFalse(PackagedTrees.find(text + "\n# 改过\n").isPresent());
        assertFalse(PackagedTrees.find(text.replaceFirst("a", "b")).isPresent());
        assertFalse(PackagedTrees.read(PackagedTrees.write(text, compose(text)), text + " ").isPresent());
    }

    /** Aliases stay one node, explicit tags stay explicit, styles, anchors and lines survive. */
    @Test
    void roundTripKeepsWhatTheComposerMade() {
        String text = """
                base: &b {wrong: 把挥, right: 把握}
                list:
                  - *b
                  - !!str 12
                  - '引号'
                  - |
                    多行
                    文字
                other:
                  <<: *b
                  note: ~
                """;
        Node read = PackagedTrees.read(PackagedTrees.write(text, compose(text)), text).orElseThrow();
        assertSameTree(compose(text), read, "inline");
        MappingNode root = (MappingNode) read;
        SequenceNode list = (SequenceNode) root.getValue().get(1).getValueNode();
        assertSame(root.getValue().get(0).getValueNode(), list.getValue().get(0));
        assertFalse(PackagedTrees.resolved(list.getValue().get(1)));
        assertTrue(PackagedTrees.resolved(list.getValue().get(2)));
        assertFalse(PackagedTrees.read(new byte[] {1, 2, 3}, text).isPresent(), "not a tree");
    }

    private static void assertSameTree(Node expected, Node actual, String where) {
        String at = where + ":" + (expected.getStartMark().getLine() + 1);
        assertEquals(expected.getClass(), actual.getClass(), at);
        assertEquals(expected.getTag(), actual.getTag(), at);
        assertEquals(PackagedTrees.resolved(expected), PackagedTrees.resolved(actual), at);
        assertEquals(expected.getAnchor(), actual.getAnchor(), at);
        assertSameMark(expected.getStartMark(), actual.getStartMark(), at);
        assertSameMark(expected.getEndMark(), actual.getEndMark(), at);
        if (expected instanceof ScalarNode s) {
            ScalarNode a = assertInstanceOf(ScalarNode.class, actual);
            assertEquals(s.getValue(), a.getValue(), at);
            assertEquals(s.getScalarStyle(), a.getScalarStyle(), at);
        } else if (expected instanceof SequenceNode s) {
            SequenceNode a = assertInstanceOf(SequenceNode.class, actual);
            assertEquals(s.getFlowStyle(), a.getFlowStyle(), at);
            assertEquals(s.getValue().size(), a.getValue().size(), at);
            for (int i = 0; i < s.getValue().size(); i++) {
                assertSameTree(s.getValue().get(i), a.getValue().get(i), where);
            }
        } else {
            MappingNode m = (MappingNode) expected;
            MappingNode a = assertInstanceOf(MappingNode.class, actual);
            assertEquals(m.getFlowStyle(), a.getFlowStyle(), at);
            assertEquals(m.isMerged(), a.isMerged(), at);
            assertEquals(m.getValue().size(), a.getValue().size(), at);
            for (int i = 0; i < m.getValue().size(); i++) {
                assertSameTree(m.getValue().get(i).getKeyNode(), a.getValue().get(i).getKeyNode(), where);
                assertSameTree(m.getValue().get(i).getValueNode(), a.getValue().get(i).getValueNode(), where);
            }
        }
    }

    private static void assertSameMark(Mark expected, Mark actual, String at) {
        assertEquals(List.of(expected.getIndex(), expected.getLine(), expected.getColumn()),
                List.of(actual.getIndex(), actual.getLine(), actual.getColumn()), at);
    }
}
