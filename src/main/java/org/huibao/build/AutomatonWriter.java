package org.huibao.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huibao.analysis.Analyzer;
import org.huibao.analysis.PackedIdioms;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;

/**
 * Build-time tool, never part of the jar's run: builds the analyzer a check without options builds —
 * the built-in config.yaml and rules — and writes its vocabulary's automaton into the class folder
 * ({@code org.huibao.analysis.PackedAutomaton}), and the idioms' table ({@code PackedIdioms}), so that such
 * a check reads them instead of building them. Usage: {@code AutomatonWriter CLASSES_DIR}, run by Maven in {@code process-classes} after
 * the rule model and the YAML trees are written.
 */
public final class AutomatonWriter {
    /** The class-path folder of the packaged automata (as PackedAutomaton names it). */
    private static final String FOLDER = "huibao/vocabulary/";

    private AutomatonWriter() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AutomatonWriter CLASSES_DIR");
            System.exit(2);
        }
        Config config = ConfigLoader.defaults();
        Analyzer analyzer = Analyzer.of(config, RuleLoader.load(config, List.of()).lexicons());
        Path classes = Path.of(args[0]);
        Path folder = classes.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (var old = Files.list(folder)) {
                for (Path f : (Iterable<Path>) old::iterator) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(folder);
        Files.write(classes.resolve(analyzer.vocabularyResource()), analyzer.packedVocabulary());
        Files.write(classes.resolve(PackedIdioms.resource()), PackedIdioms.write());
        System.out.println("huibao: wrote the vocabulary's automaton and the idioms' table");
        System.exit(0); // HanLP's and Drools' threads need not be waited for
    }
}
