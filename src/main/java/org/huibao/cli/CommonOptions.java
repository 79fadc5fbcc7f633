package org.huibao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigLoader;
import org.huibao.analysis.Analyzer;
import org.huibao.engine.RuleCache;
import org.huibao.engine.RuleLoadException;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;
import org.huibao.api.Lang;
import org.huibao.output.Visible;
import picocli.CommandLine.Option;

/** Options every subcommand shares: where config and rules come from, and the message language. */
final class CommonOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认：当前目录的 config.yaml，否则内置配置） / config file (default: ./config.yaml if present, else built-in)")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "额外的规则目录，可重复 / extra rule directory (*.drl), repeatable")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-cache",
            description = "不使用已编译规则的缓存（默认缓存在 ~/.cache/huibao，HUIBAO_CACHE_DIR 可改） / compile the rules afresh instead of reusing the compiled-rule cache (default ~/.cache/huibao; HUIBAO_CACHE_DIR moves it, \"off\" disables it)")
    boolean noCache;

    @Option(names = "--lang", paramLabel = "zh|en", description = "消息语言 / message language: zh (default) or en")
    String lang;

    /**
     * Config and rules ready to use; null after printing a one-line error for each problem.
     *
     * @param analyzer the analysis stage, made on another thread while the rule base was built
     */
    record Setup(Config config, RuleSet rules, Supplier<Analyzer> analyzer) {
    }

    Setup setup(PrintWriter err, Double threshold) {
        return setup(err, threshold, false);
    }

    /** @param prepareAnalysis make the analysis stage alongside the rule base (for a command that checks) */
    Setup setup(PrintWriter err, Double threshold, boolean prepareAnalysis) {
        Config cfg;
        try {
            Path file = config;
            if (file == null && Files.isRegularFile(Path.of("config.yaml"))) {
                file = Path.of("config.yaml");
            }
            cfg = file == null ? ConfigLoader.defaults() : ConfigLoader.load(file);
        } catch (ConfigException e) {
            err.println("huibao: " + Visible.escape(e.getMessage()));
            return null;
        }
        if (lang != null) {
            Lang l = Lang.parse(lang).orElse(null);
            if (l == null) {
                err.println("huibao: --lang 只能是 zh 或 en (must be zh or en), got \"" + Visible.escape(lang) + "\"");
                return null;
            }
            cfg = cfg.withLanguage(l);
        }
        if (threshold != null) {
            if (threshold < 0 || threshold > 100) {
                err.println("huibao: --threshold 必须在 0 到 100 之间 (must be between 0 and 100), got " + threshold);
                return null;
            }
            cfg = cfg.withThreshold(threshold);
        }
        try {
            Config c = cfg;
            RuleCache cache = noCache ? RuleCache.off() : RuleCache.defaults(System.getenv());
            if (!prepareAnalysis) {
                RuleSet loaded = RuleLoader.load(cfg, rules, cache);
                return new Setup(cfg, loaded, () -> Analyzer.of(c, loaded.lexicons()));
            }
            CompletableFuture<Analyzer> analyzer = new CompletableFuture<>();
            RuleSet loaded = RuleLoader.load(cfg, rules, cache, lexicons -> prepare(analyzer, () -> Analyzer.of(c, lexicons)));
            return new Setup(cfg, loaded, analyzer::join);
        } catch (RuleLoadException e) {
            // One line per problem, as the loader wrote them, each after "huibao: " so none reads as a finding.
            for (String line : e.getMessage().split("\n")) {
                err.println("huibao: " + Visible.escape(line));
            }
            return null;
        }
    }

    /**
     * Makes the analysis stage (its automaton and patterns take as long as the rule base) on a thread of
     * its own, so that a single check from a new JVM waits for the longer of the two, not their sum.
     */
    private static void prepare(CompletableFuture<Analyzer> into, Supplier<Analyzer> make) {
        Thread t = new Thread(() -> {
            try {
                into.complete(make.get());
            } catch (RuntimeException | Error e) {
                into.completeExceptionally(e);
            }
        }, "huibao-analysis");
        t.setDaemon(true);
        t.start();
    }
}
