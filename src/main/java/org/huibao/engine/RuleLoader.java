package org.huibao.engine;

import org.huibao.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.huibao.config.Config;
import org.huibao.config.ElementDeclaration;
import org.huibao.config.RuleOverride;
import org.huibao.api.Element;
import org.huibao.api.Message;
import org.huibao.kinds.RuleFileException;
import org.huibao.kinds.RuleText;
import org.huibao.kinds.YamlRule;
import org.huibao.kinds.YamlRules;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Loads the built-in rules and every {@code *.drl} under the user's rule directories into one KieBase.
 * The built-in rules come precompiled, as the executable model generated at build time
 * ({@link BuiltInModel}); only the user's files are compiled here, and their compiled packages are
 * reused from a {@link RuleCache} when the files are unchanged. Both end up in the same KieBase, so a
 * user rule matches the facts built-in rules insert, and a user rule whose {@code @id} equals a
 * built-in rule's replaces it.
 */
public final class RuleLoader {
    static final String BUILT_IN = "huibao/rules";

    private RuleLoader() {
    }

    /**
     * Starts reading the built-in rules' model on a background thread, so that it overlaps with reading
     * the configuration and the command line at start-up; {@link #load} then finds it read (or waits for
     * it). A failure is left for {@link #load} to report.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                BuiltInModel.get();
            } catch (RuleLoadException | RuntimeException e) {
                // reported by load(), on the thread that can report it
            }
        }, "huibao-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Compiles the rules afresh, without a cache. */
    public static RuleSet load(Config config, List<Path> userDirs) throws RuleLoadException {
        return load(config, userDirs, RuleCache.off());
    }

    public static RuleSet load(Config config, List<Path> userDirs, RuleCache cache) throws RuleLoadException {
        return load(config, userDirs, cache, lexicons -> { });
    }

    /**
     * As {@link #load(Config, List, RuleCache)}, handing the word lists to {@code whenRead} as soon as
     * they are read, before the rules are compiled and the rule base is built, so that what depends on
     * the word lists can be prepared alongside.
     */
    public static RuleSet load(Config config, List<Path> userDirs, RuleCache cache,
                               Consumer<Map<String, Lexicon>> whenRead) throws RuleLoadException {
        List<RuleSource> sources = new ArrayList<>(builtIn());
        List<Path> dirs = new ArrayList<>(config.rules().paths());
        dirs.addAll(userDirs);
        for (Path dir : dirs) {
            sources.addAll(fromDirectory(dir));
        }
        return build(sources, config, cache, whenRead);
    }

    /**
     * @param all the user's rule files and every lexicon (built-in ones included); the built-in rules
     *            themselves come from the {@link BuiltInModel}
     */
    private static RuleSet build(List<RuleSource> all, Config config, RuleCache cache,
                                 Consumer<Map<String, Lexicon>> whenRead) throws RuleLoadException {
        List<RuleSource> sources = all.stream().filter(s -> s.displayPath().endsWith(".drl")).toList();
        Map<String, Lexicon> lexicons = new LinkedHashMap<>(LexiconLoader.load(
                all.stream().filter(s -> s.displayPath().endsWith(LexiconLoader.SUFFIX)).toList()));
        YamlRules yaml = yamlRules(all, lexicons);
        lexicons.putAll(yaml.lexicons());
        whenRead.accept(lexicons);
        BuiltInModel builtIn = BuiltInModel.get();
        Map<String, RuleSource> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            // A unique folder per file keeps two directories' "custom.drl" apart.
            byPath.put("huibao/r" + i + "/" + Path.of(sources.get(i).displayPath()).getFileName(), sources.get(i));
        }
        CompiledRules compiled = null;
        if (!sources.isEmpty()) {
            String key = RuleCache.key(sources);
            compiled = cache.load(key).orElse(null);
            if (compiled == null) {
                compiled = compile(sources, byPath);
                cache.store(key, compiled);
            }
        }
        // The user's declared types are defined by their packages' class loader; the built-in model's
        // classes are on the class path, its parent.
        KieBaseConfiguration conf = RuleBaseFactory.newKnowledgeBaseConfiguration(null,
                compiled == null ? RuleLoader.class.getClassLoader() : compiled.loader());
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(conf);
        List<KiePackage> packages = new ArrayList<>(builtIn.packages(conf));
        yaml.model().ifPresent(model -> {
            KiePackagesBuilder models = new KiePackagesBuilder(conf);
            models.addModel(model);
            packages.addAll(models.build().getKiePackages());
        });
        if (compiled != null) {
            packages.addAll(compiled.packages());
        }
        // One call: the network is built once for all the rules.
        kieBase.addPackages(packages);
        return new RuleSet(kieBase, metadata(kieBase, byPath, builtIn, yaml, config), lexicons);
    }

    /**
     * The no-code rules ({@code *.rule.yaml}); their word lists' names ({@code rule:ID}) are theirs
     * alone.
     */
    private static YamlRules yamlRules(List<RuleSource> all, Map<String, Lexicon> lexicons) throws RuleLoadException {
        YamlRules yaml;
        try {
            yaml = YamlRules.read(all.stream().filter(s -> s.displayPath().endsWith(YamlRules.SUFFIX))
                    .map(s -> new RuleText(s.displayPath(), s.text(), s.builtIn())).toList());
        } catch (RuleFileException e) {
            throw new RuleLoadException(e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (Lexicon l : yaml.lexicons().values()) {
            Lexicon taken = lexicons.get(l.name());
            if (taken != null) {
                String file = taken.entries().isEmpty() ? "a word list" : taken.entries().get(0).source();
                errors.add(file + ": lexicon \"" + l.name() + "\" is the name of a word list of a rule in "
                        + l.entries().get(0).source() + "; name yours otherwise");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleLoadException(String.join("\n", errors));
        }
        return yaml;
    }

    /** Compiles the DRL files into packages; every file's errors are reported, each with its file and line. */
    private static CompiledRules compile(List<RuleSource> sources, Map<String, RuleSource> byPath)
            throws RuleLoadException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Map.Entry<String, RuleSource> e : new TreeMap<>(byPath).entrySet()) {
            Resource r = ResourceFactory.newByteArrayResource(e.getValue().text().getBytes(StandardCharsets.UTF_8));
            r.setSourcePath(e.getKey());
            batch.add(r, ResourceType.DRL);
        }
        batch.build();
        List<Message> errors = DrlErrors.describe(builder.getResults(ResultSeverity.ERROR), byPath);
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        ProjectClassLoader loader = (ProjectClassLoader) ((KnowledgeBuilderImpl) builder).getRootClassLoader();
        return new CompiledRules(loader, loader.getStore() == null ? Map.of() : loader.getStore(),
                builder.getKnowledgePackages());
    }

    private static Map<String, RuleInfo> metadata(KieBase kieBase, Map<String, RuleSource> byKfsPath,
                                                  BuiltInModel builtIn, YamlRules yaml, Config config)
            throws RuleLoadException {
        Map<String, RuleInfo> rules = new TreeMap<>();
        Map<String, Rule> ruleById = new HashMap<>();
        List<Message> errors = new ArrayList<>();
        List<Rule> all = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            all.addAll(p.getRules());
        }
        // Built-in rules first, so that a user's rule with the same id replaces the built-in one.
        all.sort(Comparator.comparing((Rule r) -> !source(r, byKfsPath, builtIn, yaml).builtIn())
                .thenComparing(r -> source(r, byKfsPath, builtIn, yaml).displayPath()).thenComparing(Rule::getName));
        for (Rule r : all) {
            Map<String, Object> meta = r.getMetaData();
            Object id = meta.get("id");
            if (id == null) {
                continue;
            }
            RuleSource src = source(r, byKfsPath, builtIn, yaml);
            YamlRule noCode = YamlRules.PACKAGE.equals(r.getPackageName()) ? yaml.rule(r.getName()).orElse(null) : null;
            if (noCode != null) {
                RuleOverride override = config.rules().override(noCode.id()).orElse(NO_OVERRIDE);
                if (replaces(kieBase, ruleById.get(noCode.id()), byKfsPath, builtIn, yaml, src,
                        noCode.where() + ": rule " + noCode.id(), true, errors)) {
                    ruleById.put(noCode.id(), r);
                    rules.put(noCode.id(), noCode.info(override));
                }
                continue;
            }
            List<Message> problems = RuleAnnotations.problems(r.getName(), meta, src, !src.builtIn());
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                continue;
            }
            Severity declared = Severity.parse(str(meta, "severity")).orElseThrow();
            String where = src.displayPath() + ": rule \"" + r.getName() + "\"";
            if (!replaces(kieBase, ruleById.get(id.toString()), byKfsPath, builtIn, yaml, src, where, false, errors)) {
                continue;
            }
            ruleById.put(id.toString(), r);
            rules.put(id.toString(), info(id.toString(), declared, meta, src, config.rules().override(id.toString())
                    .orElse(NO_OVERRIDE), config));
        }
        declaredElements(config, rules, ruleById, byKfsPath, builtIn, yaml, errors);
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        return rules;
    }

    /**
     * The rules that report an office's required elements missing (config.yaml elements.ID.rule, or a
     * rule file's {@code kind: required} entry): one generic rule of rules/elements.drl reports them all,
     * each under its own id, with its own settings and {@code rules.overrides}.
     */
    private static void declaredElements(Config config, Map<String, RuleInfo> rules, Map<String, Rule> ruleById,
                                         Map<String, RuleSource> byKfsPath, BuiltInModel builtIn,
                                         YamlRules yaml, List<Message> errors) {
        for (ElementDeclaration d : config.elements()) {
            if (d.rule().isEmpty()) {
                continue;
            }
            RuleInfo r = d.rule().get();
            Rule previous = ruleById.get(r.id());
            if (previous != null) {
                String other = YamlRules.PACKAGE.equals(previous.getPackageName())
                        ? "the rule at " + yaml.rule(previous.getName()).map(YamlRule::where).orElse("?")
                        : "rule \"" + previous.getName() + "\" in " + source(previous, byKfsPath, builtIn, yaml).displayPath();
                String line = r.source() + ": element " + d.element().id() + ": rule id " + r.id() + " is already used by "
                        + other;
                errors.add(new Message(line, line));
                continue;
            }
            RuleOverride o = config.rules().override(r.id()).orElse(null);
            rules.put(r.id(), o == null ? r : r.with(o.severity().orElse(null), o.enabled().orElse(null),
                    o.blocking().orElse(null)));
        }
    }

    private static final RuleOverride NO_OVERRIDE = new RuleOverride(java.util.Optional.empty(),
            java.util.Optional.empty(), java.util.Optional.empty());

    /**
     * Whether a rule may take its id: no rule has it yet, or a built-in one that the user's rule then
     * replaces (it is removed from the rule base). Otherwise the id is taken twice: an error.
     */
    private static boolean replaces(KieBase kieBase, Rule previous, Map<String, RuleSource> byKfsPath,
                                    BuiltInModel builtIn, YamlRules yaml, RuleSource src, String where,
                                    boolean yamlRule, List<Message> errors) {
        if (previous == null) {
            return true;
        }
        RuleSource prevSrc = source(previous, byKfsPath, builtIn, yaml);
        if (prevSrc.builtIn() && !src.builtIn()) {
            kieBase.removeRule(previous.getPackageName(), previous.getName());
            return true;
        }
        Object id = previous.getMetaData().get("id");
        boolean otherYaml = YamlRules.PACKAGE.equals(previous.getPackageName());
        String at = otherYaml ? yaml.rule(previous.getName()).map(YamlRule::where).orElse(prevSrc.displayPath()) : "";
        String other = otherYaml ? "the rule at " + at : "rule \"" + previous.getName() + "\" in " + prevSrc.displayPath();
        String otherZh = otherYaml ? at + " 的规则" : prevSrc.displayPath() + " 中的规则 \"" + previous.getName() + "\"";
        // a DRL rule names its id as it declares it, @id("…")
        String taken = where + (yamlRule ? ": id \"" + id + "\"" : ": @id(\"" + id + "\")");
        errors.add(new Message(taken + " 已被" + otherZh + "使用", taken + " is already used by " + other));
        return false;
    }

    private static RuleInfo info(String id, Severity declared, Map<String, Object> meta, RuleSource src,
                                 RuleOverride override, Config config) {
        Message title = message(meta, "title");
        Message message = message(meta, "message");
        return new RuleInfo(id, override.severity().orElse(declared), title,
                message.isEmpty() ? title : message, message(meta, "description"), RuleAnnotations.examples(meta),
                message(meta, "fix"), element(str(meta, "element"), config),
                override.enabled().orElse(!"false".equals(str(meta, "enabled"))),
                override.blocking().orElse("true".equals(str(meta, "blocking"))), src.displayPath());
    }

    /** The element a rule's {@code @element} names, when the configuration declares it. */
    private static Element element(String id, Config config) {
        Element e = Element.of(id);
        return config.element(e).isPresent() ? e : null;
    }

    private static Message message(Map<String, Object> meta, String key) {
        String zh = str(meta, key);
        if (zh.isEmpty() && key.equals("description")) {
            // Drools files @description under the name of its own annotation type.
            zh = str(meta, org.kie.api.definition.type.Description.class.getName());
        }
        return new Message(zh, str(meta, key + "_en"));
    }

    private static String str(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? "" : v.toString();
    }

    private static RuleSource source(Rule r, Map<String, RuleSource> byKfsPath, BuiltInModel builtIn, YamlRules yaml) {
        if (YamlRules.PACKAGE.equals(r.getPackageName())) {
            YamlRule y = yaml.rule(r.getName()).orElse(null);
            if (y != null) {
                return new RuleSource(y.file(), "", y.builtIn());
            }
        }
        if (r instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            RuleSource src = byKfsPath.get(impl.getResource().getSourcePath());
            if (src != null) {
                return src;
            }
        }
        // The executable model keeps no resource: the generator's index names the rule's file.
        return new RuleSource(builtIn.files().getOrDefault(BuiltInModel.key(r.getPackageName(), r.getName()), "rules"),
                "", true);
    }

    private static boolean ruleFile(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(".drl") || dataFile(p);
    }

    /** Every *.drl, *.lexicon.yaml and *.rule.yaml under a directory, in path order so that loading is deterministic. */
    static List<RuleSource> fromDirectory(Path dir) throws RuleLoadException {
        if (!Files.isDirectory(dir)) {
            throw new RuleLoadException(dir + ": rule directory not found");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(p -> ruleFile(p) && Files.isRegularFile(p)).sorted().toList();
            List<RuleSource> out = new ArrayList<>();
            for (Path f : files) {
                out.add(new RuleSource(f.toString(), Files.readString(f, StandardCharsets.UTF_8), false));
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RuleLoadException(dir + ": cannot read rules: " + e.getMessage());
        }
    }

    /** A word list or a no-code rule file: read at run time, where the DRL files are compiled at build time. */
    private static boolean dataFile(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(LexiconLoader.SUFFIX) || name.endsWith(YamlRules.SUFFIX);
    }

    /**
     * The lexicons and no-code rules packaged with huibao, from the class path (a folder in development, the jar otherwise).
     * The built-in rule files are packaged too, for reference, but run as the {@link BuiltInModel}.
     */
    static List<RuleSource> builtIn() throws RuleLoadException {
        URL url = RuleLoader.class.getClassLoader().getResource(BUILT_IN);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                // Read through the jar the class loader already has open: a zip file system would load
                // a few dozen classes for nothing.
                jar.setUseCaches(true);
                return read(jar.getJarFile());
            }
            return read(Path.of(url.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new RuleLoadException("built-in rules: cannot read: " + e.getMessage());
        }
    }

    /** The packaged rule folder's files, one name a line relative to it; written by the build. */
    static final String FILES = "huibao/rules.files";

    private static List<RuleSource> read(JarFile jar) throws IOException {
        String prefix = BUILT_IN + "/";
        List<JarEntry> entries = listed(jar, prefix);
        if (entries == null) {
            // a jar built without the list: walk its entries (≈ 30,000, a few tens of ms at start-up)
            entries = jar.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix) && dataFile(Path.of(e.getName())))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
        }
        List<RuleSource> out = new ArrayList<>();
        for (JarEntry e : entries) {
            try (InputStream in = jar.getInputStream(e)) {
                out.add(new RuleSource("rules/" + e.getName().substring(prefix.length()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), true));
            }
        }
        return out;
    }

    /** The data files {@link #FILES} names, in its (sorted) order; null when the jar has no list. */
    private static List<JarEntry> listed(JarFile jar, String prefix) throws IOException {
        JarEntry list = jar.getJarEntry(FILES);
        if (list == null) {
            return null;
        }
        String text;
        try (InputStream in = jar.getInputStream(list)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<JarEntry> out = new ArrayList<>();
        for (String name : (Iterable<String>) text.lines()::iterator) {
            JarEntry e = name.isBlank() ? null : jar.getJarEntry(prefix + name.strip());
            if (e != null && !e.isDirectory() && dataFile(Path.of(e.getName()))) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(JarEntry::getName));
        return out;
    }

    private static List<RuleSource> read(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(RuleLoader::dataFile).sorted().toList();
            List<RuleSource> out = new ArrayList<>();
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    out.add(new RuleSource("rules/" + root.relativize(f), new String(in.readAllBytes(),
                            StandardCharsets.UTF_8), true));
                }
            }
            return out;
        }
    }

}
