package org.huibao.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.huibao.api.Lang;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigLoader;
import org.huibao.config.RequiredRuleFiles;
import org.huibao.engine.RuleCache;
import org.huibao.engine.RuleLoadException;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;

/**
 * Where the server's config and rules came from, so that each worker process builds the same ones:
 * the config file, the {@code --rules} directories, {@code --lang} and {@code --no-cache}, as the
 * server's command line gave them (paths absolute, since a worker may outlive a change of directory).
 *
 * <p>A worker builds them from the files again, so a file edited while the server runs would give a
 * new worker other rules than the server shows and its other workers use. Each side therefore takes a
 * {@link #fingerprint} of the files when it builds, and a worker whose files differ is not used:
 * requests are refused with a reason until the server is restarted ("built once at start" holds).
 *
 * @param configFile the config file, when there is one (else the built-in config)
 * @param ruleDirs   the {@code --rules} directories; {@code rules.paths} come from the config
 * @param lang       the {@code --lang} override, if given
 * @param noCache    compile the user's rules afresh instead of using the compiled-rule cache
 */
public record WorkerSetup(Optional<Path> configFile, List<Path> ruleDirs, Optional<Lang> lang, boolean noCache) {

    public WorkerSetup {
        configFile = configFile.map(p -> p.toAbsolutePath().normalize());
        ruleDirs = ruleDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The built-in config and rules only. */
    public static WorkerSetup builtIn() {
        return new WorkerSetup(Optional.empty(), List.of(), Optional.empty(), false);
    }

    /** The config, as the server's command line built it. */
    Config loadConfig() throws ConfigException {
        Config cfg = configFile.isPresent() ? ConfigLoader.load(configFile.get()) : ConfigLoader.defaults();
        List<Path> dirs = new ArrayList<>(cfg.rules().paths());
        dirs.addAll(ruleDirs);
        cfg = RequiredRuleFiles.addTo(cfg, dirs);
        return lang.map(cfg::withLanguage).orElse(cfg);
    }

    /** The rules, as the server's command line built them. */
    RuleSet loadRules(Config config) throws RuleLoadException {
        return RuleLoader.load(config, ruleDirs, noCache ? RuleCache.off() : RuleCache.defaults(System.getenv()));
    }

    /**
     * A digest of every file the config and rules are built from: the config file and each {@code *.drl}
     * and {@code *.yaml} under the rule directories ({@code rules.paths} of {@code config} and
     * {@code --rules}), with their paths.
     */
    String fingerprint(Config config) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
        configFile.ifPresent(f -> add(digest, f));
        List<Path> dirs = new ArrayList<>(config.rules().paths());
        dirs.addAll(ruleDirs);
        for (Path dir : dirs) {
            digest.update(("dir " + dir.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(p -> ruleFile(p) && Files.isRegularFile(p)).sorted().toList()) {
                    add(digest, f);
                }
            } catch (IOException | UncheckedIOException e) {
                digest.update("unreadable\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean ruleFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".yaml");
    }

    private static void add(MessageDigest digest, Path file) {
        digest.update(("file " + file + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            digest.update("unreadable\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** As a frame's fields, for the worker's first message. */
    Frame addTo(Frame f) {
        f.text(configFile.map(Path::toString).orElse("")).number(ruleDirs.size());
        ruleDirs.forEach(d -> f.text(d.toString()));
        return f.text(lang.map(Lang::id).orElse("")).flag(noCache);
    }

    static WorkerSetup readFrom(Frame.Fields f) throws IOException {
        String config = f.text();
        long n = f.number();
        if (n < 0 || n > 10_000) {
            throw new IOException("bad directory count " + n);
        }
        List<Path> dirs = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            dirs.add(Path.of(f.text()));
        }
        Optional<Lang> lang = Lang.parse(f.text());
        boolean noCache = f.flag();
        return new WorkerSetup(config.isEmpty() ? Optional.empty() : Optional.of(Path.of(config)), dirs, lang, noCache);
    }
}
