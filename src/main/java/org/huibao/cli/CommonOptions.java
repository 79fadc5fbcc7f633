package org.huibao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigFiles;
import org.huibao.config.ConfigLoader;
import org.huibao.config.RequiredRuleFiles;
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
            description = "配置文件（默认：检查的路径所在目录或其上级目录中最近的 .huibao.yaml，rules、explain、serve 从当前目录找起；"
                    + "都没有则用内置配置） / config file (default: the nearest .huibao.yaml in the checked path's folder or a "
                    + "folder above it — for rules, explain and serve, the current folder's — else the built-in one)")
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
        return setup(err, threshold, false, List.of());
    }

    /**
     * @param prepareAnalysis make the analysis stage alongside the rule base (for a command that checks)
     * @param checked         the paths to be checked, where the search for a {@code .huibao.yaml} starts
     *                        (none: the current folder)
     */
    Setup setup(PrintWriter err, Double threshold, boolean prepareAnalysis, List<Path> checked) {
        Config cfg;
        try {
            Optional<Path> file = configFile(checked);
            cfg = file.isEmpty() ? ConfigLoader.defaults() : ConfigLoader.load(file.get());
            List<Path> ruleDirs = new ArrayList<>(cfg.rules().paths());
            ruleDirs.addAll(rules);
            cfg = RequiredRuleFiles.addTo(cfg, ruleDirs);
        } catch (ConfigException e) {
            // Every problem on its own line (a file with three misspelt keys names all three).
            for (String line : e.lines()) {
                err.println("huibao: " + Visible.escape(line));
            }
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
            for (String line : e.lines(cfg.language())) {
                err.println("huibao: " + Visible.escape(line));
            }
            return null;
        }
    }

    /**
     * The config file in force: {@code --config}, else the nearest {@code .huibao.yaml} above the checked
     * paths. Paths under different ones would each want its own configuration, and a run has one: that
     * is refused rather than one of them picked silently.
     */
    Optional<Path> configFile(List<Path> checked) throws ConfigException {
        if (config != null) {
            return Optional.of(config);
        }
        List<Path> starts = new ArrayList<>();
        for (Path p : checked) {
            starts.add(p.toString().equals("-") ? Path.of("") : p);
        }
        if (starts.isEmpty()) {
            starts.add(Path.of(""));
        }
        Set<Optional<Path>> found = new LinkedHashSet<>();
        for (Path start : starts) {
            found.add(ConfigFiles.nearest(start));
        }
        if (found.size() > 1) {
            String files = String.join(", ", found.stream().map(f -> f.map(Path::toString).orElse("(none)")).toList());
            throw new ConfigException("检查的路径分属不同的 " + ConfigFiles.NAME + "（" + files + "）；请分开检查，或用 --config 指定一个"
                    + " (the paths lie under different " + ConfigFiles.NAME + " files: check them separately or name one with --config)");
        }
        return found.iterator().next();
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
