package org.huibao.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code kind: required} rule files of the rule directories ({@code --rules}, {@code rules.paths}),
 * read as element declarations and added to the configuration, as if declared under {@code elements}.
 * A rule file ({@code *.rule.yaml}) holds one rule or a list of rules; rules of the other kinds are the
 * rule loader's ({@link org.huibao.kinds.YamlRules}), which also checks a required rule's keys as it
 * checks every rule's, and leaves the rule to the configuration.
 */
public final class RequiredRuleFiles {

    public static final String SUFFIX = ".rule.yaml";
    private static final String KIND = "required";
    /** Far beyond any rule file: a bound on what one file may make the loader read. */
    private static final long MAX_BYTES = 1 << 20;

    private RequiredRuleFiles() {
    }

    /** The configuration with the required elements the rule files under {@code dirs} declare. */
    public static Config addTo(Config config, List<Path> dirs) throws ConfigException {
        List<ElementDeclaration> declared = new ArrayList<>();
        for (Path dir : dirs) {
            for (Path file : files(dir)) {
                Node root = YamlTrees.read(read(file), file.toString(), "a rule file");
                // one rule, or a list of rules; what is neither is the rule reader's to report
                List<Node> rules = root instanceof SequenceNode seq ? seq.getValue() : root == null ? List.of() : List.of(root);
                Path folder = file.toAbsolutePath().normalize().getParent();
                for (Node rule : rules) {
                    if (rule instanceof MappingNode map && KIND.equals(kind(map))) {
                        declared.add(ElementsLoader.fromRule(file.toString(), folder, map));
                    }
                }
            }
        }
        return declared.isEmpty() ? config : config.withElements(declared);
    }

    private static String kind(MappingNode rule) {
        for (NodeTuple t : rule.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind")
                    && t.getValueNode() instanceof ScalarNode v) {
                return v.getValue();
            }
        }
        return "";
    }

    /** The rule files under a directory, in path order; none when it is missing (the rule loader says so). */
    private static List<Path> files(Path dir) throws ConfigException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(SUFFIX)
                    && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException(dir + ": cannot read rules: " + YamlSource.oneLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static String read(Path file) throws ConfigException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file + ": rule file larger than 1 MB");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": cannot read rule file: not valid UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read rule file: " + YamlSource.oneLine(String.valueOf(e.getMessage())), e);
        }
    }
}
