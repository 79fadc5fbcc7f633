package org.huibao.config;

import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a config file, with where it came from, converted on demand so a bad value is reported
 * at its own line.
 *
 * @param path the dotted key path, e.g. {@code scoring.quality.error} or {@code elements.leadership.body[2]}
 */
record Value(YamlSource source, Node node, String path) {

    ConfigException error(String message) {
        return new ConfigException(source.name() + ":" + YamlSource.line(node) + ": " + message);
    }

    double number() throws ConfigException {
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            Object value;
            try {
                value = ScalarValues.construct(scalar);
            } catch (RuntimeException e) {
                value = null; // an explicit !!int on text that is not a number
            }
            if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
                return n.doubleValue();
            }
        }
        throw error(path + " must be a number, got " + describe(node));
    }

    double number(double min, double max) throws ConfigException {
        double value = number();
        if (value < min || value > max) {
            throw error(path + " must be between " + show(min) + " and " + show(max) + ", got " + describe(node));
        }
        return value;
    }

    double nonNegative() throws ConfigException {
        double value = number();
        if (value < 0) {
            throw error(path + " must not be negative, got " + describe(node));
        }
        return value;
    }

    int nonNegativeInt() throws ConfigException {
        Object value = null;
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                value = ScalarValues.construct(scalar);
            } catch (RuntimeException e) {
                value = null;
            }
        }
        if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
            throw error(path + " must be a whole number, got " + describe(node));
        }
        BigInteger big = new BigInteger(value.toString());
        if (big.signum() < 0) {
            throw error(path + " must not be negative, got " + describe(node));
        }
        if (big.bitLength() > 31) {
            throw error(path + " is too large, got " + describe(node));
        }
        return big.intValue();
    }

    boolean bool() throws ConfigException {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            Object value;
            try {
                value = ScalarValues.construct(scalar);
            } catch (RuntimeException e) {
                value = null;
            }
            if (value instanceof Boolean b) {
                return b;
            }
        }
        throw error(path + " must be true or false, got " + describe(node));
    }

    /**
     * The text as written: a pattern such as {@code 2024} or {@code yes} is meant as text even though YAML
     * would read it as a number or a boolean.
     */
    String string() throws ConfigException {
        if (node instanceof ScalarNode scalar && !YamlSource.isNull(scalar)) {
            return scalar.getValue();
        }
        throw error(path + " must be a string, got " + describe(node));
    }

    Pattern pattern() throws ConfigException {
        if (!(node instanceof ScalarNode scalar) || YamlSource.isNull(scalar)) {
            throw error(path + " must be a regular expression, got " + describe(node));
        }
        String regex = scalar.getValue();
        // An empty pattern matches everywhere, which would turn every sentence into a cue.
        if (regex.isEmpty()) {
            throw error(path + " must not be an empty regular expression");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw error(path + ": invalid regular expression: " + e.getMessage().lines().findFirst().orElse("").strip());
        }
    }

    /** A list, or a single scalar standing for a list of one. */
    List<Value> items(String what) throws ConfigException {
        if (node instanceof SequenceNode sequence) {
            List<Value> items = new ArrayList<>();
            List<Node> nodes = sequence.getValue();
            for (int i = 0; i < nodes.size(); i++) {
                items.add(new Value(source, nodes.get(i), path + "[" + i + "]"));
            }
            return items;
        }
        if (node instanceof ScalarNode) {
            return List.of(this);
        }
        throw error(path + " must be a list of " + what + ", got " + describe(node));
    }

    List<Pattern> patterns() throws ConfigException {
        List<Pattern> patterns = new ArrayList<>();
        for (Value item : items("regular expressions")) {
            patterns.add(item.pattern());
        }
        return patterns;
    }

    /** Folders named relative to the file that names them, so a config file can travel with its rules. */
    List<Path> paths() throws ConfigException {
        List<Path> paths = new ArrayList<>();
        for (Value item : items("folder paths")) {
            String text = item.string();
            if (text.isBlank()) {
                throw item.error(item.path + " must not be empty");
            }
            try {
                paths.add(source.baseDir().resolve(text).normalize());
            } catch (InvalidPathException e) {
                throw item.error(item.path + ": invalid path: " + YamlSource.oneLine(e.getReason()));
            }
        }
        return paths;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        String text = scalar.getValue();
        if (text.codePointCount(0, text.length()) > 40) {
            text = text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
        }
        text = text.replace("\r", "\\r").replace("\n", "\\n");
        return scalar.getTag().equals(Tag.STR) ? "\"" + text + "\"" : text;
    }

    private static String show(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** SnakeYAML's own reading of YAML 1.1 numbers and booleans (0x1F, 1_000, .inf, yes/no …). */
    private static final class ScalarValues extends SafeConstructor {
        private ScalarValues() {
            super(new LoaderOptions());
        }

        static Object construct(ScalarNode node) {
            return new ScalarValues().constructObject(node);
        }
    }
}
