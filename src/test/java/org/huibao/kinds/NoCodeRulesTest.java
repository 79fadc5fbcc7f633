package org.huibao.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huibao.check.Checker;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleExample;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules written in YAML, kind by kind: what they find, where, and what they leave alone. */
class NoCodeRulesTest {

    @TempDir
    Path dir;

    private RuleSet load(String file, String yaml) throws Exception {
        return load(ConfigLoader.defaults(), file, yaml);
    }

    private RuleSet load(Config config, String file, String yaml) throws Exception {
        Files.writeString(dir.resolve(file), yaml, StandardCharsets.UTF_8);
        return RuleLoader.load(config, List.of(dir));
    }

    private static List<Finding> findings(RuleSet rules, String id, String text) throws Exception {
        return check(ConfigLoader.defaults(), rules, text).findings().stream().filter(f -> f.rule().equals(id)).toList();
    }

    private static ReportResult check(Config config, RuleSet rules, String text) {
        return new Checker(config, rules, Readers.defaults()).check(new SourceText("a.txt", text, "UTF-8"));
    }

    private static final String CLICHE = """
            id: XB301
            kind: substitution
            title: {zh: 套话, en: Cliché}
            message: {zh: "“{0}”是套话，宜改为“{1}”", en: "“{0}” is a cliché; use “{1}”"}
            swap: {抓手: 着力点, 赋能: 支持, 组合拳: '综合措施（$1\\）'}
            """;

    @Test
    void substitutionPointsAtTheWordAndOffersItsPreferredForm() throws Exception {
        RuleSet rules = load("cliche.rule.yaml", CLICHE);
        List<Finding> found = findings(rules, "XB301", "工作报告\n以党建为抓手，推动落实。\n");
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("“抓手”是套话，宜改为“着力点”", f.message().zh());
        assertEquals("“抓手” is a cliché; use “着力点”", f.message().en());
        assertEquals("改为“着力点”", f.suggestion().zh(), "the preferred form is the suggestion by default");
        assertEquals("Use “着力点”", f.suggestion().en());
        assertEquals(2, f.location().line());
        assertEquals(5, f.location().column());
        assertEquals("抓手", f.location().text());
        assertEquals(Severity.WARNING, f.severity(), "warning by default");
        assertTrue(findings(rules, "XB301", "工作报告\n以党建为着力点，推动落实。\n").isEmpty());
        assertEquals("改为“综合措施（$1\\）”", findings(rules, "XB301", "工作报告\n打好组合拳。\n").get(0).suggestion().zh(),
                "a preferred form is text, not a replacement template");
    }

    @Test
    void aRuleAppearsWithItsMetadataAndExamples() throws Exception {
        RuleSet rules = load("cliche.rule.yaml", CLICHE + """
                description: 空泛的说法
                examples:
                  bad:
                    - {text: 以党建为抓手。, at: 抓手}
                    - 数字赋能。
                  good: [以党建为着力点。]
                """);
        RuleInfo r = rules.rule("XB301").orElseThrow();
        assertEquals("套话", r.title().zh());
        assertEquals("空泛的说法", r.description().zh());
        assertEquals(dir.resolve("cliche.rule.yaml").toString(), r.source());
        assertEquals(List.of(new RuleExample("以党建为抓手。", true, "抓手"), new RuleExample("数字赋能。", true, ""),
                new RuleExample("以党建为着力点。", false, "")), r.examples());
        assertEquals("以党建为抓手。", r.example());
        assertFalse(r.blocking());
        assertTrue(r.enabled());
    }

    @Test
    void existenceFindsWordsAndAPatternButNotItsExceptions() throws Exception {
        RuleSet rules = load("x.rule.yaml", """
                id: XB302
                kind: existence
                words: [高度重视]
                pattern: '(进一步)?加强(了)?'
                exceptions: [加强]
                message: 不写“{0}”
                """);
        List<Finding> found = findings(rules, "XB302", "工作报告\n局党组高度重视，进一步加强领导，加强管理。\n");
        assertEquals(List.of("高度重视", "进一步加强"), found.stream().map(f -> f.location().text()).toList());
        assertEquals("不写“高度重视”", found.get(0).message().zh());
        assertEquals("不写“高度重视”", found.get(0).message().in(org.huibao.api.Lang.EN), "no English text: the Chinese one");
        assertTrue(findings(rules, "XB302", "工作报告\n局党组研究部署，加强管理。\n").isEmpty());
    }

    @Test
    void scopesTitleHeadingsBodyAndAPart() throws Exception {
        String report = """
                关于抓手工作的报告
                一、主要工作
                （一）强化抓手。抓手要实。
                （二）抓手建设
                二、存在的问题
                抓手不实。
                三、下一步打算
                继续抓好落实。
                """;
        // line 3 opens with a heading (强化抓手) and goes on as a paragraph (抓手要实)
        for (String[] c : new String[][] {{"title", "1:3"}, {"heading", "3:6 4:4"}, {"body", "3:9 6:1"},
                {"problems", "6:1"}, {"measures", ""}, {"achievements", "3:6 3:9 4:4"}}) {
            RuleSet rules = load("s.rule.yaml", "id: XB303\nkind: existence\nwords: [抓手]\nmessage: 抓手\nscope: " + c[0] + "\n");
            String found = String.join(" ", findings(rules, "XB303", report).stream()
                    .map(f -> f.location().line() + ":" + f.location().column()).toList());
            assertEquals(c[1], found, "scope " + c[0]);
        }
        RuleSet anywhere = load("s.rule.yaml", "id: XB303\nkind: existence\nwords: [抓手]\nmessage: 抓手\n");
        assertEquals(5, findings(anywhere, "XB303", report).size());
    }

    @Test
    void genresLimitWhereARuleRuns() throws Exception {
        RuleSet rules = load("g.rule.yaml", """
                id: XB304
                kind: existence
                words: [同志们]
                genres: [report, self-check]
                message: 报告中不称“同志们”
                """);
        assertEquals(1, findings(rules, "XB304", "2024年工作报告\n同志们，全年完成任务。\n").size());
        assertTrue(findings(rules, "XB304", "在全市工作会议上的讲话\n同志们：\n今年的任务很重。\n").isEmpty(),
                "an address is not a report");
    }

    @Test
    void conditionalNeedsItsDefinitionBeforeTheUse() throws Exception {
        RuleSet rules = load("c.rule.yaml", """
                id: XB401
                kind: conditional
                if: {pattern: '(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])'}
                then: {pattern: '（([A-Z]{2,6})）', before: true}
                exceptions: [GDP]
                message: 缩略语“{1}”首次出现前应写出全称
                """);
        List<Finding> found = findings(rules, "XB401",
                "工作报告\n推进AI应用，GDP增长。\n人工智能（AI）和物联网（IOT）。\n扩大AI与IOT使用。\n");
        assertEquals(List.of("2:3 AI"), found.stream().map(f -> f.location().line() + ":" + f.location().column()
                + " " + f.location().text()).toList(), "the AI before its definition; later uses are fine");
        assertEquals("缩略语“AI”首次出现前应写出全称", found.get(0).message().zh());
    }

    @Test
    void conditionalWithThenNotAndAScopedCondition() throws Exception {
        RuleSet rules = load("c.rule.yaml", """
                - id: XB402
                  kind: conditional
                  if: [请批示]
                  then: {words: [请示], scope: title}
                  message: “{0}”只用在请示中
                - id: XB403
                  kind: conditional
                  if: [汇报完毕]
                  then_not: {words: [特此报告]}
                  message: 已写“特此报告”，不再写“{0}”
                """);
        assertEquals(1, findings(rules, "XB402", "关于工作的报告\n以上报告，请批示。\n").size());
        assertTrue(findings(rules, "XB402", "关于增加编制的请示\n妥否，请批示。\n").isEmpty());
        assertTrue(findings(rules, "XB402", "关于工作的报告\n本报告不涉及请示事项，请批示。\n").size() == 1,
                "请示 in the body is not the title");
        assertEquals(1, findings(rules, "XB403", "工作报告\n特此报告。\n汇报完毕。\n").size());
        assertTrue(findings(rules, "XB403", "工作报告\n汇报完毕。\n").isEmpty());
    }

    @Test
    void configOverridesAYamlRuleLikeAnyOther() throws Exception {
        Config config = ConfigLoader.load("rules:\n  overrides:\n    XB301: {severity: error, blocking: true}\n", "c.yaml");
        RuleSet rules = load(config, "cliche.rule.yaml", CLICHE);
        ReportResult r = check(config, rules, "工作报告\n以党建为抓手。\n");
        Finding f = r.findings().stream().filter(x -> x.rule().equals("XB301")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(r.score().blockedBy().contains("XB301"), r.score().toString());
        Config off = ConfigLoader.load("rules:\n  overrides:\n    XB301: {enabled: false}\n", "c.yaml");
        RuleSet disabled = load(off, "cliche.rule.yaml", CLICHE);
        assertTrue(check(off, disabled, "工作报告\n以党建为抓手。\n").findings().stream().noneMatch(x -> x.rule().equals("XB301")));
    }

    @Test
    void anErrorRuleBlocksByDefaultAndFailsAReportThatWouldPass() throws Exception {
        String report = Fixtures.text("/fixtures/elements/complete.txt");
        RuleSet none = RuleLoader.load(ConfigLoader.defaults(), List.of());
        assertTrue(check(ConfigLoader.defaults(), none, report).score().passed(), "the report passes as it is");
        RuleSet rules = load("e.rule.yaml", "id: XB305\nkind: existence\nseverity: error\nwords: [护林先锋]\nmessage: 不用“{0}”\n");
        ReportResult r = check(ConfigLoader.defaults(), rules, report);
        assertTrue(rules.rule("XB305").orElseThrow().blocking(), "an error rule blocks unless it says blocking: false");
        assertFalse(r.score().passed());
        assertEquals(List.of("XB305"), r.score().blockedBy());
        RuleSet lenient = load("e.rule.yaml",
                "id: XB305\nkind: existence\nseverity: error\nblocking: false\nwords: [护林先锋]\nmessage: 不用“{0}”\n");
        assertTrue(check(ConfigLoader.defaults(), lenient, report).score().passed(),
                "blocking: false: an error costs its points only");
    }

    @Test
    void aYamlRuleWithABuiltInIdReplacesTheBuiltInRule() throws Exception {
        RuleSet rules = load("r.rule.yaml", "id: HB305\nkind: substitution\nswap: {抓手: 着力点}\nmessage: “{0}”改为“{1}”\n");
        RuleInfo r = rules.rule("HB305").orElseThrow();
        assertTrue(r.source().endsWith("r.rule.yaml"));
        ReportResult result = check(ConfigLoader.defaults(), rules, "工作报告\n以党建为抓手，把挥方向。\n");
        assertEquals(List.of("抓手"), result.findings().stream().filter(f -> f.rule().equals("HB305"))
                .map(f -> f.location().text()).toList(), "the built-in HB305 (把挥) no longer runs");
    }

    /** Every YAML rule in examples/rules: its bad examples raise it at the marked text, its good ones do not. */
    @Test
    void theExampleRulesPassTheirOwnExamples() throws Exception {
        Config config = ConfigLoader.defaults();
        RuleSet rules = RuleLoader.load(config, List.of(Path.of("examples/rules")));
        List<RuleInfo> yaml = rules.all().stream().filter(r -> r.source().endsWith(YamlRules.SUFFIX)).toList();
        assertTrue(yaml.stream().map(RuleInfo::id).toList().containsAll(List.of("XB301", "XB302", "XB303", "XB401", "XB402")),
                yaml.toString());
        for (RuleInfo r : yaml) {
            assertTrue(r.examples().stream().anyMatch(RuleExample::bad) && r.examples().stream().anyMatch(e -> !e.bad()),
                    r.id() + " has good and bad examples");
            for (RuleExample e : r.examples()) {
                List<Finding> found = check(config, rules, e.text()).findings().stream()
                        .filter(f -> f.rule().equals(r.id())).toList();
                if (!e.bad()) {
                    assertTrue(found.isEmpty(), r.id() + " must not fire on " + e.text() + ": " + found);
                } else if (e.marked().isEmpty()) {
                    assertFalse(found.isEmpty(), r.id() + " must fire on " + e.text());
                } else {
                    assertTrue(found.stream().anyMatch(f -> f.location().text().equals(e.marked())),
                            r.id() + " must fire at " + e.marked() + " in " + e.text() + ": " + found);
                }
            }
        }
    }
}
