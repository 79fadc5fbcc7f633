package org.huibao.config;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * One parsed configuration layer: the node tree of a YAML file, kept (rather than constructed into Java
 * objects) so every value still knows the line it came from.
 *
 * @param name    the file name used in messages
 * @param baseDir the folder relative paths in this layer are resolved against
 * @param root    the top-level mapping, or null when the file holds no document (empty or only comments)
 */
record YamlSource(String name, Path baseDir, MappingNode root) {

    /** Plain data only: anything else is a type request, which a config file has no business making. */
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP, Tag.MERGE);

    private static final String CONFIG_FILE = "a config file";

    static YamlSource parse(String text, String name, Path baseDir) throws ConfigException {
        Node node = compose(text, name, CONFIG_FILE);
        if (node == null || isNull(node)) {
            return new YamlSource(name, baseDir, null);
        }
        checkTags(node, name, CONFIG_FILE, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!(node instanceof MappingNode mapping)) {
            throw new ConfigException(name + ":" + line(node)
                    + ": a config file must be a mapping of keys to values, got " + Value.describe(node));
        }
        return new YamlSource(name, baseDir, mapping);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * A YAML file other than a config file (a rule file) as a node tree of plain values whose nodes know
     * their lines; null when it holds no document. Errors name the file and line as config errors do.
     *
     * @param holder what the file is, for messages ("a rule file")
     */
    static Node tree(String text, String name, String holder) throws ConfigException {
        Node node = compose(text, name, holder);
        if (node != null) {
            checkTags(node, name, holder, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return node;
    }

    private static Node compose(String text, String name, String holder) throws ConfigException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Optional<Node> packaged = PackagedTrees.find(body);
        if (packaged.isPresent()) {
            return packaged.get();
        }
        // The default tag inspector refuses global tags (!!java.io.File …) while composing; we only
        // note which one it was, for a clearer message than the composer's.
        Tag[] refused = new Tag[1];
        LoaderOptions options = new LoaderOptions();
        options.setTagInspector(tag -> {
            refused[0] = tag;
            return false;
        });
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            return yaml.compose(new StringReader(body));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? name : name + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            if (refused[0] != null) {
                throw new ConfigException(where + ": tag " + showTag(refused[0]) + " is not allowed"
                        + " (" + holder + " holds plain values only)", e);
            }
            throw new ConfigException(where + ": YAML syntax error: " + oneLine(problem(e)), e);
        } catch (ReaderException e) {
            throw new ConfigException(name + ":" + position(body, e.getPosition()) + ": YAML syntax error: "
                    + oneLine(String.valueOf(e.getMessage())) + String.format(" (U+%04X)", e.getCodePoint()), e);
        } catch (YAMLException e) {
            throw new ConfigException(name + ": YAML syntax error: " + oneLine(String.valueOf(e.getMessage())), e);
        } catch (IllegalArgumentException e) {
            // SnakeYAML checks some tokens only when it builds them, e.g. a tag "!%00" that decodes to
            // a control character, and reports them unmarked.
            throw new ConfigException(name + ": YAML syntax error: " + oneLine(String.valueOf(e.getMessage())), e);
        }
    }

    /** SnakeYAML splits some messages in two ("expected a single document…" / "but found another…"). */
    private static String problem(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
        String context = e.getContext();
        if (context == null) {
            return problem;
        }
        return problem.startsWith("but ") ? context + " " + problem : problem + " (" + context + ")";
    }

    private static void checkTags(Node node, String name, String holder, Set<Node> seen) throws ConfigException {
        // Aliases make the tree a graph; visiting each node once also keeps a recursive alias finite.
        if (!seen.add(node)) {
            return;
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw new ConfigException(name + ":" + line(node) + ": tag " + showTag(node.getTag())
                    + " is not allowed (" + holder + " holds plain values only)");
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                checkTags(tuple.getKeyNode(), name, holder, seen);
                checkTags(tuple.getValueNode(), name, holder, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                checkTags(item, name, holder, seen);
            }
        }
    }

    private static String showTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    /** Line and column of a code-point offset, as the reader reports offsets rather than marks. */
    private static String position(String text, int codePointOffset) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointOffset; i = text.offsetByCodePoints(i, 1), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
