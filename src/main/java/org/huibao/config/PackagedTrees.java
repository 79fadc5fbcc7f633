package org.huibao.config;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Node trees of the built-in YAML files (config.yaml, the word lists), composed at build time by
 * {@code org.huibao.build.TreeWriter} and packaged as {@value #FOLDER}{@code <key>.tree}. Scanning and
 * composing about 300 KB of YAML was a tenth of the Java work of one cold check; reading the composed
 * tree back is a few string copies. A tree is looked up by its text and holds that text: it is used only
 * when the text is the same to the character, so a changed or user-written file is always parsed, and
 * what the program reads is the tree SnakeYAML composed, the same nodes, tags, styles and lines.
 */
public final class PackagedTrees {
    /** The class-path folder of the trees. */
    public static final String FOLDER = "huibao/trees/";
    private static final int MAGIC = 0x48425954; // "HBYT"
    private static final int VERSION = 1;
    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;
    private static final int SEEN = 3;
    /** The composer's name for text read from a {@code StringReader}. */
    private static final String READER = "'reader'";
    private static final int[] NO_BUFFER = new int[0];

    private PackagedTrees() {
    }

    /** The resource name of the tree of {@code text}; different texts may share one, the tree says whose it is. */
    public static String resource(String text) {
        return FOLDER + Integer.toHexString(text.length()) + "-" + Integer.toHexString(text.hashCode()) + ".tree";
    }

    /**
     * The packaged tree of {@code text}, as {@code Yaml.compose} would return it; empty when none was
     * packaged for exactly this text (a user's file, a build without trees).
     */
    public static Optional<Node> find(String text) {
        return Packaged.bytes(resource(text)).flatMap(bytes -> read(bytes, text));
    }

    /** The tree in {@code bytes} when it was composed from {@code text}. */
    static Optional<Node> read(byte[] bytes, String text) {
        try {
            return new Reader(bytes).tree(text);
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged tree: the text is still there to parse
        }
    }

    /** The packaged form of {@code root}, the tree composed from {@code text} (build time). */
    public static byte[] write(String text, Node root) {
        Writer w = new Writer();
        w.varint(MAGIC);
        w.varint(VERSION);
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        w.varint(t.length);
        w.out.writeBytes(t);
        w.node(root);
        return w.out.toByteArray();
    }

    /** Whether the composer resolved the tag itself (no tag in the text); SnakeYAML keeps it unexposed. */
    static boolean resolved(Node n) {
        try {
            Field f = Node.class.getDeclaredField("resolved");
            f.setAccessible(true);
            return f.getBoolean(n);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SnakeYAML's Node.resolved is gone: update PackagedTrees", e);
        }
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Map<String, Integer> strings = new HashMap<>();
        final Map<Node, Integer> nodes = new IdentityHashMap<>();

        void node(Node n) {
            Integer seen = nodes.get(n);
            if (seen != null) {
                // an alias: the composer hands out the anchored node itself, so the tree is a graph
                varint(SEEN);
                varint(seen);
                return;
            }
            nodes.put(n, nodes.size());
            if (n instanceof ScalarNode s) {
                varint(SCALAR);
                common(n);
                varint(s.getScalarStyle().ordinal());
                string(s.getValue());
            } else if (n instanceof SequenceNode s) {
                varint(SEQUENCE);
                common(n);
                varint(s.getFlowStyle().ordinal());
                varint(s.getValue().size());
                s.getValue().forEach(this::node);
            } else if (n instanceof MappingNode m) {
                varint(MAPPING);
                common(n);
                varint(m.getFlowStyle().ordinal());
                varint(m.isMerged() ? 1 : 0);
                varint(m.getValue().size());
                for (NodeTuple t : m.getValue()) {
                    node(t.getKeyNode());
                    node(t.getValueNode());
                }
            } else {
                throw new IllegalArgumentException("unknown node " + n.getClass());
            }
        }

        private void common(Node n) {
            string(n.getTag().getValue());
            varint(resolved(n) ? 1 : 0);
            string(n.getAnchor() == null ? "" : n.getAnchor());
            mark(n.getStartMark());
            mark(n.getEndMark());
        }

        private void mark(Mark m) {
            varint(m.getIndex());
            varint(m.getLine());
            varint(m.getColumn());
        }

        void string(String s) {
            Integer i = strings.get(s);
            if (i != null) {
                varint(i);
                return;
            }
            varint(strings.size());
            strings.put(s, strings.size());
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            out.writeBytes(b);
        }

        void varint(int v) {
            while ((v & ~0x7F) != 0) {
                out.write(v & 0x7F | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

    }

    private static final class Reader {
        private final byte[] in;
        private int at;
        private final List<String> strings = new ArrayList<>();
        private final List<Node> nodes = new ArrayList<>();
        private final Map<String, Tag> tags = new HashMap<>();

        Reader(byte[] in) {
            this.in = in;
            for (Tag t : List.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP,
                    Tag.MERGE, Tag.BINARY, Tag.SET, Tag.OMAP, Tag.PAIRS)) {
                tags.put(t.getValue(), t);
            }
        }

        Optional<Node> tree(String text) {
            if (varint() != MAGIC || varint() != VERSION) {
                return Optional.empty();
            }
            int n = varint();
            if (!new String(in, at, n, StandardCharsets.UTF_8).equals(text)) {
                return Optional.empty();
            }
            at += n;
            return Optional.of(node());
        }

        private Node node() {
            int kind = varint();
            if (kind == SEEN) {
                return nodes.get(varint());
            }
            int id = nodes.size();
            nodes.add(null);
            Tag tag = tag(string());
            boolean resolved = varint() == 1;
            String anchor = string();
            Mark start = mark();
            Mark end = mark();
            Node node;
            if (kind == SCALAR) {
                DumperOptions.ScalarStyle style = DumperOptions.ScalarStyle.values()[varint()];
                node = new ScalarNode(tag, resolved, string(), start, end, style);
                nodes.set(id, node);
            } else if (kind == SEQUENCE) {
                DumperOptions.FlowStyle style = DumperOptions.FlowStyle.values()[varint()];
                int size = varint();
                List<Node> items = new ArrayList<>(size);
                node = new SequenceNode(tag, resolved, items, start, end, style);
                nodes.set(id, node);
                for (int i = 0; i < size; i++) {
                    items.add(node());
                }
            } else {
                DumperOptions.FlowStyle style = DumperOptions.FlowStyle.values()[varint()];
                boolean merged = varint() == 1;
                int size = varint();
                List<NodeTuple> tuples = new ArrayList<>(size);
                MappingNode m = new MappingNode(tag, resolved, tuples, start, end, style);
                m.setMerged(merged);
                node = m;
                nodes.set(id, node);
                for (int i = 0; i < size; i++) {
                    Node key = node();
                    tuples.add(new NodeTuple(key, node()));
                }
            }
            if (!anchor.isEmpty()) {
                node.setAnchor(anchor);
            }
            return node;
        }

        private Tag tag(String value) {
            return tags.computeIfAbsent(value, Tag::new);
        }

        private Mark mark() {
            int index = varint();
            int line = varint();
            int column = varint();
            return new Mark(READER, index, line, column, NO_BUFFER, 0);
        }

        private String string() {
            int i = varint();
            if (i < strings.size()) {
                return strings.get(i);
            }
            int n = varint();
            String s = new String(in, at, n, StandardCharsets.UTF_8);
            at += n;
            strings.add(s);
            return s;
        }

        private int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                if (at >= in.length) {
                    throw new IllegalStateException("truncated packaged YAML tree");
                }
                byte b = in[at++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }
    }
}
