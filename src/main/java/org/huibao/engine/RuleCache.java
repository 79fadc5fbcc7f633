package org.huibao.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages on disk, so that a run whose rules have not changed skips the DRL compiler
 * (most of a cold start). An entry is keyed on a hash of every rule file's path and text, the Drools
 * version and huibao's own build (the packages refer to its fact classes); a stale key simply misses.
 * An entry that cannot be read back — truncated, corrupt, written by another build — counts as a miss
 * and is overwritten. The cache is an optimisation only: every failure falls back to compiling.
 *
 * @param dir where entries live; empty when caching is off
 */
public record RuleCache(Optional<Path> dir) {

    /** {@code HUIBAO_CACHE_DIR} turns it off when set to {@code off} or empty. */
    static final String ENV = "HUIBAO_CACHE_DIR";
    private static final String BUILD_INFO = "/huibao/version.properties";
    private static final int MAX_KEPT = 8;

    public static RuleCache off() {
        return new RuleCache(Optional.empty());
    }

    public static RuleCache in(Path dir) {
        return new RuleCache(Optional.of(dir));
    }

    /**
     * {@code $HUIBAO_CACHE_DIR}, else {@code $XDG_CACHE_HOME/huibao}, else {@code ~/.cache/huibao} — the
     * user's cache, never the directory of the reports.
     */
    public static RuleCache defaults(Map<String, String> env) {
        String explicit = env.get(ENV);
        if (explicit != null) {
            return explicit.isBlank() || explicit.equals("off") ? off() : in(Path.of(explicit));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return in(Path.of(xdg, "huibao"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? off() : in(Path.of(home, ".cache", "huibao"));
    }

    /** The key of a set of rule files: equal keys mean the compiled packages are interchangeable. */
    static String key(List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Properties build = new Properties();
            try (InputStream in = RuleCache.class.getResourceAsStream(BUILD_INFO)) {
                if (in != null) {
                    build.load(in);
                }
            }
            for (String part : List.of(build.getProperty("version", ""), build.getProperty("build", ""),
                    build.getProperty("drools", ""), System.getProperty("java.vm.version", ""))) {
                update(sha, part);
            }
            for (RuleSource s : sources) {
                update(sha, s.displayPath());
                update(sha, s.text());
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            // SHA-256 is in every JDK and the build info is in the jar; without either, no caching
            return "";
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** The rules stored under this key, if there are and they can be read back. */
    Optional<CompiledRules> load(String key) {
        Optional<Path> file = file(key);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.get()));
             ObjectInputStream head = new ObjectInputStream(in)) {
            // Declared types first: the packages name them, and reading a package resolves its classes.
            Map<String, byte[]> classes = new HashMap<>();
            int types = head.readInt();
            if (types < 0 || types > 10_000) {
                return Optional.empty();
            }
            for (int i = 0; i < types; i++) {
                classes.put(head.readUTF(), (byte[]) head.readObject());
            }
            ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(
                    RuleCache.class.getClassLoader(), classes);
            ObjectInputStream objects = new DroolsObjectInputStream(in, loader);
            int count = objects.readInt();
            if (count < 0 || count > 10_000) {
                return Optional.empty();
            }
            List<KiePackage> packages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                packages.add((KiePackage) objects.readObject());
            }
            return Optional.of(new CompiledRules(loader, classes, packages));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // Corrupt or foreign: the caller compiles and stores a fresh entry over it.
            return Optional.empty();
        }
    }

    /**
     * Stores packages under a key. Written to a temporary file and moved into place, so that a reader
     * running at the same time sees either the old entry or the whole new one.
     */
    void store(String key, CompiledRules rules) {
        Optional<Path> file = file(key);
        if (file.isEmpty()) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(file.get().getParent());
            tmp = Files.createTempFile(file.get().getParent(), "rules-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                ObjectOutputStream head = new ObjectOutputStream(out);
                head.writeInt(rules.classes().size());
                for (Map.Entry<String, byte[]> c : new TreeMap<>(rules.classes()).entrySet()) {
                    head.writeUTF(c.getKey());
                    head.writeObject(c.getValue());
                }
                head.flush();
                ObjectOutputStream objects = new DroolsObjectOutputStream(out);
                objects.writeInt(rules.packages().size());
                for (KiePackage p : rules.packages()) {
                    objects.writeObject(p);
                }
                objects.flush();
            }
            try {
                Files.move(tmp, file.get(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file.get(), StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune(file.get());
        } catch (IOException | RuntimeException e) {
            // A read-only home or a full disk costs speed, not correctness.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next store's prune
                }
            }
        }
    }

    /** Keeps the most recent entries: every rule edit or build makes a new one. */
    private static void prune(Path kept) throws IOException {
        try (var list = Files.list(kept.getParent())) {
            List<Path> entries = list.filter(p -> p.getFileName().toString().matches("rules-.*\\.bin"))
                    .sorted((a, b) -> Long.compare(modified(b), modified(a))).toList();
            for (Path old : entries.subList(Math.min(MAX_KEPT, entries.size()), entries.size())) {
                if (!old.equals(kept)) {
                    Files.deleteIfExists(old);
                }
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private Optional<Path> file(String key) {
        return key.isEmpty() ? Optional.empty() : dir.map(d -> d.resolve("rules-" + key + ".bin"));
    }
}
