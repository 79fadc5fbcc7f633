package org.huibao.build;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.huibao.config.PackagedTrees;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Build-time tool, never part of the jar's run: composes config.yaml and the YAML files of the rule
 * folder with SnakeYAML and writes their node trees into the class folder ({@link PackagedTrees}), so that
 * a check reads them instead of scanning the YAML again. The folder is emptied first: a tree of a file
 * that is gone or changed would never be used (it holds its text), but need not be shipped either.
 * Usage: {@code TreeWriter CLASSES_DIR CONFIG_YAML RULES_DIR}, run by Maven in {@code process-classes}.
 */
public final class TreeWriter {

    private TreeWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TreeWriter CLASSES_DIR CONFIG_YAML RULES_DIR");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).resolve(PackagedTrees.FOLDER);
        List<Path> files = new ArrayList<>();
        files.add(Path.of(args[1]));
        try (Stream<Path> list = Files.list(Path.of(args[2]))) {
            list.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path f : (Iterable<Path>) old::iterator) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(folder);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) {
                continue;
            }
            Path tree = Path.of(args[0]).resolve(PackagedTrees.resource(text));
            if (Files.exists(tree)) {
                // two files with one key: the one written first keeps it, the other is parsed at run time
                continue;
            }
            Files.write(tree, PackagedTrees.write(text, root));
        }
        System.out.println("huibao: wrote the node trees of " + files.size() + " YAML files");
    }
}
