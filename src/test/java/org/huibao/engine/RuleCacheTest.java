package org.huibao.engine;

import org.huibao.api.DocumentFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.huibao.check.Checker;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.api.Lang;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.output.JsonFormatter;
import org.huibao.output.OutputOptions;
import org.huibao.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCacheTest {

    @TempDir
    Path cacheDir;

    @TempDir
    Path rulesDir;

    /** Every fixture report, checked with the given rules, as one JSON document. */
    private static String json(Config config, RuleSet rules) throws IOException, URISyntaxException {
        Checker checker = new Checker(config, rules, Readers.defaults());
        Path root = Path.of(RuleCacheTest.class.getResource("/fixtures").toURI());
        List<ReportResult> results = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".csv")).sorted().toList()) {
                results.add(checker.check(p, root.relativize(p).toString()));
            }
        }
        assertTrue(results.size() > 20, "the fixtures are found");
        StringWriter out = new StringWriter();
        new JsonFormatter().write(new RunResult("test", results), new OutputOptions(Lang.ZH, false, false, List.of()), out);
        new org.huibao.testing.SchemaCheckedJson().readTree(out.toString());
        return out.toString();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(cacheDir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void cachedAndUncachedRulesGiveByteIdenticalJsonOnTheFixtures() throws Exception {
        Config config = ConfigLoader.defaults();
        RuleCache cache = RuleCache.in(cacheDir);
        Files.writeString(rulesDir.resolve("office.drl"), rule("Title is not long", "OF101", 100), StandardCharsets.UTF_8);
        String uncached = json(config, RuleLoader.load(config, List.of(rulesDir), RuleCache.off()));
        assertTrue(entries().isEmpty());

        String storing = json(config, RuleLoader.load(config, List.of(rulesDir), cache));
        assertEquals(1, entries().size(), "the first run stores the compiled packages");
        String key = RuleCache.key(RuleLoader.fromDirectory(rulesDir).stream()
                .filter(s -> s.displayPath().endsWith(".drl")).toList());
        assertTrue(cache.load(key).isPresent(), "the entry reads back");

        String cached = json(config, RuleLoader.load(config, List.of(rulesDir), cache));
        assertEquals(uncached, storing);
        assertEquals(uncached, cached);
        assertTrue(cached.contains("\"HB301\""), "the fixtures do produce findings, so the comparison means something");
        assertTrue(cached.contains("\"OF101\""), "and so does the cached user rule");
    }

    @Test
    void theBuiltInRulesAloneCompileAndStoreNothing() throws Exception {
        // They come precompiled, as the executable model generated when huibao is built.
        Config config = ConfigLoader.defaults();
        RuleSet rules = RuleLoader.load(config, List.of(), RuleCache.in(cacheDir));
        assertTrue(rules.rule("HB101").isPresent());
        assertTrue(entries().isEmpty());
    }

    @Test
    void aCorruptOrTruncatedEntryIsRebuiltSilently() throws Exception {
        Config config = ConfigLoader.defaults();
        RuleCache cache = RuleCache.in(cacheDir);
        Files.writeString(rulesDir.resolve("office.drl"), rule("Title is not long", "OF101", 100), StandardCharsets.UTF_8);
        String expected = json(config, RuleLoader.load(config, List.of(rulesDir), cache));
        Path entry = entries().get(0);
        String key = entry.getFileName().toString().replaceAll("rules-|\\.bin", "");
        byte[] good = Files.readAllBytes(entry);

        Files.write(entry, java.util.Arrays.copyOf(good, good.length / 2));
        assertEquals(expected, json(config, RuleLoader.load(config, List.of(rulesDir), cache)), "truncated");
        assertTrue(cache.load(key).isPresent(), "the truncated entry was replaced");

        Files.writeString(entry, "not a cache entry", StandardCharsets.UTF_8);
        assertEquals(expected, json(config, RuleLoader.load(config, List.of(rulesDir), cache)), "garbage");
        assertTrue(cache.load(key).isPresent(), "the garbage entry was replaced");
    }

    @Test
    void editingARuleFileMissesTheOldEntry() throws Exception {
        Config config = ConfigLoader.defaults();
        RuleCache cache = RuleCache.in(cacheDir);
        Path drl = rulesDir.resolve("office.drl");
        Files.writeString(drl, rule("Title is short", "OF101", 4), StandardCharsets.UTF_8);
        RuleSet first = RuleLoader.load(config, List.of(rulesDir), cache);
        assertEquals(1, entries().size());

        Files.writeString(drl, rule("Title is very short", "OF102", 2), StandardCharsets.UTF_8);
        RuleSet second = RuleLoader.load(config, List.of(rulesDir), cache);
        assertEquals(2, entries().size(), "a new entry for the new rule text");
        assertTrue(first.rule("OF101").isPresent());
        assertTrue(second.rule("OF102").isPresent());
        assertFalse(second.rule("OF101").isPresent(), "not the stale packages");
    }

    @Test
    void rulesThatDeclareTheirOwnTypesReadBackFromTheCache() throws Exception {
        Config config = ConfigLoader.defaults();
        RuleCache cache = RuleCache.in(cacheDir);
        Files.writeString(rulesDir.resolve("declared.drl"), String.join("\n",
                "package office.declared", "dialect \"mvel\"",
                "import org.huibao.api.DocumentFact", "global org.huibao.api.FindingSink findings",
                "declare Titled", "    length : int", "end",
                "rule \"Note the title\"", "when", "    $d : DocumentFact(hasTitle)", "then",
                "    insert(new Titled($d.title.length()));", "end",
                "rule \"Title is long\"", "    @id(\"OF201\") @severity(\"info\") @title(\"标题较长\")",
                "when", "    $d : DocumentFact()", "    Titled(length > 10)", "then",
                "    findings.add(drools, $d.head);", "end", ""), StandardCharsets.UTF_8);
        String uncached = json(config, RuleLoader.load(config, List.of(rulesDir), RuleCache.off()));
        RuleLoader.load(config, List.of(rulesDir), cache);
        String cached = json(config, RuleLoader.load(config, List.of(rulesDir), cache));
        assertEquals(uncached, cached);
        assertTrue(cached.contains("\"OF201\""), "the declared type works after reading back");
    }

    @Test
    void theKeyCoversEveryRuleFileAndItsPath() {
        RuleSource a = new RuleSource("rules/a.drl", "rule A", true);
        RuleSource b = new RuleSource("rules/b.drl", "rule A", true);
        String key = RuleCache.key(List.of(a));
        assertEquals(key, RuleCache.key(List.of(new RuleSource("rules/a.drl", "rule A", true))));
        assertNotEquals(key, RuleCache.key(List.of(b)));
        assertNotEquals(key, RuleCache.key(List.of(new RuleSource("rules/a.drl", "rule B", true))));
        assertNotEquals(key, RuleCache.key(List.of(a, b)));
    }

    @Test
    void theCacheDirectoryComesFromTheEnvironment() {
        assertEquals(RuleCache.off(), RuleCache.defaults(Map.of("HUIBAO_CACHE_DIR", "off")));
        assertEquals(RuleCache.in(Path.of("/x/c")), RuleCache.defaults(Map.of("HUIBAO_CACHE_DIR", "/x/c")));
        assertEquals(RuleCache.in(Path.of("/x/xdg/huibao")), RuleCache.defaults(Map.of("XDG_CACHE_HOME", "/x/xdg")));
        assertEquals(RuleCache.in(Path.of(System.getProperty("user.home"), ".cache", "huibao")),
                RuleCache.defaults(Map.of()));
    }

    @Test
    void anUnwritableCacheCostsSpeedNotCorrectness() throws Exception {
        Path file = cacheDir.resolve("a-file");
        Files.writeString(file, "x");
        Files.writeString(rulesDir.resolve("office.drl"), rule("Title is short", "OF101", 4), StandardCharsets.UTF_8);
        Config config = ConfigLoader.defaults();
        RuleSet rules = RuleLoader.load(config, List.of(rulesDir), RuleCache.in(file.resolve("sub")));
        assertTrue(rules.rule("HB101").isPresent());
        assertTrue(rules.rule("OF101").isPresent());
    }

    private static String rule(String name, String id, int length) {
        return String.join("\n", "package office.rules", "dialect \"mvel\"",
                "import org.huibao.api.DocumentFact", "global org.huibao.api.FindingSink findings",
                "rule \"" + name + "\"", "    @id(\"" + id + "\") @severity(\"info\") @title(\"标题过短\")",
                "when", "    $d : DocumentFact(title.length() < " + length + ")", "then",
                "    findings.add(drools, $d.head);", "end", "");
    }
}
