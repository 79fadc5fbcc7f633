package org.huibao.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.huibao.api.Element;
import org.huibao.api.Lang;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void defaultsComeFromTheRepositoryConfig() throws ConfigException {
        Config config = ConfigLoader.defaults();

        assertEquals(80.0, config.threshold());
        assertEquals(Lang.ZH, config.language());
        assertEquals(new Config.Scoring(25, 15, 0, 10, 25, 5, 2, 0), config.scoring());
        assertEquals(List.of(), config.rules().paths());
        assertEquals(0, config.rules().overrides().size());
        assertEquals(Optional.empty(), config.source());
        assertEquals(3, config.elements().size());
        for (Element element : Element.BUILT_IN) {
            ElementCues cues = config.cues(element);
            assertEquals(element, cues.element());
            assertFalse(cues.heading().isEmpty(), element + " heading");
            assertFalse(cues.body().isEmpty(), element + " body");
        }
        assertEquals("组织领导", name(config, Element.LEADERSHIP).zh());
        assertEquals("Next steps", name(config, Element.NEXT_STEPS).en());
        assertTrue(config.cues(Element.NEXT_STEPS).stock().isEmpty(), "a list the element does not give is empty");
        assertFalse(config.cues(Element.SHORTCOMINGS).stock().isEmpty());
        assertFalse(config.context().specificMarks().isEmpty());
        assertTrue(config.context().negation().matcher("没有").find());
    }

    @Test
    void oneNestedNumberKeepsEverythingElse() throws ConfigException {
        Config config = ConfigLoader.load("""
                scoring:
                  quality:
                    error: 3
                """, "my.yaml");

        assertEquals(new Config.Scoring(25, 15, 0, 10, 25, 3, 2, 0), config.scoring());
        assertEquals(80.0, config.threshold());
        assertEquals(summary(ConfigLoader.defaults().cues(Element.SHORTCOMINGS)),
                summary(config.cues(Element.SHORTCOMINGS)));
    }

    @Test
    void aUserListReplacesTheBuiltInOne() throws ConfigException {
        Config defaults = ConfigLoader.defaults();
        Config config = ConfigLoader.load("""
                elements:
                  leadership:
                    body:
                      - 专项部署
                      - 挂图作战
                    exclude: 不算数
                """, "my.yaml");

        ElementCues cues = config.cues(Element.LEADERSHIP);
        assertEquals(List.of("专项部署", "挂图作战"), strings(cues.body()));
        assertEquals(List.of("不算数"), strings(cues.exclude()), "a single string is a list of one");
        assertEquals(strings(defaults.cues(Element.LEADERSHIP).heading()), strings(cues.heading()));
        assertEquals(name(defaults, Element.LEADERSHIP), name(config, Element.LEADERSHIP));
    }

    @Test
    void mapsMergeKeyByKey() throws ConfigException {
        Config config = ConfigLoader.load("""
                threshold: 70.5
                language: en
                elements:
                  next_steps:
                    name: {en: plans}
                context:
                  specific_marks: ['例如']
                """, "my.yaml");

        assertEquals(70.5, config.threshold());
        assertEquals(Lang.EN, config.language());
        assertEquals("plans", name(config, Element.NEXT_STEPS).en());
        assertEquals("下一步措施", name(config, Element.NEXT_STEPS).zh());
        assertEquals(List.of("例如"), strings(config.context().specificMarks()));
        assertFalse(config.context().preview().isEmpty(), "the other context keys keep their built-in values");
    }

    @Test
    void patternsAreTakenAsWrittenAndAliasesWork() throws ConfigException {
        Config config = ConfigLoader.load("""
                elements:
                  leadership:
                    heading: &shared [2024, yes, '0x1F']
                    body: *shared
                """, "my.yaml");

        assertEquals(List.of("2024", "yes", "0x1F"), strings(config.cues(Element.LEADERSHIP).heading()));
        assertEquals(List.of("2024", "yes", "0x1F"), strings(config.cues(Element.LEADERSHIP).body()));
    }

    @Test
    void yamlNumberFormsAreNumbers() throws ConfigException {
        Config config = ConfigLoader.load("threshold: 0x3C\nscoring: {quality: {max: 1_0, info: 0.5}}\n", "my.yaml");
        assertEquals(60.0, config.threshold());
        assertEquals(10.0, config.scoring().qualityMax());
        assertEquals(0.5, config.scoring().infoCost());
        assertError("my.yaml:1: threshold must be a number, got .inf", "threshold: .inf\n");
        assertError("my.yaml:1: threshold must be a number, got \"80\"", "threshold: '80'\n");
    }

    @Test
    void ruleOverrides() throws ConfigException {
        Config config = ConfigLoader.load("""
                rules:
                  overrides:
                    HB301: {severity: warning, enabled: false}
                    HB102:
                      blocking: true
                """, "my.yaml");

        assertEquals(new RuleOverride(Optional.of(Severity.WARNING), Optional.of(false), Optional.empty()),
                config.rules().override("HB301").orElseThrow());
        assertEquals(new RuleOverride(Optional.empty(), Optional.empty(), Optional.of(true)),
                config.rules().override("HB102").orElseThrow());
        assertEquals(Optional.empty(), config.rules().override("HB999"));
    }

    @Test
    void emptyOrCommentOnlyFileIsTheDefaults() throws ConfigException {
        String defaults = summary(ConfigLoader.defaults());
        assertEquals(defaults, summary(ConfigLoader.load("", "empty.yaml")));
        assertEquals(defaults, summary(ConfigLoader.load("# nothing set\n\n# still nothing\n", "comments.yaml")));
        assertEquals(defaults, summary(ConfigLoader.load("scoring:\n  # quality:\n  #   error: 3\n", "bare.yaml")));
    }

    @Test
    void unknownTopLevelKeySuggestsTheNearestOne() {
        assertError("my.yaml:2: unknown key \"thershold\" (did you mean \"threshold\"?)", """
                language: zh
                thershold: 90
                """);
        assertError("my.yaml:1: unknown key \"colour\"", "colour: red\n");
        assertError("my.yaml:1: unknown key \"thresh\" (did you mean \"threshold\"?)", "thresh: 60\n");
    }

    @Test
    void everyUnknownKeyIsNamedInOneGo() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("""
                server:
                  port: 80
                thershold: 90
                scoring:
                  qualty: {error: 5}
                rules:
                  overrides:
                    HB301: {blocked: true}
                """, "my.yaml"));
        assertEquals(List.of(
                "my.yaml:1: unknown key \"server\"",
                "my.yaml:3: unknown key \"thershold\" (did you mean \"threshold\"?)",
                "my.yaml:5: unknown key \"scoring.qualty\" (did you mean \"scoring.quality\"?)",
                "my.yaml:8: unknown key \"rules.overrides.HB301.blocked\" (did you mean \"rules.overrides.HB301.blocking\"?)"),
                e.lines());
    }

    @Test
    void unknownKeysComeBeforeABadValue() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load("""
                colour: red
                threshold: high
                """, "my.yaml"));
        assertEquals(List.of("my.yaml:1: unknown key \"colour\"", "my.yaml:2: threshold must be a number, got \"high\""),
                e.lines());

    }

    @Test
    void unknownNestedKeyNamesItsPath() {
        assertError("my.yaml:4: unknown key \"scoring.quality.eror\" (did you mean \"scoring.quality.error\"?)", """
                scoring:
                  quality:
                    max: 20
                    eror: 3
                """);
        assertError("my.yaml:3: unknown key \"elements.leadrship\" (did you mean \"elements.leadership\"?)", """
                threshold: 80
                elements:
                  leadrship:
                    body: [x]
                """);
        assertError("my.yaml:4: unknown key \"rules.overrides.HB301.blocked\" "
                + "(did you mean \"rules.overrides.HB301.blocking\"?)", """
                rules:
                  overrides:
                    HB301:
                      blocked: true
                """);
    }

    @Test
    void wrongTypesNameThePathAndLine() {
        assertError("my.yaml:3: scoring.quality.error must be a number, got \"five\"", """
                scoring:
                  quality:
                    error: five
                """);
        assertError("my.yaml:4: elements.leadership.body must be a list of regular expressions, got a mapping", """
                elements:
                  leadership:
                    body:
                      a: b
                """);
        assertError("my.yaml:1: scoring must be a mapping, got a list", "scoring: [1, 2]\n");
        assertError("my.yaml:2: balance.min_problems must be a whole number, got \"much\"", """
                balance:
                  min_problems: much
                """);
        assertError("my.yaml:4: rules.overrides.HB301.enabled must be true or false, got \"maybe\"", """
                rules:
                  overrides:
                    HB301:
                      enabled: maybe
                """);
        assertError("my.yaml:1: threshold must be between 0 and 100, got 150", "threshold: 150\n");
        assertError("my.yaml:3: scoring.elements.absent must not be negative, got -1", """
                scoring:
                  elements:
                    absent: -1
                """);
        assertError("my.yaml:1: language must be zh or en, got \"fr\"", "language: fr\n");
        assertError("my.yaml:1: a config file must be a mapping of keys to values, got a list", "- threshold\n");
    }

    @Test
    void badRegularExpressionNamesItsIndexAndLine() {
        String message = error("""
                # my lexicon
                elements:
                  leadership:
                    body:
                      - 领导小组
                      - 专班
                      - (压实|扛起
                """);
        assertEquals("my.yaml:7: elements.leadership.body[2]: invalid regular expression: "
                + firstLine(() -> Pattern.compile("(压实|扛起")), message);

        assertError("my.yaml:2: context.negation: invalid regular expression: "
                + firstLine(() -> Pattern.compile("[没有")), """
                context:
                  negation: "[没有"
                """);
    }

    @Test
    void badSeverityInOverrides() {
        assertError("my.yaml:4: rules.overrides.HB301.severity must be error, warning or info, got \"fatal\"", """
                rules:
                  overrides:
                    HB301:
                      severity: fatal
                """);
    }

    @Test
    void badRuleId() {
        assertError("my.yaml:3: rules.overrides: invalid rule id \"hb301\" "
                + "(expected capital letters then three digits, e.g. HB301)", """
                rules:
                  overrides:
                    hb301:
                      enabled: false
                """);
    }

    @Test
    void duplicateKey() {
        assertError("my.yaml:3: duplicate key \"threshold\"", """
                threshold: 70
                language: zh
                threshold: 90
                """);
    }

    @Test
    void yamlSyntaxErrorHasLineAndColumn() {
        assertError("my.yaml:3:17: YAML syntax error: mapping values are not allowed here", """
                threshold: 80
                scoring:
                  quality: error: 3
                """);
        assertError("my.yaml:3:1: YAML syntax error: expected the node content, but found '<stream end>' "
                + "(while parsing a flow node)", "threshold: 80\nlanguage: [zh,\n");
        assertError("my.yaml:2:1: YAML syntax error: expected a single document in the stream "
                + "but found another document", "threshold: 80\n---\nlanguage: en\n");
    }

    @Test
    void controlCharactersAreSyntaxErrors() {
        assertError("my.yaml:2:11: YAML syntax error: special characters are not allowed (U+0001)",
                "threshold: 80\nlanguage: \u0001\n");
    }

    @Test
    void globalAndLocalTagsAreRejected() {
        assertError("my.yaml:2:12: tag !!java.io.File is not allowed (a config file holds plain values only)", """
                language: zh
                threshold: !!java.io.File /etc/passwd
                """);
        assertError("my.yaml:1:1: tag !!javax.script.ScriptEngineManager is not allowed "
                + "(a config file holds plain values only)",
                "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n");
        assertError("my.yaml:3: tag !pattern is not allowed (a config file holds plain values only)", """
                elements:
                  leadership:
                    body: !pattern 领导
                """);
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(missing));
        assertEquals(missing + ": config file not found", e.getMessage());
    }

    @Test
    void unreadableFile(@TempDir Path dir) throws Exception {
        ConfigException folder = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
        assertEquals(dir + ": cannot read config file: it is a directory", folder.getMessage());

        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "language: zh # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ConfigException encoding = assertThrows(ConfigException.class, () -> ConfigLoader.load(latin1));
        assertEquals(latin1 + ": cannot read config file: not valid UTF-8", encoding.getMessage());
    }

    @Test
    void fileErrorsNameTheFileAsGiven(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("huibao.yaml"), "\uFEFFthreshold: 80\nscoring:\n  qualty: {}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals(file + ":3: unknown key \"scoring.qualty\" (did you mean \"scoring.quality\"?)", e.getMessage());
    }

    @Test
    void rulePathsResolveAgainstTheConfigFilesFolder(@TempDir Path dir) throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Path absolute = dir.resolve("elsewhere").toAbsolutePath();
        Path file = Files.writeString(conf.resolve("huibao.yaml"), """
                rules:
                  paths:
                    - rules
                    - ../shared/rules
                    - %s
                """.formatted(absolute), StandardCharsets.UTF_8);

        Config config = ConfigLoader.load(file);

        Path base = conf.toAbsolutePath().normalize();
        assertEquals(List.of(base.resolve("rules"), base.resolveSibling("shared").resolve("rules"), absolute),
                config.rules().paths());
        assertEquals(Optional.of(file), config.source());
    }

    @Test
    void rulePathsFromTextResolveAgainstTheCurrentDirectory() throws ConfigException {
        Config config = ConfigLoader.load("rules: {paths: extra-rules}\n", "my.yaml");
        assertEquals(List.of(Path.of("").toAbsolutePath().resolve("extra-rules")), config.rules().paths());
    }

    private static void assertError(String expected, String yaml) {
        assertEquals(expected, error(yaml));
    }

    private static String error(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(yaml, "my.yaml"));
        assertOneLine(e.getMessage());
        return e.getMessage();
    }

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "not one line: " + message);
    }

    private static String firstLine(Runnable compile) {
        Exception e = assertThrows(Exception.class, compile::run);
        return e.getMessage().lines().findFirst().orElseThrow().strip();
    }

    private static org.huibao.api.Message name(Config c, Element e) {
        return c.element(e).orElseThrow().name();
    }

    private static List<String> strings(List<Pattern> patterns) {
        return patterns.stream().map(Pattern::pattern).toList();
    }

    /** Patterns have identity equality, so configs are compared through their text. */
    private static String summary(Config c) {
        String elements = c.elements().stream().map(d -> d.name() + " " + summary(d.cues()))
                .collect(Collectors.joining("\n"));
        Context x = c.context();
        return String.join("\n", String.valueOf(c.threshold()), c.language().id(), c.scoring().toString(),
                c.rules().toString(), elements, x.negation().pattern(), strings(x.remedial()).toString(),
                strings(x.resolved()).toString(), strings(x.otherParty()).toString(), strings(x.preview()).toString(),
                strings(x.achievements()).toString(), strings(x.specificMarks()).toString(),
                c.source().toString());
    }

    private static String summary(ElementCues cues) {
        return cues.element() + " " + cues.like() + " " + strings(cues.heading()) + strings(cues.headingExclude())
                + strings(cues.body()) + strings(cues.leadIn()) + strings(cues.stock()) + strings(cues.exclude());
    }
}
